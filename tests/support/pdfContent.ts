// PDF bytes → every page's content (its streams and the form XObjects they use, recursively) as operators with the colour and text state they run in; for acceptance tests that look at what was painted, independent of src/preflight.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFObject } from 'pdf-lib';

export type Operand = number | string | Operand[] | { dict: string };

export interface Op {
  op: string;
  args: Operand[];
}

/** A colour as set: the space name (`DeviceCMYK`, `DeviceRGB`, `DeviceGray`, or a resource name) and its values. */
export interface Colour {
  space: string;
  values: number[];
}

export interface PaintedText {
  page: number;
  /** Font size × the vertical scale of the text matrix and CTM, in pt. */
  size: number;
  fill: Colour;
  renderMode: number;
}

export interface ColourSet {
  page: number;
  op: string;
  space: string;
  values: number[];
}

export interface PageContent {
  page: number;
  /** The page's own content and every form XObject it draws, decoded. */
  streams: string[];
  ops: Op[];
  texts: PaintedText[];
  colours: ColourSet[];
  /** Every resource dictionary reached: the page's and its forms'. */
  resources: PDFDict[];
}

const WS = /[\0\t\n\f\r ]/;
const DELIM = /[()<>[\]{}/%]/;

/** Tokenizes a content stream into operators with their operands (strings become their raw text; inline images are skipped). */
export function parseContent(text: string): Op[] {
  const ops: Op[] = [];
  const stack: Operand[][] = [[]];
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  while (i < text.length) {
    const c = text[i]!;
    if (WS.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < text.length && depth > 0) {
        if (text[j] === '\\') j++;
        else if (text[j] === '(') depth++;
        else if (text[j] === ')') depth--;
        j++;
      }
      top().push(text.slice(i, j));
      i = j;
    } else if (c === '<' && text[i + 1] === '<') {
      // a dictionary operand (BDC properties): kept as text, balanced
      let depth = 0;
      let j = i;
      while (j < text.length) {
        if (text.startsWith('<<', j)) depth++, (j += 2);
        else if (text.startsWith('>>', j)) {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else j++;
      }
      top().push({ dict: text.slice(i, j) });
      i = j;
    } else if (c === '<') {
      const j = text.indexOf('>', i);
      top().push(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '[') {
      stack.push([]);
      i++;
    } else if (c === ']') {
      const arr = stack.pop()!;
      top().push(arr);
      i++;
    } else if (c === '/') {
      let j = i + 1;
      while (j < text.length && !WS.test(text[j]!) && !DELIM.test(text[j]!)) j++;
      top().push(text.slice(i, j));
      i = j;
    } else {
      let j = i;
      while (j < text.length && !WS.test(text[j]!) && !DELIM.test(text[j]!)) j++;
      if (j === i) j++;
      const word = text.slice(i, j);
      i = j;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) top().push(Number(word));
      else if (word === 'true' || word === 'false' || word === 'null') top().push(word);
      else if (word === 'BI') {
        // inline image: skip to EI
        const end = text.indexOf('EI', text.indexOf('ID', i));
        ops.push({ op: 'BI', args: [] });
        i = end + 2;
        stack.length = 1;
        stack[0] = [];
      } else {
        ops.push({ op: word, args: stack[0]! });
        stack.length = 1;
        stack[0] = [];
      }
    }
  }
  return ops;
}

export function decodeStream(stream: PDFStream): Buffer {
  if (stream instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(stream).decode());
  return Buffer.from(stream.getContents());
}

type M = [number, number, number, number, number, number];
const multiply = (a: M, b: M): M => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];
const IDENTITY: M = [1, 0, 0, 1, 0, 0];

interface State {
  ctm: M;
  fill: Colour;
  stroke: Colour;
  fontSize: number;
  renderMode: number;
}

/** Reads every page's content, following form XObjects, with the colour in force at each text-showing operator. */
export async function readPages(bytes: Uint8Array): Promise<{ doc: PDFDocument; pages: PageContent[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lookup = <T extends PDFObject>(o: PDFObject | undefined): T | undefined => (o instanceof PDFRef ? (doc.context.lookup(o) as T) : (o as T | undefined));
  const pages = doc.getPages().map((p, index): PageContent => {
    const out: PageContent = { page: index + 1, streams: [], ops: [], texts: [], colours: [], resources: [] };
    const contents = lookup(p.node.get(PDFName.of('Contents')));
    const pageStreams = contents instanceof PDFArray ? contents.asArray().map((r) => lookup<PDFStream>(r)!) : contents ? [contents as PDFStream] : [];
    const text = pageStreams.map((s) => decodeStream(s).toString('latin1')).join('\n');
    const resources = lookup<PDFDict>(p.node.get(PDFName.of('Resources'))) ?? doc.context.obj({});
    const state: State = { ctm: IDENTITY, fill: { space: 'DeviceGray', values: [0] }, stroke: { space: 'DeviceGray', values: [0] }, fontSize: 0, renderMode: 0 };
    run(text, resources, state, new Set());

    function run(content: string, res: PDFDict, initial: State, visiting: Set<PDFStream>): void {
      out.streams.push(content);
      out.resources.push(res);
      const stack: State[] = [];
      let gs: State = { ...initial };
      let tm: M = IDENTITY;
      let lineStart: M = IDENTITY;
      let leading = 0;
      const show = () => {
        const m = multiply(tm, gs.ctm);
        out.texts.push({ page: out.page, size: gs.fontSize * Math.hypot(m[2], m[3]), fill: gs.fill, renderMode: gs.renderMode });
      };
      const nums = (args: Operand[]) => args.filter((a): a is number => typeof a === 'number');
      for (const { op, args } of parseContent(content)) {
        out.ops.push({ op, args });
        switch (op) {
          case 'q':
            stack.push(gs);
            gs = { ...gs };
            break;
          case 'Q':
            gs = stack.pop() ?? gs;
            break;
          case 'cm':
            gs.ctm = multiply(nums(args) as M, gs.ctm);
            break;
          case 'g':
          case 'rg':
          case 'k':
            gs.fill = { space: { g: 'DeviceGray', rg: 'DeviceRGB', k: 'DeviceCMYK' }[op], values: nums(args) };
            out.colours.push({ page: out.page, op, space: gs.fill.space, values: gs.fill.values });
            break;
          case 'G':
          case 'RG':
          case 'K':
            gs.stroke = { space: { G: 'DeviceGray', RG: 'DeviceRGB', K: 'DeviceCMYK' }[op], values: nums(args) };
            out.colours.push({ page: out.page, op, space: gs.stroke.space, values: gs.stroke.values });
            break;
          case 'cs':
            gs.fill = { space: String(args[0]).slice(1), values: [] };
            break;
          case 'CS':
            gs.stroke = { space: String(args[0]).slice(1), values: [] };
            break;
          case 'sc':
          case 'scn':
            gs.fill = { space: gs.fill.space, values: nums(args) };
            out.colours.push({ page: out.page, op, space: gs.fill.space, values: gs.fill.values });
            break;
          case 'SC':
          case 'SCN':
            gs.stroke = { space: gs.stroke.space, values: nums(args) };
            out.colours.push({ page: out.page, op, space: gs.stroke.space, values: gs.stroke.values });
            break;
          case 'BT':
            tm = IDENTITY;
            lineStart = IDENTITY;
            break;
          case 'Tf':
            gs.fontSize = Number(args[1]);
            break;
          case 'Tr':
            gs.renderMode = Number(args[0]);
            break;
          case 'TL':
            leading = Number(args[0]);
            break;
          case 'Tm':
            tm = lineStart = nums(args) as M;
            break;
          case 'Td':
          case 'TD':
            if (op === 'TD') leading = -Number(args[1]);
            tm = lineStart = multiply([1, 0, 0, 1, Number(args[0]), Number(args[1])], lineStart);
            break;
          case 'T*':
            tm = lineStart = multiply([1, 0, 0, 1, 0, -leading], lineStart);
            break;
          case 'Tj':
          case 'TJ':
          case "'":
          case '"':
            show();
            break;
          case 'Do': {
            const xobjects = lookup<PDFDict>(res.get(PDFName.of('XObject')));
            const xo = lookup<PDFStream>(xobjects?.get(PDFName.of(String(args[0]).slice(1))));
            if (!xo || xo.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form' || visiting.has(xo)) break;
            const matrix = lookup<PDFArray>(xo.dict.get(PDFName.of('Matrix')));
            const formState = { ...gs, ctm: matrix ? multiply(matrix.asArray().map((n) => (lookup<PDFNumber>(n) as PDFNumber).asNumber()) as M, gs.ctm) : gs.ctm };
            const formRes = lookup<PDFDict>(xo.dict.get(PDFName.of('Resources'))) ?? res;
            run(decodeStream(xo).toString('latin1'), formRes, formState, new Set([...visiting, xo]));
            break;
          }
        }
      }
    }
    return out;
  });
  return { doc, pages };
}

/** Every value reachable from a resource dictionary's colour spaces, images and shadings, as PDF syntax (to search for RGB). */
export function resourceColourSpaces(doc: PDFDocument, res: PDFDict): PDFObject[] {
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const found: PDFObject[] = [];
  const cs = lookup(res.get(PDFName.of('ColorSpace')));
  if (cs instanceof PDFDict) for (const [, v] of cs.entries()) found.push(lookup(v)!);
  const xo = lookup(res.get(PDFName.of('XObject')));
  if (xo instanceof PDFDict) {
    for (const [, v] of xo.entries()) {
      const s = lookup(v);
      if (s instanceof PDFStream && s.dict.get(PDFName.of('Subtype'))?.toString() === '/Image') {
        const space = lookup(s.dict.get(PDFName.of('ColorSpace')));
        if (space) found.push(space);
      }
    }
  }
  const sh = lookup(res.get(PDFName.of('Shading')));
  if (sh instanceof PDFDict) {
    for (const [, v] of sh.entries()) {
      const s = lookup(v);
      const d = s instanceof PDFStream ? s.dict : s;
      if (d instanceof PDFDict) found.push(lookup(d.get(PDFName.of('ColorSpace')))!);
    }
  }
  return found.filter(Boolean);
}

/** A colour space described by the number of components it has, and whether it is RGB. */
export function describeSpace(doc: PDFDocument, space: PDFObject): { name: string; rgb: boolean } {
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  if (space instanceof PDFName) return { name: space.decodeText(), rgb: space.decodeText() === 'DeviceRGB' || space.decodeText() === 'CalRGB' };
  if (space instanceof PDFArray) {
    const family = (lookup(space.get(0)) as PDFName).decodeText();
    if (family === 'ICCBased') {
      const stream = lookup(space.get(1)) as PDFStream;
      const n = (lookup(stream.dict.get(PDFName.of('N'))) as PDFNumber).asNumber();
      return { name: `ICCBased N ${n}`, rgb: n === 3 };
    }
    if (family === 'CalRGB') return { name: family, rgb: true };
    if (family === 'Indexed') {
      const base = describeSpace(doc, lookup(space.get(1))!);
      return { name: `Indexed ${base.name}`, rgb: base.rgb };
    }
    if (family === 'Separation' || family === 'DeviceN') {
      const alt = describeSpace(doc, lookup(space.get(2))!);
      return { name: `${family} (${alt.name})`, rgb: alt.rgb };
    }
    return { name: family, rgb: false };
  }
  return { name: String(space), rgb: false };
}
