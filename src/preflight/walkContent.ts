// A content stream with its resources → marks (text runs, images, painted paths, shadings) in default user space, form XObjects included; text runs know the marked content they are in.
import { coded, type Coded } from '../messages/coded.js';
import { PDFStream, type PDFDict } from './pdfLib.js';
import { parseContentStream, Dict, Name, type Operand, type Operation } from './contentStream.js';
import { DEVICE_CMYK, DEVICE_GRAY, DEVICE_RGB, describeColourSpace, imageColourSpace, resolveColourSpace } from './colourSpaces.js';
import { meanScale, minScale, multiply, transformBox } from './geometry.js';
import { asDict, get, getArray, getBool, getDict, getName, getNumber, numbers, streamBytes } from './pdfObjects.js';
import { LimitExceeded, type WalkBudget } from './limits.js';
import { showText, type TextState } from './textRun.js';
import type { Box, Colour, ColourSpaceInfo, FileReading, MarkedContent, Mark, Matrix, Overprint } from './types.js';

interface GState extends TextState {
  lineWidth: number;
}

/** One page's walk, shared by the forms it draws: the file it reads, where marks and problems go, its budget. */
export interface PageWalk {
  file: FileReading;
  marks: Mark[];
  /** What could not be read. */
  problems: Coded[];
  budget: WalkBudget;
}

const BLACK: Colour = { space: DEVICE_GRAY, values: [0] };
const NO_OVERPRINT = { stroke: false, fill: false, mode: 0 };
const MAX_DEPTH = 12;

/** The operations of a form XObject, parsed once per stream of the file and charged to its budget. */
function operationsOf(stream: PDFStream, file: FileReading): Operation[] {
  let ops = file.forms.get(stream);
  if (!ops) {
    ops = parseContentStream(streamBytes(stream, file.budget));
    file.budget.parsedOperators(ops.length);
    file.forms.set(stream, ops);
  }
  return ops;
}

export function initialState(ctm: Matrix): GState {
  return { ctm, lineWidth: 1, fill: BLACK, stroke: BLACK, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, renderMode: 0, overprint: NO_OVERPRINT };
}

/**
 * Walks the operations and pushes what they paint onto `page.marks`. Throws LimitExceeded when the page's walk, forms
 * included each time they are drawn, exceeds its budget. `forms` are those being drawn, outermost first.
 */
export function walkContent(ops: Operation[], resources: PDFDict | undefined, start: GState, page: PageWalk, forms: PDFStream[] = []): void {
  const { file, marks: out, problems, budget } = page;
  let s: GState = { ...start };
  const stack: GState[] = [];
  let path: Box | undefined;
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = tm;
  const nums = (args: Operand[]) => args.filter((a): a is number => typeof a === 'number');
  const addPoint = (x: number, y: number) => {
    const m = s.ctm;
    const px = x * m[0] + y * m[2] + m[4],
      py = x * m[1] + y * m[3] + m[5];
    // one box per path, grown in place: a path's points are many, its box is new only once it is painted
    if (!path) path = { x0: px, y0: py, x1: px, y1: py };
    else {
      if (px < path.x0) path.x0 = px;
      if (py < path.y0) path.y0 = py;
      if (px > path.x1) path.x1 = px;
      if (py > path.y1) path.y1 = py;
    }
  };
  const addPoints = (a: number[]) => {
    for (let i = 1; i < a.length; i += 2) {
      const x = a[i - 1],
        y = a[i];
      if (x !== undefined && y !== undefined) addPoint(x, y);
    }
  };
  const initial = (space: ColourSpaceInfo): Colour => ({ space, values: space.cmyk ? [0, 0, 0, 1] : space.family === 'Separation' ? [1] : new Array<number>(space.n).fill(0) });
  const paint = (fill: boolean, stroke: boolean) => {
    if (path && (fill || stroke)) {
      const effectiveLineWidth = s.lineWidth * meanScale(s.ctm);
      const thinnestLineWidth = stroke ? s.lineWidth * minScale(s.ctm) : effectiveLineWidth;
      out.push({
        kind: 'path',
        fill: fill ? s.fill : undefined,
        stroke: stroke ? s.stroke : undefined,
        lineWidth: s.lineWidth,
        effectiveLineWidth,
        thinnestLineWidth,
        box: path,
        overprint: s.overprint,
      });
    }
    path = undefined;
  };
  const moveText = (tx: number, ty: number) => {
    tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };
  // marked content is not graphics state (q/Q do not end it): its own stack, inside what the caller's form was in
  const marked: MarkedContent[] = [];
  const show = (parts: (Uint8Array | number)[]) => {
    const m = marked.at(-1) ?? start.marked;
    s.marked = m;
    tm = showText(parts, s, tm, out, file);
  };
  const openMarked = (tag: string, props: Operand | undefined) => {
    const outer = marked.at(-1) ?? start.marked;
    // a property list named in the resources (/Properties) carries no MCID of ours: only inline dictionaries are read
    const dict = props instanceof Dict ? props : undefined;
    const mcid = dict?.get('MCID');
    const actual = dict?.get('ActualText');
    marked.push({
      mcid: typeof mcid === 'number' ? mcid : outer?.mcid,
      artifact: tag === 'Artifact' || !!outer?.artifact,
      actualText: actual instanceof Uint8Array ? decodeTextString(actual) : outer?.actualText,
    });
  };

  for (const { op, args, inlineImage } of ops) {
    budget.operator();
    // TJ reads its array, not numbers: no filtered copy for the most frequent operator of a text page
    const a = op === 'TJ' || allNumbers(args) ? (args as number[]) : nums(args);
    switch (op) {
      case 'q':
        stack.push(s);
        s = { ...s };
        break;
      case 'Q':
        s = stack.pop() ?? s;
        break;
      case 'cm':
        if (a.length === 6) s.ctm = multiply(a as Matrix, s.ctm);
        break;
      case 'w':
        s.lineWidth = a[0] ?? s.lineWidth;
        break;
      case 'gs': {
        const gs = getDict(getDict(resources, 'ExtGState'), nameArg(args));
        s.lineWidth = getNumber(gs, 'LW') ?? s.lineWidth;
        s.overprint = overprintOf(gs, s.overprint ?? NO_OVERPRINT);
        break;
      }
      case 'g':
        s.fill = { space: DEVICE_GRAY, values: a };
        break;
      case 'G':
        s.stroke = { space: DEVICE_GRAY, values: a };
        break;
      case 'rg':
        s.fill = { space: DEVICE_RGB, values: a };
        break;
      case 'RG':
        s.stroke = { space: DEVICE_RGB, values: a };
        break;
      case 'k':
        s.fill = { space: DEVICE_CMYK, values: a };
        break;
      case 'K':
        s.stroke = { space: DEVICE_CMYK, values: a };
        break;
      case 'cs':
        s.fill = initial(resolveColourSpace(nameArg(args), resources, file));
        break;
      case 'CS':
        s.stroke = initial(resolveColourSpace(nameArg(args), resources, file));
        break;
      case 'sc':
      case 'scn':
        s.fill = { space: s.fill.space, values: a };
        break;
      case 'SC':
      case 'SCN':
        s.stroke = { space: s.stroke.space, values: a };
        break;
      case 'm':
      case 'l':
        addPoint(a[0] ?? 0, a[1] ?? 0);
        break;
      case 'c':
      case 'v':
      case 'y':
        addPoints(a);
        break;
      case 're': {
        const [x, y, w, h] = a;
        if (a.length === 4 && x !== undefined && y !== undefined && w !== undefined && h !== undefined) {
          addPoint(x, y);
          addPoint(x + w, y + h);
          addPoint(x + w, y);
          addPoint(x, y + h);
        }
        break;
      }
      case 'S':
      case 's':
        paint(false, true);
        break;
      case 'f':
      case 'F':
      case 'f*':
        paint(true, false);
        break;
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        paint(true, true);
        break;
      case 'n':
        path = undefined;
        break;
      case 'BT':
        tm = tlm = [1, 0, 0, 1, 0, 0];
        break;
      case 'Tf':
        s.font = getDict(getDict(resources, 'Font'), nameArg(args));
        s.fontSize = a[0] ?? 0;
        break;
      case 'Tc':
        s.charSpacing = a[0] ?? 0;
        break;
      case 'Tw':
        s.wordSpacing = a[0] ?? 0;
        break;
      case 'Tz':
        s.hScale = (a[0] ?? 100) / 100;
        break;
      case 'TL':
        s.leading = a[0] ?? 0;
        break;
      case 'Ts':
        s.rise = a[0] ?? 0;
        break;
      case 'Tr':
        s.renderMode = a[0] ?? 0;
        break;
      case 'Td':
        moveText(a[0] ?? 0, a[1] ?? 0);
        break;
      case 'TD':
        s.leading = -(a[1] ?? 0);
        moveText(a[0] ?? 0, a[1] ?? 0);
        break;
      case 'Tm':
        if (a.length === 6) tm = tlm = a as Matrix;
        break;
      case 'T*':
        moveText(0, -s.leading);
        break;
      case 'Tj':
        show(args.filter((x): x is Uint8Array => x instanceof Uint8Array));
        break;
      case "'":
        moveText(0, -s.leading);
        show(args.filter((x): x is Uint8Array => x instanceof Uint8Array));
        break;
      case '"':
        s.wordSpacing = a[0] ?? 0;
        s.charSpacing = a[1] ?? 0;
        moveText(0, -s.leading);
        show(args.filter((x): x is Uint8Array => x instanceof Uint8Array));
        break;
      case 'TJ':
        show(Array.isArray(args[0]) ? textParts(args[0]) : []);
        break;
      case 'BMC':
        openMarked(nameArg(args), undefined);
        break;
      case 'BDC':
        openMarked(nameArg(args), args[1]);
        break;
      case 'EMC':
        marked.pop();
        break;
      case 'sh': {
        const shading = asDict(get(getDict(resources, 'Shading'), nameArg(args)));
        out.push({ kind: 'shading', name: nameArg(args), space: describeColourSpace(get(shading, 'ColorSpace'), file) });
        break;
      }
      case 'BI':
        if (inlineImage) out.push(inlineImageMark(inlineImage.dict, resources, s.ctm, file));
        break;
      case 'Do': {
        const name = nameArg(args);
        const xobject = get(getDict(resources, 'XObject'), name);
        if (!(xobject instanceof PDFStream)) break;
        const subtype = getName(xobject.dict, 'Subtype');
        if (subtype === 'Image') out.push(imageMark(name, xobject.dict, resources, s.ctm, file));
        else if (subtype === 'Form' && forms.length < MAX_DEPTH && !forms.includes(xobject)) {
          budget.form();
          let formOps: Operation[];
          try {
            formOps = operationsOf(xobject, file);
          } catch (e) {
            if (e instanceof LimitExceeded) throw e;
            problems.push(coded('preflight.formUndecodable', { name, detail: (e as Error).message }));
            break;
          }
          const m = numbers(getArray(xobject.dict, 'Matrix'));
          const ctm = m.length === 6 ? multiply(m as Matrix, s.ctm) : s.ctm;
          const formResources = getDict(xobject.dict, 'Resources') ?? resources;
          walkContent(formOps, formResources, { ...s, ctm, marked: marked.at(-1) ?? start.marked }, page, [...forms, xobject]);
        }
        break;
      }
    }
  }
}

/** A PDF text string's bytes → text: UTF-16BE after its byte order mark, else PDFDocEncoding (read as Latin-1). */
function decodeTextString(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    // biome-ignore lint/style/noNonNullAssertion: i + 1 < bytes.length, so both bytes of the unit are there
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return Buffer.from(bytes).toString('latin1');
}

/** /OP sets both overprints unless /op sets the fill's (PDF 32000-1, 8.6.7). */
function overprintOf(gs: PDFDict | undefined, was: Overprint): Overprint {
  const OP = getBool(gs, 'OP');
  const op = getBool(gs, 'op');
  const mode = getNumber(gs, 'OPM');
  if (OP === undefined && op === undefined && mode === undefined) return was;
  return { stroke: OP ?? was.stroke, fill: op ?? OP ?? was.fill, mode: mode ?? was.mode };
}

function allNumbers(args: Operand[]): boolean {
  for (let i = 0; i < args.length; i++) if (typeof args[i] !== 'number') return false;
  return true;
}

const isTextPart = (x: Operand): x is Uint8Array | number => x instanceof Uint8Array || typeof x === 'number';

/** A TJ array's strings and moves; the array itself when that is all it holds (it nearly always is). */
const textParts = (array: Operand[]): (Uint8Array | number)[] => (array.every(isTextPart) ? (array as (Uint8Array | number)[]) : array.filter(isTextPart));

const nameArg = (args: Operand[]): string => {
  const n = args.find((x): x is Name => x instanceof Name);
  return n?.name ?? '';
};

function imageMark(name: string, dict: PDFDict, resources: PDFDict | undefined, ctm: Matrix, file: FileReading): Mark {
  const imageMask = getBool(dict, 'ImageMask') === true;
  return {
    kind: 'image',
    name,
    widthPx: getNumber(dict, 'Width') ?? 0,
    heightPx: getNumber(dict, 'Height') ?? 0,
    bitsPerComponent: imageMask ? 1 : (getNumber(dict, 'BitsPerComponent') ?? 8),
    imageMask,
    space: imageMask ? undefined : imageColourSpace(get(dict, 'ColorSpace'), resources, file),
    placedWidth: Math.hypot(ctm[0], ctm[1]),
    placedHeight: Math.hypot(ctm[2], ctm[3]),
    box: transformBox(ctm, 0, 0, 1, 1),
  };
}

function inlineImageMark(dict: Dict, resources: PDFDict | undefined, ctm: Matrix, file: FileReading): Mark {
  const v = (short: string, long: string) => dict.get(short) ?? dict.get(long);
  const imageMask = v('IM', 'ImageMask') === true;
  const cs = v('CS', 'ColorSpace');
  const csName = cs instanceof Name ? cs.name : Array.isArray(cs) && cs[1] instanceof Name ? cs[1].name : undefined;
  const base = csName ? resolveColourSpace(csName, resources, file) : undefined;
  const space = base && Array.isArray(cs) ? { ...base, family: 'Indexed', n: 1, cmyk: false, label: `Indexed ${base.label}` } : base;
  const num = (x: Operand | undefined) => (typeof x === 'number' ? x : 0);
  return {
    kind: 'image',
    name: '',
    widthPx: num(v('W', 'Width')),
    heightPx: num(v('H', 'Height')),
    bitsPerComponent: imageMask ? 1 : num(v('BPC', 'BitsPerComponent')) || 8,
    imageMask,
    space: imageMask ? undefined : space,
    placedWidth: Math.hypot(ctm[0], ctm[1]),
    placedHeight: Math.hypot(ctm[2], ctm[3]),
    box: transformBox(ctm, 0, 0, 1, 1),
  };
}
