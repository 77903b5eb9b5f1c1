// Any PDF, however hostile → the bounds the preflight reads it within, the per-file budget, and the messages when one is exceeded.

/**
 * What one preflight reads at most. Far above what a real print PDF needs (drukwerk's own pages have a few thousand
 * operators, a few hundred kB of decoded content), and low enough that the worst file allowed stays within ~500 MB and
 * a few seconds: beyond them a file is reported and not checked further.
 */
export const LIMITS = {
  /** The file itself, read whole by the PDF parser. */
  fileBytes: 150 * 1024 * 1024,
  /** Indirect objects the PDF parser reads (each a few hundred bytes of memory, whatever the file's size). */
  objects: 250_000,
  /** One stream, decoded. */
  streamBytes: 64 * 1024 * 1024,
  /** All streams of a file, decoded (every decode counts; repeated pages are cached and count once). */
  fileDecodedBytes: 256 * 1024 * 1024,
  /** Operators in one content stream. */
  streamOperators: 500_000,
  /** Operators of all content streams of a file, as parsed (each stream once). */
  fileOperators: 1_000_000,
  /** Operators a page executes, its form XObjects' each time they are drawn. */
  pageOperators: 1_000_000,
  /** Form XObjects a page draws (a form drawn ten times counts ten). */
  formInvocations: 20_000,
  /** Marks (painted paths, text runs, images, shadings) of all pages, which the checks read. */
  fileMarks: 500_000,
  /** Pages of a document. */
  pages: 20_000,
  /** Nodes of the page tree, pages included. */
  pageTreeNodes: 50_000,
  pageTreeDepth: 64,
} as const;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

/** Every message of the bounds, in one place. */
export const LIMIT_MESSAGES = {
  notAFile: (kind: string) => `this is ${kind}, not a file; preflight reads PDF files`,
  fileChanged: () => `the file grew while it was read; not checked`,
  fileBytes: (size: number) => `the file's size (${mb(size)}) exceeds ${mb(LIMITS.fileBytes)}; not checked further`,
  objects: () => `the file's objects exceed ${count(LIMITS.objects)}; not checked further`,
  streamBytes: () => `a stream's decoded data exceeds ${mb(LIMITS.streamBytes)}; not checked further`,
  fileDecodedBytes: () => `the decoded data of all streams exceeds ${mb(LIMITS.fileDecodedBytes)}; not checked further`,
  streamOperators: () => `a content stream's operators exceed ${count(LIMITS.streamOperators)}; not checked further`,
  streamOperands: (limit: number) => `a content stream's operands exceed ${count(limit)}; not checked further`,
  fileOperators: () => `the operators of all content streams exceed ${count(LIMITS.fileOperators)}; not checked further`,
  pageOperators: () => `the operators the page executes (form XObjects counted each time they are drawn) exceed ${count(LIMITS.pageOperators)}; not checked further`,
  formInvocations: () => `the form XObjects the page draws (each time counted) exceed ${count(LIMITS.formInvocations)}; not checked further`,
  fileMarks: () => `the marks painted on all pages (paths, text runs, images) exceed ${count(LIMITS.fileMarks)}; not checked further`,
  pages: () => `the number of pages exceeds ${count(LIMITS.pages)}; not checked further`,
  pageTreeNodes: () => `the nodes of the page tree exceed ${count(LIMITS.pageTreeNodes)}; not checked further`,
  sharedPageNode: (times: number) => `the page tree refers to a node it already holds (${count(times)} time(s)); each node was read once`,
  pageTreeDepth: () => `the page tree is nested more than ${LIMITS.pageTreeDepth} levels deep; the deeper nodes were not read`,
} as const;

/** A bound exceeded: the file gets this one finding (on the page, when known) and is not checked further. */
export class LimitExceeded extends Error {
  page?: number;
  constructor(message: string) {
    super(message);
    this.name = 'LimitExceeded';
  }
}

/** What one file has used so far: every decode, every parsed operator and every mark is charged here. */
export class FileBudget {
  private decoded = 0;
  private operators = 0;
  private marks = 0;
  decodedBytes(bytes: number): void {
    this.decoded += bytes;
    if (this.decoded > LIMITS.fileDecodedBytes) throw new LimitExceeded(LIMIT_MESSAGES.fileDecodedBytes());
  }
  parsedOperators(n: number): void {
    this.operators += n;
    if (this.operators > LIMITS.fileOperators) throw new LimitExceeded(LIMIT_MESSAGES.fileOperators());
  }
  addedMarks(n: number): void {
    this.marks += n;
    if (this.marks > LIMITS.fileMarks) throw new LimitExceeded(LIMIT_MESSAGES.fileMarks());
  }
}

/** Operators and form invocations of one page's walk. */
export class WalkBudget {
  private operators = 0;
  private forms = 0;
  operator(): void {
    if (++this.operators > LIMITS.pageOperators) throw new LimitExceeded(LIMIT_MESSAGES.pageOperators());
  }
  form(): void {
    if (++this.forms > LIMITS.formInvocations) throw new LimitExceeded(LIMIT_MESSAGES.formInvocations());
  }
}
