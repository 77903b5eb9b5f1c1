// SVG text → diagnostics for what must not reach svg-to-pdfkit, read with a real XML parser (saxes) in one pass: references
// outside the file, DOCTYPE, raster images, text, and hard limits on what drawing it would cost (elements, nesting, <use>
// expansion, path data, numbers). Every problem is an error at its line:column in the SVG.
import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';

/**
 * Far above any logo or artwork, far below what hangs a build. A detailed coat of arms or map is a few thousand elements,
 * a dozen levels deep, a few hundred kB of path data, with coordinates in the thousands; svg-to-pdfkit recurses per level,
 * holds every path in memory (a 15 MB path took 3.1 GB) and spends ~0.4 ms and ~17 kB per element drawn (200 000 rects:
 * 89 s, 3.5 GB), so 20 000 elements drawn (counting every <use> expanded) stays within seconds. pdfkit writes numbers up to
 * 1e21 only: coordinates up to 1e6 in a viewBox no smaller than 1e-6 scale to a page well inside that.
 */
export const SVG_LIMITS = {
  depth: 100,
  pathData: 2 * 1024 * 1024,
  size: 100_000,
  /** Elements in the file. */
  elements: 20_000,
  /** Elements drawn once every <use> (and url(#…) reference) is expanded. */
  drawn: 20_000,
  /** The largest magnitude of any number in geometry, path data or a transform. */
  number: 1_000_000,
  /** The smallest non-zero viewBox or root size: a scale of more than a page over 1e-6 overflows what pdfkit can write. */
  tiny: 1e-6,
} as const;

const SVG_MESSAGES = {
  tooDeep: () => coded('svg.tooDeep', { max: SVG_LIMITS.depth }, 'svg.tooDeepHint'),
  tooMuchPath: (n: number) => coded('svg.tooMuchPath', { kb: Math.round(n / 1024), mb: SVG_LIMITS.pathData / (1024 * 1024) }, 'svg.tooMuchPathHint'),
  badSize: (name: string, value: string) => coded('svg.badSize', { name, value: value.slice(0, 40), max: SVG_LIMITS.size }, 'svg.badSizeHint'),
  tooManyElements: () => coded('svg.tooManyElements', { max: SVG_LIMITS.elements }, 'svg.tooManyElementsHint'),
  tooManyDrawn: (n: number) => coded('svg.tooManyDrawn', { count: n > 1e15 ? '>1e15' : String(n), max: SVG_LIMITS.drawn }, 'svg.tooManyElementsHint'),
  useCycle: (id: string) => coded('svg.useCycle', { id: id.slice(0, 40) }, 'svg.useCycleHint'),
  badNumber: (name: string, value: string) => coded('svg.badNumber', { name, value: value.slice(0, 40), max: SVG_LIMITS.number }, 'svg.badNumberHint'),
  notXml: (detail: string) => coded('svg.notXml', { detail: detail.slice(0, 120) }, 'svg.notXmlHint'),
} as const;

/** Skips a BOM, whitespace, XML declaration, processing instructions, comments and a DOCTYPE, however long; the offset of the first element's `<`, or -1. */
function rootOffset(input: Buffer): number {
  let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  for (;;) {
    while (i < input.length && (input[i] === 0x20 || input[i] === 0x09 || input[i] === 0x0a || input[i] === 0x0d)) i++;
    if (input[i] !== 0x3c) return -1;
    const next = input[i + 1];
    if (next === 0x3f) {
      const end = input.indexOf('?>', i + 2);
      if (end < 0) return -1;
      i = end + 2;
    } else if (input.subarray(i, i + 4).toString('latin1') === '<!--') {
      const end = input.indexOf('-->', i + 4);
      if (end < 0) return -1;
      i = end + 3;
    } else if (/^<!doctype/i.test(input.subarray(i, i + 9).toString('latin1'))) {
      // an internal subset in brackets may hold `>`
      const open = input.indexOf('[', i);
      const close = input.indexOf('>', i);
      if (close < 0) return -1;
      if (open >= 0 && open < close) {
        const end = input.indexOf(']', open);
        if (end < 0) return -1;
        const after = input.indexOf('>', end);
        if (after < 0) return -1;
        i = after + 1;
      } else i = close + 1;
    } else return i;
  }
}

/** True for SVG text: its first element (after a BOM, XML declaration, comments or DOCTYPE, however long) is <svg>. */
export function isSvg(input: Buffer): boolean {
  const at = rootOffset(input);
  return at >= 0 && /^<(?:[\w.-]+:)?svg[\s>/]/.test(input.subarray(at, at + 64).toString('latin1'));
}

/** True for anything that opens like markup (after a BOM and whitespace): never handed to sharp, whose librsvg reads SVG the checks here never saw. */
export function isMarkup(input: Buffer): boolean {
  let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  while (i < input.length && (input[i] === 0x20 || input[i] === 0x09 || input[i] === 0x0a || input[i] === 0x0d)) i++;
  return input[i] === 0x3c;
}

/** Offsets → line:column (1-based), by binary search over the line starts. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // biome-ignore lint/style/noNonNullAssertion: mid is within the array
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // biome-ignore lint/style/noNonNullAssertion: lo is within the array
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

/** Attributes (and style properties) svg-to-pdfkit reads as lengths or numbers of geometry. */
const GEOMETRY: ReadonlySet<string> = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'width',
  'height',
  'dx',
  'dy',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'font-size',
  'letter-spacing',
  'word-spacing',
  'offset',
  'startOffset',
  'textLength',
]);
const TRANSFORMS: ReadonlySet<string> = new Set(['transform', 'gradientTransform', 'patternTransform']);
const SIZES: ReadonlySet<string> = new Set(['width', 'height', 'r', 'rx', 'ry', 'markerWidth', 'markerHeight']);
const MARKERS: ReadonlySet<string> = new Set(['marker', 'marker-start', 'marker-mid', 'marker-end']);
/** Properties whose url(#…) draws the element referred to (a pattern's or marker's content, a clip path, a mask). */
const REFERENCES: ReadonlySet<string> = new Set(['fill', 'stroke', 'clip-path', 'mask', 'filter', ...MARKERS]);

const within = (n: number): boolean => Number.isFinite(n) && Math.abs(n) <= SVG_LIMITS.number;

/** The first number out of range in `value` (a transform's skews by their tangent), or undefined. */
function badNumberIn(name: string, value: string): string | undefined {
  if (TRANSFORMS.has(name)) {
    for (const m of value.matchAll(/(skewX|skewY|rotate)?\s*\(([^)]*)\)/g)) {
      for (const n of m[2]?.match(NUMBER) ?? []) if (!within(Number(n))) return n;
      const angle = Number(m[2]?.match(NUMBER)?.[0]);
      if ((m[1] === 'skewX' || m[1] === 'skewY') && !within(Math.tan((angle * Math.PI) / 180))) return String(angle);
    }
    return undefined;
  }
  for (const n of value.match(NUMBER) ?? []) {
    const v = Number(n);
    if (!within(v)) return n;
    if (SIZES.has(name) && v !== 0 && Math.abs(v) < SVG_LIMITS.tiny) return n;
  }
  return undefined;
}

interface Node {
  /** Where the element starts in the text. */
  offset: number;
  /** Ids referred to (with how many times each reference is drawn). */
  refs: Array<[string, number]>;
  children: number[];
}

/** The number of elements drawn from node 0 with every reference expanded, counted once per id (memoized), without expanding; a reference back into itself is a cycle. */
function drawnCount(nodes: Node[], ids: Map<string, number>): { count: number } | { cycle: string; at: number } {
  const cap = SVG_LIMITS.drawn + 1;
  const memo = new Float64Array(nodes.length).fill(-1);
  const state = new Uint8Array(nodes.length); // 0 new, 1 open, 2 done
  // an explicit stack: a chain of references may be as long as the file
  const stack: number[] = [0];
  while (stack.length) {
    // biome-ignore lint/style/noNonNullAssertion: the stack is not empty
    const i = stack.at(-1)!;
    // biome-ignore lint/style/noNonNullAssertion: every index on the stack is a node
    const node = nodes[i]!;
    const targets = node.refs.flatMap(([id]) => {
      const t = ids.get(id);
      return t === undefined ? [] : [t];
    });
    if (state[i] === 0) {
      state[i] = 1;
      for (const t of targets) {
        if (state[t] === 1) {
          const ref = node.refs.find(([id]) => ids.get(id) === t);
          return { cycle: ref?.[0] ?? '', at: i };
        }
        if (state[t] === 0) stack.push(t);
      }
      for (const c of node.children) if (state[c] === 0) stack.push(c);
      continue;
    }
    stack.pop();
    if (state[i] === 2) continue;
    // a child or target still open here is an ancestor: the reference loops
    let sum = 1;
    for (const c of node.children) sum += memo[c] ?? 0;
    for (const [id, times] of node.refs) {
      const t = ids.get(id);
      if (t === undefined) continue;
      if (state[t] !== 2) return { cycle: id, at: i };
      sum += times * (memo[t] ?? 0);
    }
    memo[i] = Math.min(sum, cap * 1e12);
    state[i] = 2;
  }
  return { count: memo[0] ?? 0 };
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** An SVG is drawn by svg-to-pdfkit, which would open any file or address an `href` names: only `#fragment` and `data:` references are allowed. */
export function checkSvg(file: string, text: string): Diagnostic[] {
  const lc = positions(text);
  const at = (offset: number) => ({ file, ...lc(offset) });
  const diagnostics: Diagnostic[] = [];
  const bounds: Diagnostic[] = [];
  const doctype = /<!(?:DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) diagnostics.push({ severity: 'error', ...coded('svg.doctype', {}, 'svg.doctypeHint'), ...at(doctype.index) });

  const parser = new SaxesParser({ position: true });
  const nodes: Node[] = [];
  const ids = new Map<string, number>();
  const open: number[] = [];
  let start = 0;
  let xmlError: Diagnostic | undefined;
  let tooDeep = false;
  let tooMany = false;
  let outside = 0;
  let pathData = 0;
  let firstPath = -1;
  let raster: number | undefined;
  let type: { element: string; offset: number } | undefined;
  let badNumber: Diagnostic | undefined;
  let rootSeen = false;
  let inStyle = false;

  /** The offset of attribute `name` in the tag that starts at `start`. */
  const attributeAt = (tagStart: number, tagEnd: number, name: string): number => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`\\s(${escaped})\\s*=`).exec(text.slice(tagStart, tagEnd));
    return m ? tagStart + m.index + 1 : tagStart;
  };

  parser.on('error', (e) => {
    xmlError ??= { severity: 'error', ...SVG_MESSAGES.notXml(e.message.replace(/^.*?:\d+:\d+: /, '')), ...at(Math.min(parser.position, text.length)) };
  });
  parser.on('opentagstart', () => {
    start = Math.max(0, text.lastIndexOf('<', parser.position - 1));
  });
  parser.on('text', (t) => {
    if (inStyle) checkStyleText(t);
  });
  parser.on('cdata', (t) => {
    if (inStyle) checkStyleText(t);
  });
  const checkStyleText = (css: string): void => {
    for (const m of css.matchAll(/([\w-]+)\s*:\s*([^;}]*)/g)) {
      // biome-ignore lint/style/noNonNullAssertion: both groups always match
      const bad = GEOMETRY.has(m[1]!) || TRANSFORMS.has(m[1]!) ? badNumberIn(m[1]!, m[2]!) : undefined;
      // biome-ignore lint/style/noNonNullAssertion: both groups always match
      if (bad !== undefined) badNumber ??= { severity: 'error', ...SVG_MESSAGES.badNumber(m[1]!, bad), ...at(Math.max(0, parser.position - css.length + (m.index ?? 0))) };
    }
  };
  parser.on('opentag', (tag) => {
    const end = parser.position;
    const name = localName(tag.name);
    const index = nodes.length;
    if (index >= SVG_LIMITS.elements) {
      if (!tooMany) bounds.push({ severity: 'error', ...SVG_MESSAGES.tooManyElements(), ...at(start) });
      tooMany = true;
    } else {
      // biome-ignore lint/style/noNonNullAssertion: checked above
      const parent = open.length ? open.at(-1)! : -1;
      const node: Node = { offset: start, refs: [], children: [] };
      nodes.push(node);
      if (parent >= 0) nodes[parent]?.children.push(index);
    }
    // saxes closes a self-closing tag too (closetag follows): pushed either way, a level only when it can hold children
    open.push(index < SVG_LIMITS.elements ? index : -1);
    if (open.length - (tag.isSelfClosing ? 1 : 0) > SVG_LIMITS.depth && !tooDeep) {
      tooDeep = true;
      bounds.push({ severity: 'error', ...SVG_MESSAGES.tooDeep(), ...at(start) });
    }
    if (name === 'image') raster ??= start;
    if ((name === 'text' || name === 'tspan' || name === 'textPath') && !type) type = { element: name, offset: start };
    inStyle = name === 'style' && !tag.isSelfClosing;
    const node = index < SVG_LIMITS.elements ? nodes[index] : undefined;
    const attributes = Object.entries(tag.attributes as Record<string, string>);
    let vertices = 0;
    const markerRefs: string[] = [];
    const refer = (property: string, value: string): void => {
      for (const m of value.matchAll(/url\(\s*["']?#([^"')\s]+)/g)) {
        // biome-ignore lint/style/noNonNullAssertion: group 1 always matches
        if (MARKERS.has(property)) markerRefs.push(m[1]!);
        // biome-ignore lint/style/noNonNullAssertion: group 1 always matches
        else node?.refs.push([m[1]!, 1]);
      }
    };
    for (const [attribute, value] of attributes) {
      const local = localName(attribute);
      if (attribute === 'id') ids.set(value, index);
      if (local === 'href') {
        const v = value.trim();
        if (v.startsWith('#')) node?.refs.push([v.slice(1), 1]);
        else if (!/^data:/i.test(v) && outside++ < 10) {
          diagnostics.push({
            severity: 'error',
            ...coded('svg.outside', { value: v.slice(0, 80), attribute }, 'svg.outsideHint'),
            ...at(attributeAt(start, end, attribute)),
          });
        }
        continue;
      }
      if (attribute === 'd' || attribute === 'points') {
        pathData += value.length;
        if (firstPath < 0) firstPath = attributeAt(start, end, attribute);
        vertices += (value.match(NUMBER)?.length ?? 0) + 1;
      }
      if (attribute === 'style') {
        for (const m of value.matchAll(/([\w-]+)\s*:\s*([^;]*)/g)) {
          // biome-ignore lint/style/noNonNullAssertion: both groups always match
          const [property, v] = [m[1]!, m[2]!];
          if (REFERENCES.has(property)) refer(property, v);
          const bad = GEOMETRY.has(property) || TRANSFORMS.has(property) ? badNumberIn(property, v) : undefined;
          if (bad !== undefined) badNumber ??= { severity: 'error', ...SVG_MESSAGES.badNumber(property, bad), ...at(attributeAt(start, end, attribute)) };
        }
        continue;
      }
      if (REFERENCES.has(attribute)) refer(attribute, value);
      const root = !rootSeen && name === 'svg';
      if (root && (attribute === 'width' || attribute === 'height' || attribute === 'viewBox')) continue;
      if (attribute === 'viewBox') {
        const numbers = value
          .trim()
          .split(/[\s,]+/)
          .map(Number);
        const ok = numbers.length === 4 && numbers.every(within) && numbers.slice(2).every((n) => n >= SVG_LIMITS.tiny);
        if (!ok) badNumber ??= { severity: 'error', ...SVG_MESSAGES.badNumber(attribute, value), ...at(attributeAt(start, end, attribute)) };
        continue;
      }
      const bad = GEOMETRY.has(attribute) || TRANSFORMS.has(attribute) || attribute === 'd' || attribute === 'points' ? badNumberIn(attribute, value) : undefined;
      if (bad !== undefined) badNumber ??= { severity: 'error', ...SVG_MESSAGES.badNumber(attribute, bad), ...at(attributeAt(start, end, attribute)) };
    }
    // a marker is drawn at every vertex of the element that names it
    for (const id of markerRefs) node?.refs.push([id, Math.max(1, vertices)]);
    if (!rootSeen && name === 'svg') {
      for (const attribute of ['width', 'height', 'viewBox']) {
        const value = tag.attributes[attribute] as string | undefined;
        if (value === undefined) continue;
        const numbers = value
          .trim()
          .replace(/(px|pt|mm|cm|in|%)$/, '')
          .split(/[\s,]+/)
          .map(Number);
        const sizes = attribute === 'viewBox' ? numbers.slice(2) : numbers;
        const ok = numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= SVG_LIMITS.size) && sizes.every((n) => n >= SVG_LIMITS.tiny) && (attribute !== 'viewBox' || numbers.length === 4);
        if (!ok) bounds.push({ severity: 'error', ...SVG_MESSAGES.badSize(attribute, value), ...at(attributeAt(start, end, attribute)) });
      }
    }
    rootSeen = true;
  });
  parser.on('closetag', () => {
    open.pop();
    inStyle = false;
  });
  // read in slices, and no further once there are too many elements: the rest is never drawn
  for (let i = 0; i < text.length && !tooMany; i += 1 << 16) parser.write(text.slice(i, i + (1 << 16)));
  if (!tooMany) parser.close();

  if (pathData > SVG_LIMITS.pathData) bounds.push({ severity: 'error', ...SVG_MESSAGES.tooMuchPath(pathData), ...at(firstPath) });
  if (badNumber) bounds.push(badNumber);
  if (nodes.length && !tooMany) {
    const drawn = drawnCount(nodes, ids);
    if ('cycle' in drawn) bounds.push({ severity: 'error', ...SVG_MESSAGES.useCycle(drawn.cycle), ...at(nodes[drawn.at]?.offset ?? 0) });
    else if (drawn.count > SVG_LIMITS.drawn) bounds.push({ severity: 'error', ...SVG_MESSAGES.tooManyDrawn(drawn.count), ...at(nodes[0]?.offset ?? 0) });
  }
  // a DOCTYPE is reported as such (its entities are what saxes cannot read)
  if (xmlError && !doctype) bounds.push(xmlError);
  diagnostics.push(...bounds);
  if (raster !== undefined && !diagnostics.length) diagnostics.push({ severity: 'error', ...coded('svg.raster', {}, 'svg.rasterHint'), ...at(raster) });
  // svg-to-pdfkit sets an SVG's text in drukwerk's own font (never the logo's), as live text the print preflight then
  // checks glyph by glyph: a logo with its name in 4 pt type failed the build with dozens of errors about single letters
  if (type) diagnostics.push({ severity: 'error', ...coded('svg.text', { element: type.element }, 'svg.textHint'), ...at(type.offset) });
  return diagnostics;
}
