import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import type { LaidOutPage, TextItem } from '../../src/layout/types.js';
import type { Block, Table, TableRow } from '../../src/model/types.js';
import { at, ctx, doc, flow, h, lines, p, words } from './layoutFixtures.js';

const texts = (pg: LaidOutPage): TextItem[] => pg.items.filter((i): i is TextItem => i.kind === 'text' && i.tag !== undefined);
/** Lines of text per page, tagged paragraph by paragraph: the P tag id of each line. */
const lay = (blocks: Block[], height: number) => layoutDocument(doc([flow(blocks, { area: { x: 20, y: 40, width: 100, height } })]), ctx());
const linesOf = (pages: LaidOutPage[], block: number): number[] => {
  // the tag ids are given in document order: the n-th paragraph has the n-th distinct id
  const ids = [...new Set(pages.flatMap((pg) => texts(pg).map((t) => t.tag!.id)))];
  return pages.map((pg) => texts(pg).filter((t) => t.tag!.id === ids[block]).length);
};

describe('flow rules: widows and orphans', () => {
  // in 100 pt, after a 5-line paragraph (65 pt + 5 spacing) two more lines fit: 70 + 13 + 10 = 93
  it('moves a paragraph of fewer than 4 lines whole', () => {
    const { document } = lay([lines(5), lines(3)], 100);
    expect(linesOf(document.pages, 1)).toEqual([0, 3]);
  });

  it('splits a 4-line paragraph 2 + 2', () => {
    const { document } = lay([lines(5), lines(4)], 100);
    expect(linesOf(document.pages, 1)).toEqual([2, 2]);
  });

  it('leaves no widow: with room for 3 of 4 lines it breaks 2 + 2', () => {
    const { document } = lay([lines(5), lines(4)], 113);
    expect(linesOf(document.pages, 1)).toEqual([2, 2]);
    const six = lay([lines(5), lines(6)], 113).document;
    expect(linesOf(six.pages, 1)).toEqual([3, 3]);
  });

  it('leaves no orphan: with room for 1 line the paragraph moves whole', () => {
    const { document } = lay([lines(5), lines(8)], 85);
    expect(linesOf(document.pages, 1)).toEqual([0, 6, 2]);
  });

  it('splits a paragraph taller than a page', () => {
    const { document, diagnostics } = lay([lines(20)], 100);
    expect(diagnostics).toEqual([]);
    expect(linesOf(document.pages, 0)).toEqual([7, 7, 6]);
  });
});

describe('flow rules: headings', () => {
  const isHeading = (t: TextItem): boolean => /^H\d$/.test(t.tag!.type);

  it('never ends a page with a heading: it moves on with the next block’s first lines', () => {
    // heading fits at 73–87, the next paragraph's first line would end at 104 > 100
    const { document } = lay([lines(5), h(2, 'Kop'), lines(4)], 100);
    expect(
      document.pages.map((pg) =>
        texts(pg)
          .map((t) => (isHeading(t) ? 'H' : 'p'))
          .join(''),
      ),
    ).toEqual(['ppppp', 'Hpppp']);
    // room for the heading and one line only: still moves
    const one = lay([lines(5), h(2, 'Kop'), lines(6)], 110).document;
    expect(texts(one.pages[0]!).some(isHeading)).toBe(false);
    for (const pg of [...document.pages, ...one.pages]) expect(isHeading(texts(pg).at(-1)!)).toBe(false);
  });

  it('keeps consecutive headings with the text after them', () => {
    const { document } = lay([lines(4), h(1, 'Een'), h(2, 'Twee'), lines(4)], 110);
    expect(texts(document.pages[0]!)).toHaveLength(4);
    expect(
      texts(document.pages[1]!)
        .slice(0, 2)
        .map((t) => t.text),
    ).toEqual(['Een', 'Twee']);
  });

  it('records outline entries and anchors at the heading’s top', () => {
    // page 1: the heading and 5 lines; page 2: 3 lines (39 pt) + max(5, 8) → the h2 at 47
    const { document } = lay([h(1, 'Een'), lines(8), h(2, 'Twee', { id: 'twee' }), lines(2), h(3, 'Drie')], 100);
    expect(document.outline).toEqual([
      { title: 'Een', level: 1, page: 1, y: 40, id: 'h-1' },
      { title: 'Twee', level: 2, page: 2, y: 40 + 47, id: 'twee' },
    ]);
    expect(document.pages[0]!.anchors).toEqual([{ id: 'h-1', y: 40 }]);
    expect(document.pages[1]!.anchors).toEqual([{ id: 'twee', y: 87 }]);
  });

  it('starts a new page at a pagebreak, and drops spacing and space blocks only after natural breaks', () => {
    const space: Block = { kind: 'space', height: 20, template: at(50) };
    const { document } = lay([lines(1), { kind: 'pagebreak', template: at(51) }, space, lines(1), lines(7), space, lines(1)], 100);
    const first = document.pages.map((pg) => texts(pg)[0]!.y);
    // page 2 keeps the space after the forced break; page 3 starts at the top
    expect(first).toEqual([48, 68, 48]);
    expect(document.pages).toHaveLength(3);
  });
});

describe('flow rules: lists, tables, boxes', () => {
  const item = (n: number) => ({ blocks: [p(words(3 * n), { style: 'list' })], template: at(12) });

  it('never splits a list item of up to 6 lines; splits longer ones with 2 lines on each side', () => {
    // markers are 5 wide + 6 gutter: 89 pt for text, three words to a line
    const list: Block = { kind: 'list', ordered: false, items: [item(5), item(5), item(8)], template: at(11) };
    const { document } = lay([list], 100);
    const byPage = document.pages.map((pg) => texts(pg).filter((t) => t.tag!.type === 'LBody').length);
    // item 1: 0–62; item 2: 68–130 > 100 → page 2; item 3 (8 lines) splits after 2 lines: 68 + 13 + 10 = 91 fits, a third would not
    expect(byPage).toEqual([5, 5 + 2, 6]);
  });

  it('repeats the header row on continuation pages and never splits a row', () => {
    const row = (cells: string[], header = false): TableRow => ({
      header,
      cells: cells.map((c) => ({ blocks: [p(c, { style: header ? 'table-head' : 'table' })], template: at(61) })),
      template: at(60),
    });
    const table: Table = { kind: 'table', columns: [2, 3], rows: [row(['Naam', 'Wat'], true), ...Array.from({ length: 20 }, (_, i) => row([`r${i}`, 'x']))], template: at(59) };
    const { document, diagnostics } = layoutDocument(doc([flow([table], { area: { x: 20, y: 40, width: 100, height: 100 } })]), ctx());
    expect(diagnostics).toEqual([]);
    // rows: 10 + 2·3 padding = 16; header + 5 rows per page of 100
    expect(document.pages).toHaveLength(4);
    const all = (pg: LaidOutPage) => pg.items.filter((i): i is TextItem => i.kind === 'text');
    for (const [k, pg] of document.pages.entries()) {
      const items = all(pg);
      expect(items.slice(0, 2).map((t) => [t.text, t.x, t.y])).toEqual([
        ['Naam', 24, 51],
        ['Wat', 64, 51],
      ]);
      // the repeated header is an artifact; the first one is TH
      expect(items[0]!.tag?.type).toBe(k === 0 ? 'TH' : undefined);
      expect(items.slice(2).map((t) => t.y)).toEqual([67, 67, 83, 83, 99, 99, 115, 115, 131, 131]);
    }
    // header filled with the h2 colour because its text is white; rules in the theme's "line" colour
    expect(document.pages[1]!.items[0]).toMatchObject({ kind: 'rect', x: 20, y: 40, width: 100, height: 16, fill: 'navy' });
    expect(document.pages[0]!.items.find((i) => i.kind === 'line')).toMatchObject({ color: 'line', width: 0.5, y1: 56 });
  });

  it('moves a box whole, and reports a box taller than the text area', () => {
    const box = (n: number): Block => ({ kind: 'box', fill: 'navy', padding: 5, blocks: [p(words(3 * n))], template: at(70) });
    const moved = lay([lines(3), box(5)], 100).document;
    expect(moved.pages.map((pg) => pg.items.filter((i) => i.kind === 'rect').length)).toEqual([0, 1]);
    const { diagnostics } = lay([lines(3), box(9)], 100);
    // 8·13 + 10 + 10 = 124 pt in 100: 24 pt = 8.5 mm
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'a box is taller than the text area of flow "main" on page 2 of flyer (oostende): 8.5 mm too much',
        file: 'templates/flyer.hbs',
        line: 70,
      }),
    ]);
  });
});
