// The screen edition's PDF/UA-1 and contrast rules: a small document painted by the engine passes them and reads back whole (pdf.js); the same document broken one rule at a time fails exactly that rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { paintDocument, type PaintOptions } from '../../src/pdf/paintDocument.js';
import { preflightPdf, type Finding } from '../../src/preflight/preflightPdf.js';
import { contrastRatio, requiredRatio } from '../../src/preflight/checks/textContrast.js';
import { xmpMetadata } from '../../src/pdf/xmpMetadata.js';
import type { LaidOutDocument, PageItem, TextItem } from '../../src/layout/types.js';
import { H, W, sampleOptions, testProfile } from '../pdf/sampleDocument.js';
import { readStructure, squash } from '../support/structText.js';
import { makePdf, at } from './fixtures.js';
import { REPO } from '../support/tempProject.js';
import { withoutCodes } from '../support/withoutCodes.js';

const RULES = new Set(['pdf-ua', 'structure', 'contrast', 'hyphens', 'rtl-text', 'screen']);
const text = (t: Partial<TextItem> & Pick<TextItem, 'text' | 'x' | 'y'>): TextItem => ({ kind: 'text', font: 'regular', size: 9.5, color: 'ink', wordSpacing: 0, width: 120, ...t });

/** One page: a navy band with the H1, a paragraph hyphenated over two lines, a link, a list, a table head, an H2 and a linked QR code. */
function document(change: (items: PageItem[]) => PageItem[] = (i) => i): LaidOutDocument {
  const qr = Array.from({ length: 21 }, (_, r) => Array.from({ length: 21 }, (_, c) => (r * 7 + c * 3) % 5 < 2));
  const items: PageItem[] = [
    { kind: 'rect', x: 0, y: 0, width: W, height: 100, fill: 'navy', bleed: true, artifact: true },
    text({ text: 'Je opties', x: 30, y: 60, font: 'display', size: 24, color: 'paper', tag: { id: 1, type: 'H1' } }),
    text({ text: 'Je bent ge-', x: 30, y: 130, width: 52.3, hyphen: true, tag: { id: 2, type: 'P' } }),
    text({ text: 'stopt met school.', x: 30, y: 143.5, tag: { id: 2, type: 'P' } }),
    text({ text: 'www.vdab.be', x: 30, y: 160, href: 'https://www.vdab.be', tag: { id: 7, type: 'P' } }),
    text({ text: '\u2022', x: 30, y: 180, width: 4, tag: { id: 5, type: 'Lbl', parent: 4 } }),
    text({ text: 'Ik wil werken', x: 40, y: 180, tag: { id: 6, type: 'LBody', parent: 4 } }),
    { kind: 'rect', x: 30, y: 190, width: 200, height: 16, fill: 'navy', bleed: false, artifact: true },
    text({ text: 'Naam', x: 34, y: 201, font: 'bold', color: 'paper', tag: { id: 12, type: 'TH', parent: 11 } }),
    text({ text: 'Contact', x: 30, y: 240, font: 'bold', size: 13, color: 'navy', tag: { id: 13, type: 'H2' } }),
    { kind: 'qr', x: 30, y: 260, size: 80, modules: qr, quietZone: 2, color: 'ink', alt: 'QR-code naar www.vdab.be', href: 'https://www.vdab.be', tag: { id: 14, type: 'Figure' } },
  ];
  return {
    material: 'flyer',
    title: 'Laat je niet vangen',
    lang: 'nl',
    width: W,
    height: H,
    copyFits: [],
    outline: [],
    pages: [
      {
        number: 1,
        anchors: [],
        items: change(items),
        structure: [
          { id: 3, type: 'L' },
          { id: 4, type: 'LI', parent: 3 },
          { id: 10, type: 'Table' },
          { id: 11, type: 'TR', parent: 10 },
        ],
      },
    ],
  };
}

let opts: PaintOptions;
let good: Buffer;
const paint = (doc: LaidOutDocument) => paintDocument(doc, opts);
const findings = async (bytes: Uint8Array): Promise<Finding[]> => withoutCodes((await preflightPdf(bytes, { edition: 'screen' })).filter((f) => RULES.has(f.check)));
const messages = async (bytes: Uint8Array) => (await findings(bytes)).map((f) => `${f.check}: ${f.message}`);

/** The good PDF, changed with pdf-lib and saved again. */
async function broken(change: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(good, { updateMetadata: false });
  change(pdf);
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** Structure elements of the type, as pdf-lib dictionaries. */
function elements(pdf: PDFDocument, type: string): PDFDict[] {
  return pdf.context.enumerateIndirectObjects().flatMap(([, o]) => (o instanceof PDFDict && o.get(PDFName.of('S')) === PDFName.of(type) ? [o] : []));
}
const kids = (e: PDFDict) => e.get(PDFName.of('K')) as PDFArray;

beforeAll(async () => {
  opts = await sampleOptions(document(), 'screen', testProfile());
  good = await paint(document());
}, 120_000);

describe('the screen rules on a document that keeps them', () => {
  it('passes every screen rule', async () => {
    expect(await findings(good)).toEqual([]);
  });

  it('reads back as PDF/UA asks: headings, L › LI › Lbl + LBody, TH with a scope, Link › Figure + annotation, whole words', async () => {
    const { elements: read } = await readStructure(good);
    expect(read.map((e) => `${e.role}:${squash(e.text)}`)).toEqual([
      'Root:',
      'Document:',
      'H1:Jeopties',
      'P:Jebentgestoptmetschool.',
      'P:',
      'Link:www.vdab.be',
      'L:',
      'LI:',
      'Lbl:\u2022',
      'LBody:Ikwilwerken',
      'Table:',
      'TR:',
      'TH:Naam',
      'H2:Contact',
      'Link:',
      'Figure:',
    ]);
    const pdf = await PDFDocument.load(good);
    const th = elements(pdf, 'TH')[0]!;
    expect((pdf.context.lookup(th.get(PDFName.of('A'))) as PDFDict).get(PDFName.of('Scope'))).toBe(PDFName.of('Column'));
    // the QR code's Link holds its Figure and its annotation
    const qrLink = elements(pdf, 'Link').find((l) =>
      kids(l)
        .asArray()
        .some((k) => k instanceof PDFRef),
    )!;
    expect(
      kids(qrLink)
        .asArray()
        .map((k) => (k instanceof PDFRef ? (pdf.context.lookup(k) as PDFDict).get(PDFName.of('S'))?.toString() : (k as PDFDict).get(PDFName.of('Type'))?.toString())),
    ).toEqual(['/Figure', '/OBJR']);
  });

  it('draws the added hyphen as an artifact: painted, but not in the paragraph', async () => {
    const pdf = await PDFDocument.load(good);
    const page = pdf.getPage(0).node;
    const { inflateSync } = await import('node:zlib');
    const stream = pdf.context.lookup(page.get(PDFName.of('Contents'))) as unknown as { contents: Uint8Array };
    const content = inflateSync(stream.contents).toString('latin1');
    // the line's text in the paragraph's marked content, then the hyphen alone in an artifact
    // biome-ignore lint/correctness/noEmptyCharacterClassInRegex: [^] is any character, line breaks included
    expect(content).toMatch(/\/P <<\n\/MCID 1\n>> BDC\n[^]*?ET\nEMC\n\/Artifact <<\n\/Type \/Pagination\n>> BDC\nBT\n1 0 0 -1 [\d.]+ 130 Tm\n[^]*?TJ\nET\nEMC\n\/P <<\n\/MCID 2\n/);
    const hyphen = /\/Artifact <<\n\/Type \/Pagination\n>> BDC\nBT\n1 0 0 -1 ([\d.]+) 130 Tm/.exec(content)!;
    // it ends where the line ended: 30 + 52.3 less its own advance (a hyphen of Inter at 9.5 pt is 2–5 pt wide)
    expect(82.3 - Number(hyphen[1])).toBeGreaterThan(2);
    expect(82.3 - Number(hyphen[1])).toBeLessThan(5);
  });
});

describe('each screen rule, broken', () => {
  it('pdf-ua: no pdfuaid:part in the XMP', async () => {
    const bytes = await broken((pdf) => {
      const xmp = xmpMetadata({ title: 'Laat je niet vangen', creatorTool: 'x', producer: 'x', date: new Date(0), documentId: 'uuid:1', instanceId: 'uuid:2' });
      pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
    });
    expect(await messages(bytes)).toEqual(['pdf-ua: the XMP metadata has no pdfuaid:part; a PDF/UA-1 file says so with pdfuaid:part 1']);
  });

  it('pdf-ua: pdfuaid:part 2 and no dc:title', async () => {
    const bytes = await broken((pdf) => {
      const xmp =
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>2</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>';
      pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
    });
    expect(await messages(bytes)).toEqual([
      'pdf-ua: the XMP pdfuaid:part is "2"; this preflight checks PDF/UA-1 (part 1)',
      'pdf-ua: the XMP metadata has no dc:title; PDF/UA-1 needs the document title there',
    ]);
  });

  it('pdf-ua: DisplayDocTitle false, and a page with links but no /Tabs /S', async () => {
    const bytes = await broken((pdf) => {
      pdf.catalog.set(PDFName.of('ViewerPreferences'), pdf.context.obj({ DisplayDocTitle: PDFBool.False }));
      pdf.getPage(0).node.delete(PDFName.of('Tabs'));
    });
    expect(await findings(bytes)).toEqual([
      { severity: 'error', check: 'pdf-ua', message: 'ViewerPreferences DisplayDocTitle is not true; PDF/UA-1 has viewers show the title, not the file name' },
      { severity: 'error', check: 'pdf-ua', page: 1, message: 'a page with annotations has no /Tabs /S; PDF/UA-1 has the tab order follow the structure' },
    ]);
  });

  it('structure: a heading level skipped, and a first heading that is not H1', async () => {
    const h3 = await paint(document((items) => items.map((i) => (i.kind === 'text' && i.tag?.type === 'H2' ? { ...i, tag: { ...i.tag, type: 'H3' } } : i))));
    expect(await findings(h3)).toEqual([{ severity: 'error', check: 'structure', page: 1, message: 'the heading level skips from H1 to H3; PDF/UA headings never skip a level' }]);
    const h2 = await paint(document((items) => items.map((i) => (i.kind === 'text' && i.tag?.type === 'H1' ? { ...i, tag: { ...i.tag, type: 'H2' } } : i))));
    expect(await messages(h2)).toEqual(['structure: the first heading is H2; PDF/UA headings start at H1 and never skip a level']);
  });

  it('structure: no heading at all', async () => {
    const none = await paint(document((items) => items.map((i) => (i.kind === 'text' && i.tag && /^H/.test(i.tag.type) ? { ...i, tag: { ...i.tag, type: 'P' } } : i))));
    expect(await messages(none)).toEqual(['structure: the document has no heading (H1); PDF/UA documents are navigated by their headings']);
  });

  it('structure: a list item that holds its text itself, without Lbl and LBody', async () => {
    const flat = await paint(
      document((items) =>
        items.filter((i) => !(i.kind === 'text' && i.tag?.type === 'Lbl')).map((i) => (i.kind === 'text' && i.tag?.type === 'LBody' ? { ...i, tag: { id: 4, type: 'LI', parent: 3 } } : i)),
      ),
    );
    expect(await messages(flat)).toEqual(['structure: a list item (LI) holds content of its own; it must hold Lbl (the bullet or number) and LBody', 'structure: a list item (LI) has no LBody']);
  });

  it('structure: a table header cell without a Scope', async () => {
    const bytes = await broken((pdf) => elements(pdf, 'TH').forEach((th) => th.delete(PDFName.of('A'))));
    expect(await messages(bytes)).toEqual(['structure: a table header cell (TH) has no Scope (Column, Row or Both)']);
  });

  it('structure: a Link element with only its annotation, and an annotation outside any Link', async () => {
    const textOnly = await broken((pdf) => {
      const link = elements(pdf, 'Link').find((l) =>
        kids(l)
          .asArray()
          .some((k) => k instanceof PDFNumber),
      )!;
      const k = kids(link);
      for (let i = k.size() - 1; i >= 0; i--) if (k.get(i) instanceof PDFNumber) k.remove(i);
    });
    expect(await findings(textOnly)).toEqual([
      { severity: 'error', check: 'structure', page: 1, message: 'a Link element holds only its annotation, not the link text (or a figure with its alternative text)' },
    ]);
    const noObjr = await broken((pdf) => {
      const link = elements(pdf, 'Link').find((l) =>
        kids(l)
          .asArray()
          .some((k) => k instanceof PDFNumber),
      )!;
      const k = kids(link);
      for (let i = k.size() - 1; i >= 0; i--) if (k.get(i) instanceof PDFDict) k.remove(i);
    });
    expect(await messages(noObjr)).toEqual(['structure: a Link element holds no link annotation (OBJR)', 'structure: a link annotation is not in a Link structure element']);
  });

  it('contrast: coral body text on white (3.0:1); the same colour at 24 pt passes (3:1 for large text)', async () => {
    const coral = await paint(document((items) => items.map((i) => (i.kind === 'text' && i.text === 'Ik wil werken' ? { ...i, color: 'coral' } : i))));
    const found = await findings(coral);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', check: 'contrast', page: 1 });
    expect(found[0]!.message).toMatch(/^text "Ik wil werken" \(9\.5 pt Inter-Regular\) has a contrast of 3\.\d\d:1 \(#[0-9a-f]{6} on #ffffff\); text under 18 pt \(14 pt bold\) needs 4\.5:1$/);
    const large = await paint(document((items) => items.map((i) => (i.kind === 'text' && i.text === 'Ik wil werken' ? { ...i, color: 'coral', size: 24 } : i))));
    expect(await findings(large)).toEqual([]);
  });

  it('contrast: white text on a light panel, judged against the panel it is drawn on, not the page', async () => {
    const light = await paint(document((items) => items.map((i) => (i.kind === 'rect' && i.y === 190 ? { ...i, fill: 'line' } : i))));
    expect(await messages(light)).toEqual([
      expect.stringMatching(/^contrast: text "Naam" \(9\.5 pt Inter-Bold\) has a contrast of 1\.\d\d:1 \(#ffffff on #[0-9a-f]{6}\); text under 18 pt \(14 pt bold\) needs 4\.5:1$/),
    ]);
  });

  it('hyphens: a hyphen added at a line end left in the text', async () => {
    const kept = await paint(
      document((items) =>
        items.map((i) => {
          if (i.kind !== 'text' || !i.hyphen) return i;
          const { hyphen: _hyphen, ...plain } = i;
          return plain;
        }),
      ),
    );
    expect(await findings(kept)).toEqual([
      {
        severity: 'error',
        check: 'hyphens',
        page: 1,
        message: '"ge-" + "stopt": the hyphen at the line end is in the text of P; a hyphen added by hyphenation is an artifact, so the word reads "gestopt"',
      },
    ]);
  });
});

describe('suspended hyphens', () => {
  it('hyphens: "beroeps-" + "of onderwijskwalificatie" at a line end is text, not an added hyphen', async () => {
    const suspended = await paint(
      document((items) =>
        items.map((i) => {
          if (i.kind !== 'text' || i.tag?.type !== 'P' || i.tag.id !== 2) return i;
          const { hyphen: _hyphen, ...plain } = i;
          return { ...plain, text: i.hyphen ? 'Een beroeps-' : 'of onderwijskwalificatie' };
        }),
      ),
    );
    expect(await findings(suspended)).toEqual([]);
  });
});

describe('right-to-left text', () => {
  it('rtl-text: Latin runs in an Arabic document need a language of their own; the engine gives them a Span with /Lang nl-BE', async () => {
    const arabic = (direction?: 'rtl'): LaidOutDocument => ({ ...document(), lang: 'ar', ...(direction ? { direction } : {}) });
    const bare = await paint(arabic());
    const found = (await findings(bare)).filter((f) => f.check === 'rtl-text').map((f) => f.message);
    expect(found).toContain('the Latin-script text "Ik wil werken" has no language of its own in a document in "ar"; give its structure element (a Span) a /Lang, so a screen reader switches voice');
    expect(found).toContain('the Latin-script text "www.vdab.be" has no language of its own in a document in "ar"; give its structure element (a Span) a /Lang, so a screen reader switches voice');
    const spans = await paint(arabic('rtl'));
    expect(await findings(spans)).toEqual([]);
    const pdf = await PDFDocument.load(spans);
    const span = elements(pdf, 'Span')[0]!;
    expect(span.get(PDFName.of('Lang'))?.toString()).toBe('(nl-BE)');
  });

  it('rtl-text: Arabic glyphs under an ActualText (poppler and MuPDF read it back reversed)', async () => {
    const bytes = await makePdf(
      (doc) => {
        doc.font(`${REPO}/fonts/NotoSansArabic-Regular.ttf`).fontSize(12).fillColor([0, 0, 0, 100]);
        doc.addContent('/Span <</ActualText <FEFF0647064400200020>>> BDC');
        doc.text('هل تترك', ...at(20, 80), { lineBreak: false, features: [] });
        doc.addContent('EMC');
      },
      { screen: true },
    );
    const found = (await preflightPdf(bytes, { edition: 'screen' })).filter((f) => f.check === 'rtl-text');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(
      /^Arabic text ".+" is drawn under an ActualText: pdftotext and MuPDF set that text left to right and read it back reversed; draw the glyphs in visual order and let their ToUnicode say the letters$/,
    );
  });
});

describe('WCAG 2.x contrast', () => {
  it('computes ratios and thresholds as WCAG does', () => {
    expect(contrastRatio([0, 0, 0], [1, 1, 1])).toBeCloseTo(21, 5);
    expect(contrastRatio([0xee / 255, 0x6e / 255, 0x4a / 255], [1, 1, 1])).toBeCloseTo(3.02, 2);
    expect(requiredRatio(18, 'Inter-Regular')).toBe(3);
    expect(requiredRatio(14, 'Inter-Bold')).toBe(3);
    expect(requiredRatio(14, 'Inter-SemiBold')).toBe(4.5);
    expect(requiredRatio(17.9, 'Inter-Regular')).toBe(4.5);
  });
});
