// Any PDF, however hostile → the bounds the preflight reads it within, the per-file budget, and the messages when one is exceeded.
import { coded, type Coded } from '../messages/coded.js';

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

/** Every message of the bounds, in one place (the texts are the catalogue's `preflight.limit.*` and `preflight.*File*`). */
export const LIMIT_MESSAGES = {
  notAFile: (kind: 'folder' | 'pipe' | 'device' | 'socket' | 'other') => coded('preflight.notAFile', { kind }),
  fileChanged: () => coded('preflight.fileChanged'),
  fileBytes: (size: number) => coded('preflight.limit.fileBytes', { size: mb(size), limit: mb(LIMITS.fileBytes) }),
  objects: () => coded('preflight.limit.objects', { limit: count(LIMITS.objects) }),
  streamBytes: () => coded('preflight.limit.streamBytes', { limit: mb(LIMITS.streamBytes) }),
  fileDecodedBytes: () => coded('preflight.limit.fileDecodedBytes', { limit: mb(LIMITS.fileDecodedBytes) }),
  streamOperators: () => coded('preflight.limit.streamOperators', { limit: count(LIMITS.streamOperators) }),
  streamOperands: (limit: number) => coded('preflight.limit.streamOperands', { limit: count(limit) }),
  fileOperators: () => coded('preflight.limit.fileOperators', { limit: count(LIMITS.fileOperators) }),
  pageOperators: () => coded('preflight.limit.pageOperators', { limit: count(LIMITS.pageOperators) }),
  formInvocations: () => coded('preflight.limit.formInvocations', { limit: count(LIMITS.formInvocations) }),
  fileMarks: () => coded('preflight.limit.fileMarks', { limit: count(LIMITS.fileMarks) }),
  pages: () => coded('preflight.limit.pages', { limit: count(LIMITS.pages) }),
  pageTreeNodes: () => coded('preflight.limit.pageTreeNodes', { limit: count(LIMITS.pageTreeNodes) }),
  sharedPageNode: (times: number) => coded('preflight.limit.sharedPageNode', { times: count(times) }),
  pageTreeDepth: () => coded('preflight.limit.pageTreeDepth', { limit: LIMITS.pageTreeDepth }),
} as const;

/** A bound exceeded: the file gets this one finding (on the page, when known) and is not checked further. */
export class LimitExceeded extends Error {
  page?: number;
  constructor(readonly coded: Coded) {
    super(coded.message);
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
