// PDF bytes → the parsed representation every check reads: catalog, info, pages with boxes, resources, annotations and painted marks.
import { coded, type Coded } from '../messages/coded.js';
import { memoTable } from '../world/memo.js';
import { PDFArray, PDFDict, PDFDocument, PDFPageLeaf, PDFRawStream, PDFStream, ParseSpeeds, type PDFObject } from './pdfLib.js';
import { loadingError } from './pdfLibPatches.js';
import { boxFromArray, IDENTITY } from './geometry.js';
import { asDict, get, getArray, getDict, getName, items, numbers, storedBytesKey, streamBytes } from './pdfObjects.js';
import { LIMIT_MESSAGES, LIMITS, LimitExceeded, WalkBudget } from './limits.js';
import { initialState, walkContent } from './walkContent.js';
import { parseContentStream, type Operation } from './contentStream.js';
import { fileReading } from './fileReading.js';
import type { Box, FileReading, Finding, Mark, ParsedPdf, PdfPage } from './types.js';

/** Throws LimitExceeded (with the page, when it is one page's) when the file exceeds one of LIMITS. */
export async function readPdf(bytes: Uint8Array): Promise<ParsedPdf> {
  if (bytes.length > LIMITS.fileBytes) throw new LimitExceeded(LIMIT_MESSAGES.fileBytes(bytes.length));
  const doc = await PDFDocument.load(bytes, {
    updateMetadata: false,
    ignoreEncryption: true,
    throwOnInvalidObject: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const headerVersion = /%PDF-(\d+\.\d+)/.exec(head)?.[1];
  const { context } = doc;
  const exceeded = loadingError(context);
  if (exceeded) throw exceeded;
  const file = fileReading();
  const info = asDict(context.lookup(context.trailerInfo.Info));
  const readProblems: Finding[] = [];
  const pages = pageLeaves(get(doc.catalog, 'Pages'), readProblems).map((leaf, i) => {
    const page = readPage(leaf, i + 1, file, readProblems);
    file.budget.addedMarks(page.marks.length);
    return page;
  });
  return {
    doc,
    headerVersion,
    catalog: doc.catalog,
    info,
    trailer: { ID: context.trailerInfo.ID, Encrypt: context.trailerInfo.Encrypt },
    pages,
    readProblems,
    file,
  };
}

/**
 * The page tree's leaves in order, each node read once: a tree that names one node a thousand times per level is a
 * thousand references, not a thousand to the power of its depth. Shared nodes and a tree deeper than
 * LIMITS.pageTreeDepth are warnings; more nodes or pages than LIMITS allow stop the file.
 */
function pageLeaves(root: PDFObject | undefined, problems: Finding[]): PDFPageLeaf[] {
  const leaves: PDFPageLeaf[] = [];
  const seen = new Set<PDFDict>();
  let shared = 0;
  let tooDeep = false;
  const stack: { node: PDFObject | undefined; depth: number }[] = [{ node: root, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, depth } = top;
    if (!(node instanceof PDFDict)) continue;
    if (seen.has(node)) {
      shared++;
      continue;
    }
    seen.add(node);
    if (seen.size > LIMITS.pageTreeNodes) throw new LimitExceeded(LIMIT_MESSAGES.pageTreeNodes());
    if (node instanceof PDFPageLeaf) {
      if (leaves.push(node) > LIMITS.pages) throw new LimitExceeded(LIMIT_MESSAGES.pages());
      continue;
    }
    const kids = getArray(node, 'Kids');
    if (!kids) continue;
    if (depth >= LIMITS.pageTreeDepth) {
      tooDeep = true;
      continue;
    }
    // the same node named again and again is counted, not looked up: the Kids array itself is the file's size
    for (let i = kids.size() - 1; i >= 0; i--) stack.push({ node: kids.lookup(i), depth: depth + 1 });
  }
  if (shared) problems.push({ severity: 'warning', check: 'pdf-syntax', ...LIMIT_MESSAGES.sharedPageNode(shared) });
  if (tooDeep) problems.push({ severity: 'warning', check: 'pdf-syntax', ...LIMIT_MESSAGES.pageTreeDepth() });
  return leaves;
}

function readPage(dict: PDFDict, number: number, file: FileReading, problems: Finding[]): PdfPage {
  const box = (key: string, inheritable = false) => {
    const value = inheritable ? inherited(dict, key) : get(dict, key);
    return boxFromArray(numbers(value instanceof PDFArray ? value : undefined));
  };
  const mediaBox: Box = box('MediaBox', true) ?? { x0: 0, y0: 0, x1: 612, y1: 792 };
  const cropBox = box('CropBox', true);
  const trimBox = box('TrimBox');
  const resources = asDict(inherited(dict, 'Resources'));
  const marks: Mark[] = [];
  const messages: Coded[] = [];
  try {
    walkContent(pageOperations(dict, file), resources, initialState(IDENTITY), { file, marks, problems: messages, budget: new WalkBudget() });
  } catch (e) {
    if (e instanceof LimitExceeded) {
      e.page ??= number;
      throw e;
    }
    messages.push(coded('preflight.pageUnreadable', { detail: (e as Error).message }));
  }
  for (const message of messages) problems.push({ severity: 'warning', check: 'pdf-syntax', page: number, ...message });
  return {
    number,
    dict,
    mediaBox,
    cropBox,
    trimBox,
    bleedBox: box('BleedBox'),
    trim: trimBox ?? cropBox ?? mediaBox,
    resources: reachableResources(resources),
    annotations: items(getArray(dict, 'Annots'))
      .map(asDict)
      .filter((d): d is PDFDict => !!d),
    marks,
  };
}

/** A page attribute that may be set on an ancestor in the page tree (MediaBox, CropBox, Resources, Rotate). */
function inherited(dict: PDFDict, key: string): PDFObject | undefined {
  for (let node: PDFDict | undefined = dict, depth = 0; node && depth < 64; node = getDict(node, 'Parent'), depth++) {
    const value = get(node, key);
    if (value) return value;
  }
  return undefined;
}

/** The page's content streams. */
function contentStreams(dict: PDFDict): PDFStream[] {
  const contents = get(dict, 'Contents');
  const streams = contents instanceof PDFArray ? items(contents) : contents ? [contents] : [];
  return streams.filter((s): s is PDFStream => s instanceof PDFStream);
}

/** The page's content: its streams decoded and joined. */
function contentBytes(streams: PDFStream[], file: FileReading): Uint8Array {
  const parts = streams.map((stream) => streamBytes(stream, file.budget));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 10;
    at += p.length + 1;
  }
  return out;
}

/**
 * Operations of recently read page contents, by the sha1 of their stored bytes and filters: the variants of a material
 * mostly repeat the same pages byte for byte, and decoding and tokenizing a page was most of reading it. The walk that
 * follows reads the operations only, and runs for every page: what they paint depends on the document's resources.
 */
const pageOperationsMemo = memoTable<Operation[] | undefined>('preflight.pageOperations', 32);
/** Larger pages are not kept (the memo keeps undefined for them): 32 of them at the limits would hold gigabytes. */
const MAX_REMEMBERED_OPERATIONS = 20_000;

function pageOperations(dict: PDFDict, file: FileReading): Operation[] {
  const streams = contentStreams(dict);
  const parse = () => {
    const ops = parseContentStream(contentBytes(streams, file));
    file.budget.parsedOperators(ops.length);
    return ops;
  };
  if (!streams.every((s) => s instanceof PDFRawStream)) return parse();
  let large: Operation[] | undefined;
  const kept = pageOperationsMemo.get(storedBytesKey(streams as PDFRawStream[]), () => {
    const ops = parse();
    if (ops.length <= MAX_REMEMBERED_OPERATIONS) return ops;
    large = ops;
    return undefined;
  });
  // a large page met again is parsed again, and charged again
  return kept ?? large ?? parse();
}

/** The page's resources and those of every form XObject, pattern and Type 3 font reachable from it. */
function reachableResources(root: PDFDict | undefined): PDFDict[] {
  const seen = new Set<PDFDict>();
  const visit = (res: PDFDict | undefined) => {
    if (!res || seen.has(res) || seen.size > 10_000) return;
    seen.add(res);
    for (const category of ['XObject', 'Pattern', 'Font']) {
      const group = getDict(res, category);
      if (!group) continue;
      for (const key of group.keys()) {
        const owner = asDict(group.lookup(key));
        if (!owner) continue;
        if (category === 'XObject' && getName(owner, 'Subtype') !== 'Form') continue;
        if (category === 'Font' && getName(owner, 'Subtype') !== 'Type3') continue;
        visit(getDict(owner, 'Resources'));
      }
    }
  };
  visit(root);
  return [...seen];
}
