import { describe, expect, it } from 'vitest';
import { Dict, Name, parseContentStream } from '../../src/preflight/contentStream.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const parse = (s: string) => parseContentStream(enc(s));
const str = (s: string) => enc(s);

describe('parseContentStream', () => {
  it('puts operands before their operator: numbers in every spelling, names, booleans, null', () => {
    expect(parse('1 -2 +3 .5 -.25 4. 0 0 cm /F1 12 Tf true false null BX')).toEqual([
      { op: 'cm', args: [1, -2, 3, 0.5, -0.25, 4, 0, 0] },
      { op: 'Tf', args: [new Name('F1'), 12] },
      { op: 'BX', args: [true, false, null] },
    ]);
  });

  it('ends a number at a delimiter, and reads malformed numbers as readers do', () => {
    expect(parse('[-12.5(a)3<00>-.5]TJ 7/GS0 gs 1.2.3 --5 -0 w')).toEqual([
      { op: 'TJ', args: [[-12.5, str('a'), 3, Uint8Array.of(0), -0.5]] },
      { op: 'gs', args: [7, new Name('GS0')] },
      { op: 'w', args: [1.2, -5, -0] },
    ]);
  });

  it('reads operators made of punctuation (T*, \', ") and skips comments', () => {
    expect(parse('T* % a comment ( not a string\n(a) \' 1 2 (b) " f*')).toEqual([
      { op: 'T*', args: [] },
      { op: "'", args: [str('a')] },
      { op: '"', args: [1, 2, str('b')] },
      { op: 'f*', args: [] },
    ]);
  });

  it('keeps names, operators and keywords apart when they are spelled alike, however often they repeat', () => {
    const ops = parse('/Tf 1 Tf /true true Tf /F1ABCDEFG 9 Tf /F1ABCDEFG 9 Tf /Tf 2 Tf');
    expect(ops).toEqual([
      { op: 'Tf', args: [new Name('Tf'), 1] },
      { op: 'Tf', args: [new Name('true'), true] },
      { op: 'Tf', args: [new Name('F1ABCDEFG'), 9] },
      { op: 'Tf', args: [new Name('F1ABCDEFG'), 9] },
      { op: 'Tf', args: [new Name('Tf'), 2] },
    ]);
  });

  it('decodes names with #xx escapes', () => {
    expect(parse('/A#20B#2fC cs')).toEqual([{ op: 'cs', args: [new Name('A B/C')] }]);
  });

  it('reads literal strings with escapes, octal codes, nested parentheses and line continuations', () => {
    const [op] = parse('(a\\(b\\)c (nested (deep)) \\n\\t\\\\ \\101\\60\\0053 x\\\ny\r\nz) Tj');
    expect(op.op).toBe('Tj');
    expect(new TextDecoder('latin1').decode(op.args[0] as Uint8Array)).toBe('a(b)c (nested (deep)) \n\t\\ A0\u00053 xy\nz');
  });

  it('reads hex strings with white space and an odd final digit', () => {
    expect(parse('<48 65 6c6C 6f7> Tj')).toEqual([{ op: 'Tj', args: [Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x70])] }]);
  });

  it('reads nested arrays and dictionaries', () => {
    const ops = parse('[(A) -120 <0042> [1 2]] TJ /Span <</ActualText (x) /MCID 3 /K [1 /N]>> BDC EMC');
    expect(ops[0]).toEqual({ op: 'TJ', args: [[str('A'), -120, Uint8Array.from([0, 0x42]), [1, 2]]] });
    expect(ops[1].op).toBe('BDC');
    const props = ops[1].args[1] as Dict;
    expect(props).toBeInstanceOf(Dict);
    expect(props.get('MCID')).toBe(3);
    expect(props.get('K')).toEqual([1, new Name('N')]);
    expect(ops[2]).toEqual({ op: 'EMC', args: [] });
  });

  it('skips inline image data, even when it contains "EI" and binary bytes', () => {
    // ' EI\n' followed by binary bytes is data, not the end of it.
    const data = String.fromCharCode(0, 255, 32, 69, 73, 10, 0, 1, 2, 69, 73, 200, 32);
    const ops = parse(`q 10 0 0 10 0 0 cm BI /W 4 /H 3 /CS /RGB /BPC 8 /F /Fl ID ${data}\nEI Q 1 g`);
    expect(ops.map((o) => o.op)).toEqual(['q', 'cm', 'BI', 'Q', 'g']);
    const bi = ops[2].inlineImage!;
    expect(bi.dict.get('W')).toBe(4);
    expect(bi.dict.get('CS')).toEqual(new Name('RGB'));
    expect(bi.dataLength).toBe(data.length);
    expect(ops[4]).toEqual({ op: 'g', args: [1] });
  });

  it('uses the size of unfiltered inline image data, so an " EI " inside it does not end the image', () => {
    const ops = parse('BI /W 12 /H 1 /CS /G /BPC 8 ID ab EI cd efg\nEI 0.5 g');
    expect(ops.map((o) => o.op)).toEqual(['BI', 'g']);
    expect(ops[0].inlineImage!.dataLength).toBe(12);
  });

  it('survives stray delimiters and unterminated input', () => {
    expect(parse('1 ] 2 >> } ) { > m (open')).toEqual([{ op: 'm', args: [1, 2] }]);
    expect(parse('')).toEqual([]);
  });
});
