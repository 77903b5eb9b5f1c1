import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import type { LaidOutDocument, Tag, TextItem } from '../../src/layout/types.js';
import type { Block, TableRow } from '../../src/model/types.js';
import { mm } from '../../src/units.js';
import { at, ctx, doc, flow, frame, h, lines, p, page, words } from './layoutFixtures.js';

const toc: Block = { kind: 'toc', template: at(8) };
const all = (d: LaidOutDocument): TextItem[] => d.pages.flatMap((pg) => pg.items.filter((i): i is TextItem => i.kind === 'text'));

/** The contents' page numbers by anchor id, and the outline's pages. */
function numbers(d: LaidOutDocument): { shown: Record<string, string>; outline: Record<string, string> } {
  const entries = all(d).filter((t) => t.tag?.type === 'TOCI' && /^\d+$/.test(t.text));
  return {
    shown: Object.fromEntries(entries.map((t) => [t.goTo!, t.text])),
    outline: Object.fromEntries(d.outline.filter((o) => o.level <= 2).map((o) => [o.id, String(o.page)])),
  };
}

describe('table of contents', () => {
  it('lists outlined headings of levels 1 and 2 with their real page numbers, right-aligned, linked', () => {
    const blocks: Block[] = [
      h(2, 'Inhoud', { outline: false }),
      toc,
      { kind: 'pagebreak', template: at(9) },
      h(1, 'Een'),
      lines(30),
      h(2, 'Een a'),
      lines(12),
      { kind: 'pagebreak', template: at(9) },
      h(1, 'Twee'),
      lines(5),
      h(2, 'Twee a', { id: 'twee-a' }),
      h(3, 'Drie'),
      lines(40),
    ];
    const { document, diagnostics } = layoutDocument(doc([page([frame([p('omslag')])]), flow(blocks, { area: { x: 20, y: 40, width: 100, height: 200 } })]), ctx());
    expect(diagnostics).toEqual([]);
    const { shown, outline } = numbers(document);
    expect(shown).toEqual(outline);
    // page 3: Een + 13 lines, page 4: 15, page 5: 2 + Een a + 10 (no widow), page 6: 2, then the pagebreak
    expect(shown).toEqual({ 'h-1': '3', 'h-2': '5', 'h-3': '7', 'twee-a': '7' });
    const entries = all(document).filter((t) => t.tag?.type === 'TOCI');
    expect(entries.filter((t) => !/^\d+$/.test(t.text)).map((t) => [t.text, t.x, t.font])).toEqual([
      ['Een', 20, 'bold'],
      ['Een a', 35, 'regular'],
      ['Twee', 20, 'bold'],
      ['Twee a', 35, 'regular'],
    ]);
    // numbers end at the column's right edge, on the entry's baseline; toc style: leading 15
    const nums = entries.filter((t) => /^\d+$/.test(t.text));
    expect(nums.map((t) => t.x + t.width)).toEqual([120, 120, 120, 120]);
    expect(nums.map((t) => t.y)).toEqual([40 + 17 + 4 + 8, 40 + 17 + 4 + 8 + 15, 40 + 17 + 4 + 8 + 30, 40 + 17 + 4 + 8 + 45]);
    // dot leaders (untagged artifacts) end at a common edge before the numbers
    const leaders = all(document).filter((t) => /^\.+$/.test(t.text));
    expect(leaders).toHaveLength(4);
    expect(new Set(leaders.map((t) => t.x + t.width))).toEqual(new Set([120 - 15 - 5]));
    expect(leaders.every((t) => t.tag === undefined)).toBe(true);
  });

  it('gets the numbers right when the contents itself pushes the headings to later pages', () => {
    const sections = Array.from({ length: 40 }, (_, i) => [h(i % 3 === 0 ? 1 : 2, `Deel ${i + 1}`), lines(6)]).flat();
    const { document } = layoutDocument(doc([flow([toc, { kind: 'pagebreak', template: at(9) }, ...sections], { area: { x: 20, y: 40, width: 100, height: 200 } })]), ctx());
    const { shown, outline } = numbers(document);
    expect(Object.keys(shown)).toHaveLength(40);
    expect(shown).toEqual(outline);
    // the contents takes 40 × 15 pt: four pages, so the first heading is on page 5
    expect(shown['h-1']).toBe('5');
  });
});

describe('structure tags', () => {
  const row = (cells: string[], header = false): TableRow => ({
    header,
    cells: cells.map((c) => ({ blocks: [p(c, { style: header ? 'table-head' : 'table' })], template: at(61) })),
    template: at(60),
  });
  const blocks: Block[] = [
    toc,
    h(1, 'Een'),
    p(words(10)),
    {
      kind: 'list',
      ordered: false,
      items: [
        { blocks: [p('een', { style: 'list' })], template: at(12) },
        { blocks: [p('twee', { style: 'list' }), { kind: 'list', ordered: true, items: [{ blocks: [p('diep')], template: at(14) }], template: at(13) }], template: at(12) },
      ],
      template: at(11),
    },
    { kind: 'table', columns: [1, 1], rows: [row(['A', 'B'], true), row(['a', 'b'])], template: at(59) },
    { kind: 'image', src: 'images/a.png', width: 20, height: 20, alt: 'Logo', template: at(30) },
    { kind: 'qr', data: 'https://www.vdab.be', size: mm(20), template: at(31) },
  ];
  const { document } = layoutDocument(doc([flow(blocks, { folio: true })]), ctx());
  const tags: Tag[] = document.pages.flatMap((pg) => [...pg.items.flatMap((i) => ('tag' in i && i.tag ? [i.tag] : [])), ...(pg.structure ?? [])]);
  const byId = new Map<number, Tag>();
  for (const t of tags) {
    if (!byId.has(t.id)) byId.set(t.id, t);
  }

  it('tags every text item of the content; only page furniture is left as an artifact', () => {
    const untagged = all(document).filter((t) => !t.tag);
    expect(untagged.map((t) => t.text)).toEqual(['.'.repeat(untagged[0]!.text.length), '1']);
  });

  it('gives each structure element one id and one type, and nests them', () => {
    for (const t of tags) expect(byId.get(t.id)!.type).toBe(t.type);
    const parentType = (t: Tag) => (t.parent === undefined ? undefined : byId.get(t.parent)?.type);
    const pairs = new Set(tags.map((t) => `${t.type}<${parentType(t) ?? 'root'}`));
    expect([...pairs].sort()).toEqual(
      ['Figure<root', 'H1<root', 'L<LBody', 'L<root', 'LBody<LI', 'LI<L', 'Lbl<LI', 'P<root', 'TD<TR', 'TH<TR', 'TOC<root', 'TOCI<TOC', 'TR<Table', 'Table<root'].sort(),
    );
    expect(tags.filter((t) => t.type === 'Figure').map((t) => t.alt)).toEqual(['Logo', 'QR code: https://www.vdab.be']);
  });
});
