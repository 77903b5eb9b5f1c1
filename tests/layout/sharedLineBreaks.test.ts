// Paragraph breaks shared between jobs: the same lines for the same paragraph, other lines when the hyphenation differs (an exempt name), none shared with a hyphenator that cannot say what decides it.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import type { Hyphenator, TextItem } from '../../src/layout/types.js';
import { ctx, doc, flow, p, theme } from './layoutFixtures.js';
import { fakeMeasurer } from '../support/fakeMeasurer.js';

const WORD = 'kwalificatiecentrum';
/** Splits every word after its fifth letter, unless the word is exempt. */
function hyphenator(exempt: string[], keyed = true): Hyphenator {
  const fn: Hyphenator = (word) => (exempt.includes(word) || word.length < 8 ? [] : [5]);
  if (keyed) fn.memoKey = (text) => `nl|${exempt.filter((n) => text.includes(n)).join(',')}`;
  return fn;
}

const hyphenatingTheme = { ...theme, styles: { ...theme.styles, body: { ...theme.styles.body!, hyphenate: true } } };
const lineTexts = (measurer: ReturnType<typeof fakeMeasurer>, h: Hyphenator): string[] => {
  const laid = layoutDocument(doc([flow([p(`een ${WORD} hier`)])]), ctx({ theme: hyphenatingTheme, measurer, hyphenator: h })).document;
  return laid.pages.flatMap((pg) => pg.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text));
};

describe('line breaks shared between jobs', () => {
  it('a region that exempts the word gets its own lines, also after another region broke the same paragraph', () => {
    const measurer = fakeMeasurer();
    const hyphenated = lineTexts(measurer, hyphenator([]));
    const exempt = lineTexts(measurer, hyphenator([WORD]));
    expect(hyphenated.join('|')).toContain('kwali-');
    expect(exempt.join('|')).not.toContain('-');
    // and the first region's lines are still its own
    expect(lineTexts(measurer, hyphenator([]))).toEqual(hyphenated);
    expect(lineTexts(measurer, hyphenator(['Oostende']))).toEqual(hyphenated);
  });

  it('a hyphenator without a memo key is never served shared lines', () => {
    const measurer = fakeMeasurer();
    lineTexts(measurer, hyphenator([]));
    expect(lineTexts(measurer, hyphenator([WORD], false)).join('|')).not.toContain('-');
  });
});
