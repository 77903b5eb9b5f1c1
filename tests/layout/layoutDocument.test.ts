import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import { copyFitScales } from '../../src/layout/layoutFrame.js';
import type { LaidOutPage, TextItem } from '../../src/layout/types.js';
import type { Block } from '../../src/model/types.js';
import { mm } from '../../src/units.js';
import { fakeMeasurer } from '../support/fakeMeasurer.js';
import { at, ctx, doc, field, flow, frame, h, lines, p, page, run, words } from './layoutFixtures.js';

const texts = (pg: LaidOutPage): TextItem[] => pg.items.filter((i): i is TextItem => i.kind === 'text');
const baselines = (pg: LaidOutPage): number[] => texts(pg).map((t) => t.y);

describe('layoutDocument: where blocks land', () => {
  it('stacks a heading and paragraphs top-down in a frame: first baseline at top + ascent, leading as pitch, collapsed spacing', () => {
    const { document, diagnostics } = layoutDocument(doc([page([frame([h(1, 'Titel'), lines(2), lines(1)])])]), ctx());
    expect(diagnostics).toEqual([]);
    const items = texts(document.pages[0]!);
    // h1: top 30, ascent 16 → 46; paragraph: 30 + 24 + max(6, 0) = 60, ascent 8 → 68, 81; next: 60 + 26 + max(5, 0) = 91 → 99
    expect(items.map((t) => [t.x, t.y])).toEqual([
      [20, 46],
      [20, 68],
      [20, 81],
      [20, 99],
    ]);
    expect(items[0]).toMatchObject({ text: 'Titel', font: 'display', size: 20, color: 'navy' });
    expect(items[1]).toMatchObject({ text: 'wxyz wxyz wxyz wxyz', font: 'regular', size: 10, color: 'ink', width: 95 });
  });

  it('aligns a frame to the bottom or the centre by its last line’s descent', () => {
    const blocks = [lines(2)];
    const bottom = layoutDocument(doc([page([frame(blocks, { valign: 'bottom', height: 100 })])]), ctx()).document;
    const center = layoutDocument(doc([page([frame(blocks, { valign: 'center', height: 100 })])]), ctx()).document;
    // content: 13 + 10 = 23 pt of ink; bottom → starts at 30 + 77, centre → 30 + 38.5
    expect(baselines(bottom.pages[0]!)).toEqual([30 + 77 + 8, 30 + 77 + 21]);
    expect(baselines(center.pages[0]!)).toEqual([30 + 38.5 + 8, 30 + 38.5 + 21]);
  });

  it('places lists with a hanging indent and the marker on the first baseline, in the style’s colour', () => {
    const list: Block = {
      kind: 'list',
      ordered: true,
      items: [
        { blocks: [p(words(6), { style: 'list' })], template: at(12) },
        { blocks: [p('kort', { style: 'list' })], template: at(13) },
      ],
      template: at(11),
    };
    const { document } = layoutDocument(doc([page([frame([list], { width: 110 })])]), ctx());
    const items = texts(document.pages[0]!);
    // markers "1." and "2." are 10 wide, gutter 6 → text at 16; item text 94 wide: 3 words on the first line
    expect(items.map((t) => [t.text, t.x, t.y])).toEqual([
      ['1.', 20, 38],
      ['wxyz wxyz wxyz', 36, 38],
      ['wxyz wxyz wxyz', 36, 51],
      ['2.', 20, 38 + 26 + 3],
      ['kort', 36, 38 + 26 + 3],
    ]);
    expect(items[0]!.color).toBe('ink');
  });

  it('lays out grid cells side by side, rows as tall as their tallest cell', () => {
    const grid: Block = { kind: 'grid', columns: 2, gap: 10, cells: [[p('een')], [p(words(8))], [p('drie')]], template: at(20) };
    const { document } = layoutDocument(doc([page([frame([grid], { width: 110 })])]), ctx());
    const items = texts(document.pages[0]!);
    // columns of 50 at x 20 and 80; the second cell breaks into 4 lines (2 words each): row 1 ink = 3·13 + 10 = 49; row 2 at 49 + gap 10
    expect(items.map((t) => [t.x, t.y])).toEqual([
      [20, 38],
      [80, 38],
      [80, 51],
      [80, 64],
      [80, 77],
      [20, 30 + 59 + 8],
    ]);
  });

  it('draws a box around its padded blocks and keeps figures left-aligned at the current position', () => {
    const blocks: Block[] = [
      { kind: 'box', fill: 'navy', padding: 5, blocks: [p('kort')], template: at(30) },
      { kind: 'image', src: 'images/a.png', width: 40, height: 30, alt: 'Een foto', template: at(31) },
      { kind: 'rule', color: 'line', weight: 1, template: at(32) },
    ];
    const { document } = layoutDocument(doc([page([frame(blocks)])]), ctx());
    const items = document.pages[0]!.items;
    expect(items[0]).toEqual({ kind: 'rect', x: 20, y: 30, width: 100, height: 20, fill: 'navy', bleed: false, artifact: true });
    expect(items[1]).toMatchObject({ kind: 'text', x: 25, y: 43 });
    // box: 20 high, then max(5, 0) → image at 55; then max(5, 0) → rule at 90
    expect(items[2]).toMatchObject({ kind: 'image', x: 20, y: 55, width: 40, height: 30, alt: 'Een foto', tag: { type: 'Figure', alt: 'Een foto' } });
    expect(items[3]).toMatchObject({ kind: 'line', x1: 20, x2: 120, y1: 90.5, y2: 90.5, color: 'line', width: 1 });
  });
});

describe('layoutDocument: the page sequence', () => {
  it('paginates a long flow: 3-line paragraphs, 7 to a page of 300 pt', () => {
    const blocks = Array.from({ length: 100 }, () => lines(3));
    const { document, diagnostics } = layoutDocument(doc([flow(blocks)]), ctx());
    expect(diagnostics).toEqual([]);
    expect(document.pages).toHaveLength(15);
    expect(document.pages.map((pg) => texts(pg).length)).toEqual([...Array(14).fill(21), 6]);
    expect(document.pages.map((pg) => pg.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    // every page starts at the area's top without the paragraph spacing
    expect(document.pages.every((pg) => texts(pg)[0]!.y === 48)).toBe(true);
  });

  it('pads to a multiple of 4 with the filler page before the end page', () => {
    const filler = page([frame([p('notities')], { name: 'notes' })], { role: 'filler', name: 'notes' });
    const back = page([frame([p('achterkant')], { name: 'back' })], { role: 'end', name: 'back' });
    const cover = page([frame([p('voorkant')])]);
    const sequence = [cover, filler, flow(Array.from({ length: 20 }, () => lines(3))), back];
    const { document, diagnostics } = layoutDocument(doc(sequence, { pageMultiple: 4 }), ctx());
    expect(diagnostics).toEqual([]);
    const first = (pg: LaidOutPage): string => texts(pg)[0]!.text;
    expect(document.pages.map(first)).toEqual(['voorkant', 'wxyz wxyz wxyz wxyz', 'wxyz wxyz wxyz wxyz', 'wxyz wxyz wxyz wxyz', 'notities', 'notities', 'notities', 'achterkant']);
    // repeated filler pages keep document-wide unique tag ids
    const ids = document.pages.slice(4, 7).map((pg) => texts(pg)[0]!.tag!.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('reports a page count that is not a multiple when there is no filler page', () => {
    const { diagnostics } = layoutDocument(doc([page([]), page([]), page([])], { pageMultiple: 4, material: 'brochure' }), ctx());
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'brochure (oostende) has 3 pages, which is not a multiple of 4, and there is no filler page to pad it',
        file: 'templates/flyer.hbs',
        line: 1,
      }),
    ]);
  });

  it('reports a page count other than the required one', () => {
    const { document, diagnostics } = layoutDocument(doc([page([]), flow(Array.from({ length: 10 }, () => lines(3)))], { pageCount: 2 }), ctx());
    expect(document.pages).toHaveLength(3);
    expect(diagnostics.map((d) => d.message)).toEqual(['flyer (oostende) has 3 pages, but must have exactly 2']);
  });

  it('uses the even area on even pages, with folio and running head outside', () => {
    const f = flow(
      Array.from({ length: 10 }, () => lines(3)),
      { areaEven: { x: 30, y: 40, width: 100, height: 300 }, folio: true, runningHead: 'Leidraad' },
    );
    const { document } = layoutDocument(doc([f]), ctx());
    const [one, two] = document.pages as [LaidOutPage, LaidOutPage];
    expect(texts(one)[0]!.x).toBe(20);
    expect(texts(two)[0]!.x).toBe(30);
    const furniture = (pg: LaidOutPage) => texts(pg).filter((t) => !t.tag);
    // body at 7 pt unless the theme has the style: running head 7 pt (leading 9.1) above the area; folio style 8 pt below it
    expect(furniture(one)).toEqual([
      expect.objectContaining({ text: 'Leidraad', size: 7, x: 120 - 28, y: 40 - 9.1 }),
      expect.objectContaining({ text: '1', size: 8, font: 'semibold', x: 116, y: 340 + 10 + 6.4 }),
    ]);
    expect(furniture(two)).toEqual([expect.objectContaining({ text: 'Leidraad', x: 30 }), expect.objectContaining({ text: '2', x: 30 })]);
  });
});

describe('layoutDocument: page furniture', () => {
  it('draws a flow’s decoration on every page as artifacts, and a fixed page’s background', () => {
    const band = { kind: 'shape' as const, x: 0, y: 0, width: 420, height: 20, fill: 'navy', bleed: true, template: at(7) };
    const label = frame([p('Leidraad')], { name: 'band', x: 20, y: 5, width: 100, height: 12 });
    const f = flow(
      Array.from({ length: 10 }, () => lines(3)),
      { decoration: [band, label] },
    );
    const { document } = layoutDocument(doc([page([], { background: 'navy' }), f]), ctx());
    expect(document.pages[0]!.items).toEqual([{ kind: 'rect', x: 0, y: 0, width: document.width, height: document.height, fill: 'navy', bleed: true, artifact: true }]);
    for (const pg of document.pages.slice(1)) {
      expect(pg.items[0]).toEqual({ kind: 'rect', x: 0, y: 0, width: 420, height: 20, fill: 'navy', bleed: true, artifact: true });
      expect(pg.items[1]).toMatchObject({ kind: 'text', text: 'Leidraad', x: 20, y: 13 });
      expect(pg.items[1]).not.toHaveProperty('tag');
    }
  });
});

describe('layoutDocument: frames that do not fit', () => {
  const overfull = (extra = {}) => page([frame([p(words(24), { inlines: [run(words(24), { field: field('content.intro') })] })], { height: 50, ...extra })]);

  it('reports overflow with the exact message, the content field and a hint', () => {
    const { document, diagnostics } = layoutDocument(doc([overfull()]), ctx());
    // 6 lines: (n − 1)·13 + 10 ≤ 50 holds for 4; 5·13 + 10 − 50 = 25 pt = 8.8 mm
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        message: 'text does not fit in frame "intro" on page 1 of flyer (oostende): 2 line(s), 8.8 mm too much',
        file: 'content/nl/flyer.yaml',
        line: 3,
        column: 10,
        field: 'content.intro',
        variant: 'flyer/oostende/nl',
        hint: 'shorten the text, or leave out a contact or a sentence',
        designerHint: 'or allow copy-fitting with min-scale on the frame in templates/flyer.hbs:4',
        code: 'diag.overflow',
        values: { frame: 'intro', page: 1, where: 'flyer (oostende)', lines: 2, mm: '8.8', minScale: 1, template: 'templates/flyer.hbs:4' },
        hintCode: 'hint.overflow',
        designerHintCode: 'designer.allowMinScale',
      },
    ]);
    // nothing is dropped
    expect(texts(document.pages[0]!)).toHaveLength(6);
  });

  it('names the field of the first line that does not fit, else the frame', () => {
    const two = frame([{ kind: 'paragraph', inlines: [run(`${words(16)} `, { field: field('a', 3) }), run(words(8), { field: field('b', 4) })], template: at(10) }], { height: 50 });
    const { diagnostics } = layoutDocument(doc([page([two])]), ctx());
    expect(diagnostics[0]).toMatchObject({ field: 'b', line: 4 });
    const none = layoutDocument(doc([page([frame([lines(6)], { height: 50 })])]), ctx()).diagnostics;
    expect(none[0]).toMatchObject({ file: 'templates/flyer.hbs', line: 4, column: 5 });
    expect(none[0]!.field).toBeUndefined();
  });

  it('copy-fits in 2 % steps and records the scale used', () => {
    // 6 lines: 75 pt × scale must fit in 70 → 0.92
    const { document, diagnostics } = layoutDocument(doc([page([frame([lines(6)], { height: 70, minScale: 0.8 })])]), ctx());
    expect(diagnostics).toEqual([]);
    expect(document.copyFits).toEqual([{ page: 1, frame: 'intro', scale: 0.92 }]);
    const items = texts(document.pages[0]!);
    expect(items[0]!.size).toBeCloseTo(9.2, 9);
    expect(items[0]!.y).toBeCloseTo(30 + 7.36, 9);
    expect(items[1]!.y - items[0]!.y).toBeCloseTo(13 * 0.92, 9);
  });

  it('sets the frames of a fit group at the smallest scale any of them needs; frames outside the group keep their own', () => {
    const card = (name: string, n: number, extra = {}) => frame([lines(n)], { name, height: 70, minScale: 0.8, fitGroup: 'cards', ...extra });
    const { document, diagnostics } = layoutDocument(doc([page([card('een', 6), card('twee', 2, { x: 130 }), card('drie', 5, { x: 240, fitGroup: undefined })])]), ctx());
    expect(diagnostics).toEqual([]);
    // 6 lines need 0.92 (as above); the 2-line card takes it too; 5 lines (62 pt) fit in 70 at 1 on their own
    expect(document.copyFits).toEqual([
      { page: 1, frame: 'een', scale: 0.92 },
      { page: 1, frame: 'twee', scale: 0.92 },
    ]);
    const sizes = texts(document.pages[0]!).map((t) => [t.x, t.size]);
    expect(new Set(sizes.filter(([x]) => x < 230).map(([, size]) => size.toFixed(3)))).toEqual(new Set(['9.200']));
    expect(sizes.filter(([x]) => x >= 240).every(([, size]) => size === 10)).toBe(true);
  });

  it('never sets text under 8 pt while copy-fitting: the frame overflows at its min-scale instead', () => {
    // 10 pt body: at most 0.8 (8 pt); min-scale 0.6 allows no smaller text
    const { document, diagnostics } = layoutDocument(doc([page([frame([lines(8)], { height: 70, minScale: 0.6 })])]), ctx());
    expect(Math.min(...texts(document.pages[0]!).map((t) => t.size))).toBeCloseTo(8, 9);
    expect(diagnostics.map((d) => d.code)).toEqual(['diag.overflow']);
  });

  it('stops copy-fitting at min-scale and then reports the overflow at that scale', () => {
    expect(copyFitScales(0.9)).toEqual([1, 0.98, 0.96, 0.94, 0.92, 0.9]);
    expect(copyFitScales(0.85)).toEqual([1, 0.98, 0.96, 0.94, 0.92, 0.9, 0.88, 0.86, 0.85]);
    const { document, diagnostics } = layoutDocument(doc([page([frame([lines(6)], { height: 50, minScale: 0.9 })])]), ctx());
    expect(document.copyFits).toEqual([{ page: 1, frame: 'intro', scale: 0.9 }]);
    // at 0.9: 5·11.7 + 9 − 50 = 17.5 pt = 6.2 mm, 2 lines
    expect(diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ['text does not fit in frame "intro" on page 1 of flyer (oostende): 2 line(s), 6.2 mm too much', 'shorten the text, or leave out a contact or a sentence'],
    ]);
  });

  it('does not copy-fit a frame that fits', () => {
    const { document } = layoutDocument(doc([page([frame([lines(3)], { height: 50, minScale: 0.8 })])]), ctx());
    expect(document.copyFits).toEqual([]);
  });
});

describe('layoutDocument: glyphs and QR codes', () => {
  it('reports a missing glyph with its code point and content field, once', () => {
    const para = p('x', { inlines: [run('Łódź ł ł', { field: field('contacts[2].name', 7) })] });
    const { diagnostics } = layoutDocument(doc([page([frame([para]), frame([para], { name: 'twee' })])]), ctx({ measurer: fakeMeasurer({ missing: 'ł' }) }));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'the font has no glyph for "ł" (U+0142) in flyer (oostende)',
        file: 'content/nl/flyer.yaml',
        line: 7,
        column: 10,
        field: 'contacts[2].name',
        variant: 'flyer/oostende/nl',
      }),
    ]);
  });

  it('turns QR data into a module matrix with a 4-module quiet zone, and warns below 15 mm', () => {
    const big = { kind: 'qr' as const, data: 'https://www.vdab.be', size: mm(20), template: at(40) };
    const small = { ...big, size: mm(12), template: at(41) };
    const { document, diagnostics } = layoutDocument(doc([page([frame([big]), { kind: 'placed', x: 200, y: 300, width: small.size, height: small.size, block: small, template: at(41) }])]), ctx());
    const qrs = document.pages[0]!.items.filter((i) => i.kind === 'qr');
    expect(qrs).toHaveLength(2);
    const qr = qrs[0]!;
    expect(qr).toMatchObject({ x: 20, y: 30, size: mm(20), quietZone: 4, href: 'https://www.vdab.be', color: 'ink' });
    expect(qr.kind === 'qr' && qr.modules.length).toBe(25);
    expect(qr.kind === 'qr' && qr.modules[0]!.slice(0, 8)).toEqual([true, true, true, true, true, true, true, false]);
    expect(qrs[1]).toMatchObject({ x: 200, y: 300 });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: 'the QR code is 12.0 mm wide in flyer (oostende); codes smaller than 15 mm may not scan', line: 41 })]);
  });
});

describe('layoutDocument: furniture and the wide measure', () => {
  const table = (n: number): Block => ({
    kind: 'table',
    columns: [1, 1],
    wide: true,
    template: at(50),
    rows: Array.from({ length: n }, () => ({
      header: false,
      cells: [
        { blocks: [p('a')], template: at(51) },
        { blocks: [p('b')], template: at(51) },
      ],
      template: at(51),
    })),
  });

  it('gives a fixed page the running head and folio of the flow it names, at that flow\u2019s text area for its page number', () => {
    const main = flow([lines(2)], { runningHead: 'Kop', folio: true, area: { x: 20, y: 40, width: 100, height: 300 }, areaEven: { x: 40, y: 40, width: 100, height: 300 } });
    const contacts = page([frame([p('Contacten')])], { furniture: 'main' });
    const { document, diagnostics } = layoutDocument(doc([main, contacts]), ctx());
    expect(diagnostics).toEqual([]);
    const furniture = (n: number) =>
      texts(document.pages[n - 1]!)
        .filter((t) => t.frame === undefined)
        .map((t) => [t.text, t.x]);
    // page 2 is even: the even area (x 40), furniture on the outside (left); page 1 odd: flush right (outside)
    expect(furniture(2)).toEqual([
      ['Kop', 40],
      ['2', 40],
    ]);
    expect(furniture(1).map(([text]) => text)).toEqual(['Kop', '1']);
    expect(texts(layoutDocument(doc([main, page([frame([p('x')])])]), ctx()).document.pages[1]!).filter((t) => t.frame === undefined)).toEqual([]);
  });

  it('sets a wide block across the flow\u2019s wide measure, into the outer margin on both sides of a mirrored flow', () => {
    const main = flow([lines(20), table(30)], { area: { x: 20, y: 40, width: 100, height: 300 }, areaEven: { x: 60, y: 40, width: 100, height: 300 }, wideWidth: 140 });
    const { document, diagnostics } = layoutDocument(doc([main]), ctx());
    expect(diagnostics).toEqual([]);
    expect(document.pages.length).toBeGreaterThan(1);
    const cellB = (n: number) => texts(document.pages[n - 1]!).find((t) => t.text === 'b')!;
    // columns of 70 over 140: the second cell (after its padding) at 90–100; odd page from 20 (to the right), even page from 60 − 40 = 20
    expect(cellB(1).x).toBeGreaterThan(20 + 70);
    expect(cellB(1).x).toBeLessThan(20 + 80);
    expect(cellB(2).x).toBeCloseTo(cellB(1).x, 6);
    expect(cellB(2).frame).toMatchObject({ x: 20, width: 140 });
    // the text of the column keeps its measure
    expect(texts(document.pages[0]!)[0]).toMatchObject({ x: 20, frame: { x: 20, width: 100 } });
  });

  it('adds no furniture for a flow name it does not know (the model reports it)', () => {
    const { document } = layoutDocument(doc([page([frame([p('x')])], { furniture: 'nope' })]), ctx());
    expect(texts(document.pages[0]!).filter((t) => t.frame === undefined)).toEqual([]);
  });
});

describe('layoutDocument: fills', () => {
  const fill = (blocks: Block[], extra = {}): Block => ({ kind: 'fill', padding: 0, valign: 'bottom', ruleColor: 'line', ruleWeight: 0.5, blocks, template: at(60), ...extra });
  const bottom = (pg: LaidOutPage) => Math.max(...pg.items.map((i) => (i.kind === 'text' ? i.y : i.kind === 'line' ? i.y1 : i.kind === 'rect' ? i.y + i.height : 0)));

  it('sets a fill at the foot of a page a forced break leaves short, and leaves it out where the room is less than it needs', () => {
    // area 300 pt: 3 lines (36 pt of ink) leave room for the 2-line fill; 22 lines do not
    const short = [
      lines(3),
      fill([p('Laat je', { style: 'h2' })]),
      { kind: 'pagebreak', template: at(61) } as Block,
      lines(22),
      fill([lines(2)]),
      { kind: 'pagebreak', template: at(62) } as Block,
      lines(1),
    ];
    const { document, diagnostics } = layoutDocument(doc([flow(short)]), ctx());
    expect(diagnostics).toEqual([]);
    expect(document.pages).toHaveLength(3);
    const first = texts(document.pages[0]!);
    const quote = first.find((t) => t.text === 'Laat je')!;
    // at the foot: its baseline one descent (0.2 × 14) above the area's bottom (40 + 300)
    expect(quote.y).toBeCloseTo(40 + 300 - 0.2 * 14, 6);
    // page 2 is nearly full: the fill is left out, and page 3 starts with the paragraph after the break
    expect(texts(document.pages[1]!)).toHaveLength(22);
    expect(texts(document.pages[2]!).map((t) => t.y)).toEqual([48]);
  });

  it('never gives a fill a page of its own, also at the end of a flow', () => {
    const full = Array.from({ length: 7 }, () => lines(3));
    const { document } = layoutDocument(doc([flow([...full, fill([lines(2)])])]), ctx());
    expect(document.pages).toHaveLength(1);
  });

  it('gives the room to the first of two fills that has it, in a flow and in a frame: large first, then small', () => {
    const large = fill([lines(10)]);
    const small = fill([p('klein')]);
    // a frame of 200 with 10 lines used: the 10-line fill (130 + 5) has no room, the small one takes the rest
    const inFrame = layoutDocument(doc([page([frame([lines(10), large, small], { height: 200 })])]), ctx());
    expect(inFrame.diagnostics).toEqual([]);
    const framed = texts(inFrame.document.pages[0]!);
    expect(framed.filter((t) => t.text === 'klein')).toHaveLength(1);
    expect(framed).toHaveLength(10 + 1);
    // room for the large one: it alone
    const roomy = texts(layoutDocument(doc([page([frame([lines(2), large, small], { height: 200 })])]), ctx()).document.pages[0]!);
    expect(roomy.filter((t) => t.text === 'klein')).toHaveLength(0);
    expect(roomy).toHaveLength(2 + 10);
    const inFlow = texts(layoutDocument(doc([flow([lines(15), large, small])]), ctx()).document.pages[0]!);
    expect(inFlow.filter((t) => t.text === 'klein')).toHaveLength(1);
  });

  it('rules a fill down to its foot (a notes area), in a frame too', () => {
    const notes = fill([p('Notities')], { valign: 'top', ruled: 20 });
    const { document } = layoutDocument(doc([page([frame([lines(2), notes], { height: 200 })])]), ctx());
    const rules = document.pages[0]!.items.flatMap((i) => (i.kind === 'line' ? [i.y1] : []));
    const heading = texts(document.pages[0]!).find((t) => t.text === 'Notities')!;
    // from a pitch under "Notities" (its descent: 2 pt), every 20 pt down to the frame's foot (30 + 200)
    expect(rules[0]).toBeCloseTo(heading.y + 2 + 20, 6);
    rules.slice(1).forEach((y, k) => expect(y - rules[k]!).toBeCloseTo(20, 6));
    expect(rules[rules.length - 1]).toBeGreaterThan(230 - 20);
    expect(bottom(document.pages[0]!)).toBeLessThanOrEqual(230 + 1e-6);
    // a frame too full for it: left out, no overflow
    const crowded = layoutDocument(doc([page([frame([lines(14), notes], { height: 200 })])]), ctx());
    expect(crowded.diagnostics).toEqual([]);
    expect(crowded.document.pages[0]!.items.filter((i) => i.kind === 'line')).toEqual([]);
  });
});
