// Test helpers → a tiny theme (fake-measurer friendly numbers) and builders for model documents, blocks and runs.
import type { Block, Document, FixedPage, Flow, Frame, Heading, Paragraph, PageChild, TextRun } from '../../src/model/types.js';
import type { FieldRef } from '../../src/vocabulary/position.js';
import type { LayoutContext } from '../../src/layout/layoutDocument.js';
import type { TextStyle, Theme } from '../../src/vocabulary/theme.js';
import { fakeMeasurer } from '../support/fakeMeasurer.js';

const style = (extra: Partial<TextStyle>): TextStyle => ({
  font: 'regular',
  size: 10,
  leading: 13,
  color: 'ink',
  align: 'left',
  spaceBefore: 0,
  spaceAfter: 0,
  hyphenate: false,
  tracking: 0,
  uppercase: false,
  ...extra,
});

/** With the fake measurer: every character is 0.5 × size wide, ascent 0.8 × size, descent 0.2 × size. */
export const theme: Theme = {
  fonts: { regular: 'r.otf', italic: 'i.otf', semibold: 's.otf', bold: 'b.otf', boldItalic: 'bi.otf', display: 'd.otf' },
  colors: {
    ink: { c: 0, m: 0, y: 0, k: 100 },
    navy: { c: 100, m: 78, y: 0, k: 38 },
    paper: { c: 0, m: 0, y: 0, k: 0 },
    line: { c: 0, m: 0, y: 0, k: 35 },
  },
  styles: {
    body: style({ spaceAfter: 5 }),
    h1: style({ font: 'display', size: 20, leading: 24, color: 'navy', spaceBefore: 10, spaceAfter: 6 }),
    h2: style({ font: 'bold', size: 14, leading: 17, color: 'navy', spaceBefore: 8, spaceAfter: 4 }),
    h3: style({ font: 'bold', size: 10, leading: 13, spaceBefore: 6, spaceAfter: 2 }),
    list: style({ spaceAfter: 3 }),
    table: style({}),
    'table-head': style({ font: 'bold', color: 'paper' }),
    toc: style({ leading: 15 }),
    folio: style({ font: 'semibold', size: 8, leading: 10, color: 'ink' }),
  },
};

export const ctx = (extra: Partial<LayoutContext> = {}): LayoutContext => ({
  theme,
  measurer: fakeMeasurer(),
  variant: 'flyer/oostende/nl',
  region: 'oostende',
  ...extra,
});

export const at = (line: number, file = 'templates/flyer.hbs') => ({ file, line, column: 5 });
export const field = (path: string, line = 3): FieldRef => ({ path, file: 'content/nl/flyer.yaml', line, column: 10 });
export const run = (text: string, extra: Partial<TextRun> = {}): TextRun => ({ kind: 'text', text, bold: false, italic: false, ...extra });

export const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'paragraph', inlines: [run(text)], template: at(10), ...extra });
export const h = (level: 1 | 2 | 3, text: string, extra: Partial<Heading> = {}): Heading => ({ kind: 'heading', level, inlines: [run(text)], outline: level < 3, template: at(9), ...extra });

/** `n` words of four letters: with size 10 in a 100 pt column, four words (19 characters) to a line. */
export const words = (n: number, word = 'wxyz'): string => Array.from({ length: n }, () => word).join(' ');
/** A paragraph of exactly `lines` lines in a 100 pt column at size 10. */
export const lines = (n: number, extra: Partial<Paragraph> = {}): Paragraph => p(words(4 * n), extra);

export const frame = (blocks: Block[], extra: Partial<Frame> = {}): Frame => ({
  kind: 'frame',
  name: 'intro',
  x: 20,
  y: 30,
  width: 100,
  height: 200,
  blocks,
  valign: 'top',
  minScale: 1,
  template: at(4),
  ...extra,
});
export const page = (children: PageChild[], extra: Partial<FixedPage> = {}): FixedPage => ({ kind: 'page', name: 'page', children, role: 'normal', template: at(2), ...extra });
export const flow = (blocks: Block[], extra: Partial<Flow> = {}): Flow => ({
  kind: 'flow',
  name: 'main',
  area: { x: 20, y: 40, width: 100, height: 300 },
  folio: false,
  blocks,
  decoration: [],
  template: at(6),
  ...extra,
});
export const doc = (sequence: Document['sequence'], extra: Partial<Document> = {}): Document => ({
  material: 'flyer',
  title: 'Test',
  lang: 'nl',
  width: 148 * 2.8346,
  height: 210 * 2.8346,
  pageMultiple: 1,
  sequence,
  template: at(1),
  ...extra,
});
