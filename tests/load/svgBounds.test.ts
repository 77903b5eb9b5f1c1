// checkSvg on SVGs a careless or hostile user can make: 50 000 nested groups, a 3 MB path, absurd sizes → one positioned error each; ordinary SVGs pass.
import { describe, expect, it } from 'vitest';
import { checkSvg } from '../../src/load/checkImage.js';
import { withoutCodes } from '../support/withoutCodes.js';

const svg = (attrs: string, body = '') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`;

describe('checkSvg bounds', () => {
  it('50 000 nested groups: one error at the group that goes too deep', () => {
    const text = svg('viewBox="0 0 10 10"', '\n' + '<g>'.repeat(50_000) + '</g>'.repeat(50_000));
    const ds = checkSvg('images/deep.svg', text);
    expect(ds.map((d) => [d.line, d.column, d.message])).toEqual([[2, 100 * 3 - 2, 'the SVG nests elements more than 100 levels deep; not drawn']]);
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
