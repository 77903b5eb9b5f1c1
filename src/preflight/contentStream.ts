// Content-stream bytes → operations: operators with their operands (numbers, names, strings, arrays, dicts, inline images).
// biome-ignore-all lint/style/noNonNullAssertion: every `!` reads a byte inside the bound of the loop around it (the tokenizer is the hottest loop of preflight; a checked read was about 40 % slower)
import { LIMIT_MESSAGES, LIMITS, LimitExceeded } from './limits.js';

export class Name {
  constructor(readonly name: string) {}
}
export class Dict {
  constructor(readonly entries: Map<string, Operand>) {}
  get(key: string): Operand | undefined {
    return this.entries.get(key);
  }
}
/** Strings are their bytes (literal escapes resolved, hex decoded). */
export type Operand = number | boolean | null | Name | Uint8Array | Dict | Operand[];

export interface Operation {
  op: string;
  args: Operand[];
  /** For `BI … ID … EI`: the image dictionary (args is empty) and the size of its data. */
  inlineImage?: { dict: Dict; dataLength: number };
}

/*
 * `bytes[i]!` below reads a byte the loop around it has checked is there (`i < n`), and `HEX[byte]!` a table with an
 * entry for every byte: a check per byte, or reading through a helper, made the tokenizer ~40 % slower. A look past the
 * end compares undefined, which is no byte.
 */
const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const isRegular = (c: number) => !WS[c] && !DELIM[c];
const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
const isOctal = (c: number | undefined): c is number => c !== undefined && c >= 48 && c <= 55;
const COMPONENTS: ReadonlyMap<string, number> = new Map([
  ['G', 1],
  ['DeviceGray', 1],
  ['RGB', 3],
  ['DeviceRGB', 3],
  ['CMYK', 4],
  ['DeviceCMYK', 4],
  ['I', 1],
  ['Indexed', 1],
]);
const ESCAPES: ReadonlyMap<number, number> = new Map([
  [110, 10],
  [114, 13],
  [116, 9],
  [98, 8],
  [102, 12],
]);
const END = Symbol('end');
const ARRAY_END = Symbol(']');
const DICT_END = Symbol('>>');
/** An operator word as a token (a class, so telling it from an operand is one instanceof). */
class OpToken {
  constructor(readonly op: string) {}
}
type Token = Operand | OpToken | typeof END | typeof ARRAY_END | typeof DICT_END;

const MAX_INTERNED = 4096;

/** The operations of a content stream; LimitExceeded past `maxOperators` (the stream is not read further). */
export function parseContentStream(bytes: Uint8Array, maxOperators: number = LIMITS.streamOperators): Operation[] {
  const ops: Operation[] = [];
  const n = bytes.length;
  let pos = 0;
  /** Operator words, names and keys, one string each: a content stream repeats a few dozen of them thousands of times. */
  const interned = new Map<number, string>();
  /** One token object per operator word, read-only like the word itself. */
  const opTokens = new Map<string, OpToken>();
  const text = (from: number, to: number) => {
    let out = '';
    for (let i = from; i < to; i++) out += String.fromCharCode(bytes[i]!);
    return out;
  };
  /** text(), shared for words of up to 6 bytes (the key packs the bytes and the length; the kind keeps names apart from words). */
  const word = (from: number, to: number, kind: number) => {
    const length = to - from;
    if (length > 6) return text(from, to);
    let key = length * 4 + kind;
    for (let i = from; i < to; i++) key = key * 256 + bytes[i]!;
    let out = interned.get(key);
    if (out === undefined) {
      out = text(from, to);
      if (interned.size < MAX_INTERNED) interned.set(key, out);
    }
    return out;
  };

  /** Every operand kept counts: numbers without an operator, or one huge array, fill memory as operators do. */
  let operands = 0;
  const operand = (t: Operand): Operand => {
    if (++operands > maxOperators * 4) throw new LimitExceeded(LIMIT_MESSAGES.streamOperands(maxOperators * 4));
    return t;
  };

  function skipSpace(): void {
    while (pos < n) {
      const c = bytes[pos]!;
      if (WS[c]) pos++;
      else if (c === 37 /* % */) while (pos < n && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
      else return;
    }
  }

  function literal(): Uint8Array {
    const out: number[] = [];
    let depth = 1;
    pos++; // (
    while (pos < n) {
      let c = bytes[pos++]!;
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) break;
      else if (c === 13) {
        if (bytes[pos] === 10) pos++;
        c = 10;
      } // EOL in a string reads as \n
      else if (c === 92 /* \ */) {
        const e = bytes[pos++];
        if (e === undefined) break;
        const named = ESCAPES.get(e);
        if (named !== undefined) c = named;
        else if (isOctal(e)) {
          let v = e - 48;
          for (let k = 0, d = bytes[pos]; k < 2 && isOctal(d); k++, d = bytes[++pos]) v = v * 8 + d - 48;
          c = v & 0xff;
        } else if (e === 13 || e === 10) {
          if (e === 13 && bytes[pos] === 10) pos++;
          continue;
        } // line continuation
        else c = e;
      }
      out.push(c);
    }
    return Uint8Array.from(out);
  }

  function hex(): Uint8Array {
    let end = bytes.indexOf(62, ++pos);
    if (end < 0) end = n;
    const out = new Uint8Array((end - pos + 1) >> 1);
    let len = 0;
    let high = -1;
    for (; pos < end; pos++) {
      const v = HEX[bytes[pos]!]!;
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out[len++] = high * 16 + v;
        high = -1;
      }
    }
    pos = end + 1; // >
    if (high >= 0) out[len++] = high * 16;
    // nearly always exact (no white space, an even count): no second array for a view
    return len === out.length ? out : out.subarray(0, len);
  }

  /**
   * A number written the PDF way (a sign, digits, at most one point, no exponent) from `start` up to white space, a
   * delimiter or the end, read in one pass; pos moves past it. Undefined, pos unmoved, when the bytes are not one (`--5`, `1.2.3`).
   */
  function plainNumber(start: number): number | undefined {
    let i = start;
    let sign = 1;
    if (bytes[i] === 45 || bytes[i] === 43) sign = bytes[i++] === 45 ? -1 : 1;
    let value = 0;
    let scale = 0;
    let digits = 0;
    for (; i < n; i++) {
      const c = bytes[i]!;
      if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        digits++;
        if (scale) scale *= 10;
      } else if (c === 46 && !scale) scale = 1;
      else break;
    }
    if (!digits || (i < n && isRegular(bytes[i]!))) return undefined;
    pos = i;
    return (sign * value) / (scale || 1);
  }

  function name(): Name {
    const start = ++pos;
    let escaped = false;
    while (pos < n && isRegular(bytes[pos]!)) if (bytes[pos++] === 35 /* # */) escaped = true;
    if (!escaped) return new Name(word(start, pos, 1));
    return new Name(text(start, pos).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  }

  function token(): Token {
    skipSpace();
    while (pos < n && (bytes[pos] === 41 || bytes[pos] === 123 || bytes[pos] === 125 || (bytes[pos] === 62 && bytes[pos + 1] !== 62))) {
      pos++; // stray ) { } >: skip
      skipSpace();
    }
    if (pos >= n) return END;
    const c = bytes[pos]!;
    if (c === 40) return literal();
    if (c === 47) return name();
    if (c === 91) {
      pos++;
      const items: Operand[] = [];
      for (let t = token(); t !== ARRAY_END && t !== END; t = token()) if (isOperand(t)) items.push(operand(t));
      return items;
    }
    if (c === 93) {
      pos++;
      return ARRAY_END;
    }
    if (c === 60 && bytes[pos + 1] === 60) {
      pos += 2;
      return pairs(false);
    }
    if (c === 62 && bytes[pos + 1] === 62) {
      pos += 2;
      return DICT_END;
    }
    if (c === 60) return hex();
    const start = pos;
    const numeric = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
    if (numeric) {
      const v = plainNumber(start);
      if (v !== undefined) return v;
    }
    while (pos < n && isRegular(bytes[pos]!)) pos++;
    if (numeric) {
      const written = text(start, pos); // tolerate what readers tolerate: `--5`, `1.2.3`
      return parseFloat(written.replace(/^[-+]+/, (m) => (m.includes('-') ? '-' : ''))) || 0;
    }
    const op = word(start, pos, 0);
    if (op === 'true') return true;
    if (op === 'false') return false;
    if (op === 'null') return null;
    let opToken = opTokens.get(op);
    if (opToken === undefined) {
      opToken = new OpToken(op);
      if (opTokens.size < MAX_INTERNED) opTokens.set(op, opToken);
    }
    return opToken;
  }

  /** Key–value pairs up to `>>` (a dictionary) or up to the `ID` operator (an inline image). */
  function pairs(inline: boolean): Dict {
    const entries = new Map<string, Operand>();
    let key: string | undefined;
    for (let t = token(); t !== END && (inline ? !(isOp(t) && t.op === 'ID') : t !== DICT_END); t = token()) {
      if (key === undefined) {
        if (t instanceof Name) key = t.name;
      } else if (isOperand(t)) {
        entries.set(key, operand(t));
        key = undefined;
      }
    }
    return new Dict(entries);
  }

  /** Bytes of unfiltered image data: rows × bytes per row; undefined when filtered or unknown. */
  function rawLength(d: Dict): number | undefined {
    const get = (short: string, long: string) => d.get(short) ?? d.get(long);
    const length = get('L', 'Length');
    if (typeof length === 'number') return length;
    const [w, h, bpc, cs] = [get('W', 'Width'), get('H', 'Height'), get('BPC', 'BitsPerComponent'), get('CS', 'ColorSpace')];
    const mask = get('IM', 'ImageMask') === true;
    const comps = mask ? 1 : cs instanceof Name ? COMPONENTS.get(cs.name) : Array.isArray(cs) ? 1 : undefined;
    if (get('F', 'Filter') !== undefined || typeof w !== 'number' || typeof h !== 'number' || !comps) return undefined;
    return h * Math.ceil((w * (mask ? 1 : typeof bpc === 'number' ? bpc : 8) * comps) / 8);
  }

  /** After `ID` and one white-space byte: finds `EI` between white space, followed by operator-looking text. */
  function skipInlineData(known: number | undefined): number {
    const start = ++pos;
    for (let i = known !== undefined && start + known <= n ? start + known : start; i + 1 < n; i++) {
      if (bytes[i] !== 69 || bytes[i + 1] !== 73 || (i > start && !WS[bytes[i - 1]!]) || (i + 2 < n && !WS[bytes[i + 2]!])) continue;
      let plausible = true;
      for (let k = i + 2; k < Math.min(n, i + 20); k++) if (bytes[k]! > 126 || (bytes[k]! < 32 && !WS[bytes[k]!])) plausible = false;
      if (!plausible) continue;
      pos = i + 2;
      return i > start ? i - start - 1 : 0; // the white space before EI is not data
    }
    pos = n;
    return n - start;
  }

  let args: Operand[] = [];
  for (let t = token(); t !== END; t = token()) {
    if (isOperand(t)) {
      args.push(operand(t));
      continue;
    }
    if (t === ARRAY_END || t === DICT_END) continue;
    if (ops.length >= maxOperators) throw new LimitExceeded(LIMIT_MESSAGES.streamOperators());
    if (t.op === 'BI') {
      const d = pairs(true);
      const dataLength = skipInlineData(rawLength(d));
      ops.push({ op: 'BI', args: [], inlineImage: { dict: d, dataLength } });
    } else ops.push({ op: t.op, args });
    args = [];
  }
  return ops;
}

function isOp(t: Token): t is OpToken {
  return t instanceof OpToken;
}
function isOperand(t: Token): t is Operand {
  return t !== END && t !== ARRAY_END && t !== DICT_END && !isOp(t);
}
