// checkSvg on SVGs a careless or hostile user can make: 50 000 nested groups, a 3 MB path, absurd sizes → one positioned error each; ordinary SVGs pass.
import { describe, expect, it } from 'vitest';
import { checkSvg } from '../../src/load/checkImage.js';
import { withoutCodes } from '../support/withoutCodes.js';

const svg = (attrs: string, body = '') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`;

describe('checkSvg bounds', () => {
  it('50 000 nested groups: one error at the group that goes too deep, one at the element past the count', () => {
    const text = svg('viewBox="0 0 10 10"', '\n' + '<g>'.repeat(50_000) + '</g>'.repeat(50_000));
    const ds = checkSvg('images/deep.svg', text);
    expect(ds.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 100 * 3 - 2, 'the SVG nests elements more than 100 levels deep; not drawn'],
      [2, 19_999 * 3 + 1, 'the SVG has more than 20000 elements; not drawn'],
    ]);
  });

  it('a 3 MB path: refused before svg-to-pdfkit holds it', () => {
    const ds = checkSvg('images/path.svg', svg('viewBox="0 0 10 10"', `<path d="M0 0${' L1 1'.repeat(600_000)}"/>`));
    expect(ds.map((d) => d.message)).toEqual(['the SVG holds 2930 kB of path data; at most 2 MB is drawn']);
  });

  it.each([
    ['width="1e308"', 'width', '1e308'],
    ['height="NaN"', 'height', 'NaN'],
    ['width="-5"', 'width', '-5'],
    ['width="0"', 'width', '0'],
    ['viewBox="0 0 1e308 10"', 'viewBox', '0 0 1e308 10'],
    ['viewBox="0 0 10"', 'viewBox', '0 0 10'],
    ['viewBox="0 0 -1 10"', 'viewBox', '0 0 -1 10'],
  ])('%s on the root: a positioned error', (attr, name, value) => {
    const ds = checkSvg('images/size.svg', svg(attr));
    expect(withoutCodes(ds)).toEqual([
      {
        severity: 'error',
        message: `the SVG's ${name}="${value}" is not a size drukwerk can draw (a positive number up to 100000)`,
        file: 'images/size.svg',
        line: 1,
        column: 41,
        hint: 'give the SVG a width, height and viewBox in ordinary numbers',
      },
    ]);
  });

  it('ordinary sizes pass: px, mm, %, a viewBox with an offset', () => {
    expect(checkSvg('a.svg', svg('width="120px" height="40mm" viewBox="-5 -5 120 40"', '<g><path d="M0 0 L1 1"/></g>'))).toEqual([]);
    expect(checkSvg('a.svg', svg('width="100%" height="100%"'))).toEqual([]);
  });
});

describe('checkSvg with a real parser: hostile SVGs are refused at once, at their line:column', () => {
  const x = (body: string, attrs = 'viewBox="0 0 10 10"') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`;
  const messages = (text: string) => checkSvg('images/h.svg', text).map((d) => `${d.line}:${d.column} ${d.message}`);

  it('<use> chains of 6 levels of 10: counted per id without expanding', () => {
    let defs = `<g id="l0">${'<rect width="1" height="1"/>'.repeat(10)}</g>`;
    for (let l = 1; l <= 6; l++) defs += `\n<g id="l${l}">${`<use xlink:href="#l${l - 1}"/>`.repeat(10)}</g>`;
    expect(messages(x(`<defs>${defs}</defs><use xlink:href="#l6"/>`))).toEqual(['1:1 the SVG draws 25802461 elements once every <use> is expanded; at most 20000 are drawn']);
  });

  it('a <use> inside the element it refers to: a cycle', () => {
    expect(messages(x('\n<g id="a"><rect width="1" height="1"/><use href="#a"/></g>'))).toEqual(['2:39 the SVG refers to "#a" from inside itself, so drawing it never ends']);
  });

  it('200 000 plain rects: more elements than a logo has', () => {
    expect(messages(x('<rect width="1" height="1"/>'.repeat(200_000)))).toEqual([`1:${104 + 19_999 * 28} the SVG has more than 20000 elements; not drawn`]);
  });

  it.each([
    ['<path d="M0 0 L 1e308 1e308 Z"/>', '1:110 the SVG\'s d holds "1e308", not a number drukwerk can draw (at most 1000000, sizes not vanishingly small)'],
    ['<path d="M0 0 L 1 1" stroke-width="1e308"/>', '1:125 the SVG\'s stroke-width holds "1e308", not a number drukwerk can draw (at most 1000000, sizes not vanishingly small)'],
    ['<path d="M0 0 L 1 1" style="fill:#9e999a;stroke-width:1e400"/>', '1:125 the SVG\'s stroke-width holds "1e400", not a number drukwerk can draw (at most 1000000, sizes not vanishingly small)'],
    ['<g transform="skewX(90)"/>', '1:107 the SVG\'s transform holds "90", not a number drukwerk can draw (at most 1000000, sizes not vanishingly small)'],
    ['<symbol viewBox="0 0 1e-300 1e-300"/>', '1:112 the SVG\'s viewBox holds "0 0 1e-300 1e-300", not a number drukwerk can draw (at most 1000000, sizes not vanishingly small)'],
  ])('%s: a number out of range', (body, message) => {
    expect(messages(x(body))).toEqual([message]);
  });

  it('viewBox="0 0 1e-300 1e-300" on the root: a size it cannot draw', () => {
    expect(messages(x('', 'viewBox="0 0 1e-300 1e-300"'))).toEqual(['1:84 the SVG\'s viewBox="0 0 1e-300 1e-300" is not a size drukwerk can draw (a positive number up to 100000)']);
  });

  it('20 000 groups nested with a "/>" in an attribute: too deep, not a stack overflow', () => {
    const text = x(`\n${'<g class="/>">'.repeat(20_000)}${'</g>'.repeat(20_000)}`);
    expect(messages(text)[0]).toBe(`2:${99 * 14 + 1} the SVG nests elements more than 100 levels deep; not drawn`);
  });

  it('is an SVG after a long comment, and its checks run', async () => {
    const text = `<!--${' '.repeat(5_000)}-->\n${x('<text>x</text>')}`;
    const { checkImage } = await import('../../src/load/checkImage.js');
    expect((await checkImage('images/h.svg', Buffer.from(text))).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "2:104 the SVG holds text (<text>), which drukwerk would set in its own font instead of the artwork's, as loose letters",
    ]);
    expect((await checkImage('images/h.svg', Buffer.from(`<!--${' '.repeat(5_000)}\n${x('')}`))).map((d) => d.message)).toEqual([
      'the file is not an image drukwerk can read (png, jpg, tif, webp or svg)',
    ]);
  });

  it('a detailed logo passes: groups, defs, uses, gradients, markers, a long path', () => {
    const arms = `<defs><linearGradient id="g"><stop offset="0"/><stop offset="1"/></linearGradient><marker id="m"><circle r="1"/></marker><path id="leaf" d="M0 0 C1 2 3 4 5 6 Z"/></defs>${'<g transform="rotate(30 5 5) translate(-1.1368684e-13,0)"><use href="#leaf" fill="url(#g)"/><path d="M0 0 L1 1 L2 0" marker-mid="url(#m)"/></g>'.repeat(500)}`;
    expect(messages(x(arms))).toEqual([]);
  });
});
