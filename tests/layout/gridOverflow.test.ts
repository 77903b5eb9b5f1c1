// Overflow in a grid row (contact cards side by side) → blamed on the card that is too tall, not on the first card of the row.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import type { Block, GridBlock } from '../../src/model/types.js';
import { at, ctx, doc, field, frame, page, p, run, words } from './layoutFixtures.js';

/** A card: its name (1 line) and a description of `lines` lines (two words to a line in a 50 pt column). */
const card = (id: string, line: number, lines: number): Block[] => [
  p('', { inlines: [run('Naam', { field: field(`contacts.${id}.name`, line) })] }),
  p('', { inlines: [run(words(2 * lines), { field: field(`contacts.${id}.description`, line + 1) })] }),
];
const grid = (cells: Block[][]): GridBlock => ({ kind: 'grid', columns: 2, gap: 0, cells, template: at(20) });
const overflow = (cells: Block[][], height: number) => layoutDocument(doc([page([frame([grid(cells)], { name: 'contacts', height })])]), ctx()).diagnostics;

const message = (lines: number, mm: string) => `text does not fit in frame "contacts" on page 1 of flyer (oostende): ${lines} line(s), ${mm} mm too much`;
const blame = (lines: number, mm: string, id: string, line: number) => ({
  severity: 'error',
  message: message(lines, mm),
  file: 'content/nl/flyer.yaml',
  line,
  column: 10,
  field: `contacts.${id}.name`,
  variant: 'flyer/oostende/nl',
  hint: 'shorten the text, or leave out a contact or a sentence',
  designerHint: 'or allow copy-fitting with min-scale on the frame in templates/flyer.hbs:4',
  code: 'diag.overflow',
  values: { frame: 'contacts', page: 1, where: 'flyer (oostende)', lines, mm, minScale: 1, template: 'templates/flyer.hbs:4' },
  hintCode: 'hint.overflow',
  designerHintCode: 'designer.allowMinScale',
});

describe('overflow in a grid row', () => {
  it('names the card that is too tall when it is the second of its row, not the first card', () => {
    // the tall card: name (13 pt) + 5 pt + 6 lines → 93 pt of ink in a 60 pt frame
    expect(overflow([card('clb', 5, 1), card('dienst', 9, 6)], 60)).toEqual([blame(7, '11.6', 'dienst', 9)]);
  });

  it('names the tallest card when both cards of the row are too tall', () => {
    expect(overflow([card('vdab', 5, 5), card('dienst', 9, 6)], 60)).toEqual([blame(7, '11.6', 'dienst', 9)]);
  });

  it('names the first of equally tall cards', () => {
    expect(overflow([card('vdab', 5, 6), card('dienst', 9, 6)], 60)).toEqual([blame(7, '11.6', 'vdab', 5)]);
  });

  it('names the tall card of a later row, not a card of the first row nor the first card of its own', () => {
    // row 1: 28 pt; row 2: 93 pt; 121 pt in a 100 pt frame
    expect(overflow([card('vdab', 5, 1), card('clb', 7, 1), card('leerwinkel', 9, 1), card('dienst', 11, 6)], 100)).toEqual([blame(7, '7.4', 'dienst', 11)]);
  });
});
