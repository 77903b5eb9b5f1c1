import { describe, expect, it } from 'vitest';
import { breakParagraph, type BreakOptions } from '../../src/layout/breakParagraph.js';
import type { Line } from '../../src/layout/assembleLines.js';
import { createHyphenator } from '../../src/layout/hyphenator.js';
import { buildItems } from '../../src/layout/textItems.js';
import { greedyFit } from '../../src/layout/greedyFit.js';
import type { TextRun } from '../../src/model/types.js';
import type { Hyphenator } from '../../src/layout/types.js';
import type { TextStyle } from '../../src/vocabulary/theme.js';
import { fakeMeasurer } from '../support/fakeMeasurer.js';

// With the fake measurer at size 10 every character (space and hyphen included) is 5 pt wide.
const style: TextStyle = {
  font: 'regular',
  size: 10,
  leading: 13,
  color: 'ink',
  align: 'left',
  spaceBefore: 0,
  spaceAfter: 0,
  hyphenate: true,
  tracking: 0,
  uppercase: false,
};
const run = (text: string, extra: Partial<TextRun> = {}): TextRun => ({ kind: 'text', text, bold: false, italic: false, ...extra });
const texts = (lines: Line[]): string[] => lines.map((l) => l.fragments.map((f) => f.text).join(''));
const measurer = fakeMeasurer();
const nl = createHyphenator('nl');
const layout = (inlines: TextRun[], opts: Partial<BreakOptions> & { width: number }) => breakParagraph(inlines, { style, measurer, ...opts });
/** A hyphenator that allows a break after every letter but the first and last two. */
const everywhere: Hyphenator = (word) => Array.from({ length: Math.max(0, word.length - 3) }, (_, i) => i + 2);

const DUTCH =
  'Na je opleiding zoek je werk. De VDAB helpt ongekwalificeerde schoolverlaters met levensloopbaanactiviteiten ' + 'en begeleiding door onderwijsprofessionals in heel Vlaanderen, ook in Oostende.';

describe('breakParagraph: which words on which line', () => {
  it('breaks a simple ragged paragraph', () => {
    const { lines } = layout([run('aaa bbb ccc ddd e f')], { width: 40 });
    expect(texts(lines)).toEqual(['aaa bbb', 'ccc ddd', 'e f']);
    expect(lines.map((l) => l.width)).toEqual([35, 35, 15]);
    expect(lines.every((l) => l.wordSpacing === 0 && !l.hyphenated)).toBe(true);
  });

  it('sets a Dutch paragraph ragged with hyphenation', () => {
    const { lines } = layout([run(DUTCH)], { width: 150, hyphenator: nl });
    expect(texts(lines)).toEqual([
      'Na je opleiding zoek je werk.',
      'De VDAB helpt ongekwalifi-',
      'ceerde schoolverlaters met',
      'levensloopbaanactiviteiten en',
      'begeleiding door onderwijspro-',
      'fessionals in heel Vlaanderen,',
      'ook in Oostende.',
    ]);
    expect(lines.map((l) => l.hyphenated)).toEqual([false, true, false, false, true, false, false]);
    expect(lines.every((l) => l.width <= 150)).toBe(true);
  });

  it('does not hyphenate without a hyphenator or when the style says no', () => {
    const none = layout([run(DUTCH)], { width: 150 });
    const off = layout([run(DUTCH)], { width: 150, hyphenator: nl, style: { ...style, hyphenate: false } });
    expect(none.lines.some((l) => l.hyphenated)).toBe(false);
    expect(texts(off.lines)).toEqual(texts(none.lines));
    expect(texts(none.lines)).toEqual([
      'Na je opleiding zoek',
      'je werk. De VDAB helpt',
      'ongekwalificeerde',
      'schoolverlaters met',
      'levensloopbaanactiviteiten',
      'en begeleiding door',
      'onderwijsprofessionals in heel',
      'Vlaanderen, ook in Oostende.',
    ]);
  });

  it('pulls a word down rather than leave a short one alone on the last line', () => {
    // first fit would leave "gg" alone on a fourth line
    const { lines } = layout([run('aaaa bbbb cccc dddd eeee ffff gg')], { width: 50 });
    expect(texts(lines)).toEqual(['aaaa', 'bbbb cccc', 'dddd eeee', 'ffff gg']);
  });

  it('leaves no runt: the last line of a paragraph has two words or more (a no-break space joins two)', () => {
    expect(texts(layout([run('aaa bbb ccc ddd eee')], { width: 40 }).lines)).toEqual(['aaa', 'bbb ccc', 'ddd eee']);
    // `19\u00A0uur.` is two words on the last line
    expect(texts(layout([run('aaa bbb ccc 19\u00A0uur.')], { width: 40 }).lines).pop()).toBe('19\u00A0uur.');
    // the tail of a hyphenated word is a runt too
    expect(texts(layout([run('aaaa bbbbbbbbbbbb cc')], { width: 60, hyphenator: everywhere }).lines)).toEqual(['aaaa bbbbbb-', 'bbbbbb cc']);
  });

  it('breaks after a word\u2019s own hyphen and en dash, without adding a hyphen', () => {
    const { lines } = layout([run('Lees de arbeidsmarkt-informatie van Oostende–Brugge en Ieper')], { width: 120 });
    expect(texts(lines)).toEqual(['Lees de arbeidsmarkt-', 'informatie van Oostende–', 'Brugge en Ieper']);
    expect(lines.map((l) => l.hyphenated)).toEqual([true, false, false]);
  });

  it('honours soft hyphens even without a hyphenator, and removes them from the text', () => {
    const { lines } = layout([run('aaaa loop\u00ADbaan\u00ADbege\u00ADleiding')], { width: 80 });
    expect(texts(lines)).toEqual(['aaaa loopbaan-', 'begeleiding']);
    expect(texts(lines).join('')).not.toContain('\u00AD');
    // at the edges of a word a soft hyphen is no break
    expect(texts(layout([run('aaaa \u00ADbbbb\u00AD cccc')], { width: 20 }).lines)).toEqual(['aaaa', 'bbbb', 'cccc']);
  });

  it('never breaks at a no-break space, nor before a lone dash', () => {
    const { lines } = layout([run('Het kost 12\u00A0% of €\u00A038 – dat is weinig')], { width: 60 });
    for (const text of texts(lines)) {
      expect(text.startsWith('–')).toBe(false);
      expect(text.endsWith('12') || text.endsWith('€')).toBe(false);
    }
    expect(texts(lines).join(' ')).toBe('Het kost 12\u00A0% of €\u00A038 – dat is weinig');
  });

  it('trims leading, trailing and repeated spaces', () => {
    const { lines } = layout([run('  aaa   '), run(' bbb \n ccc  ')], { width: 1000 });
    expect(texts(lines)).toEqual(['aaa bbb ccc']);
    expect(lines[0]!.width).toBe(55);
  });

  it('returns no lines for an empty paragraph', () => {
    expect(layout([run('  '), run('')], { width: 100 }).lines).toEqual([]);
  });

  it('lets a word wider than the column overflow its own line and keeps total fit for the rest', () => {
    const { lines } = layout([run('Surf naar leerlingenbegeleidingsmogelijkheden123 voor meer informatie.')], {
      width: 120,
      hyphenator: everywhere,
    });
    expect(texts(lines)).toEqual(['Surf naar', 'leerlingenbegeleidingsmogelijkheden123', 'voor meer informatie.']);
    expect(lines[1]!.width).toBe(190);
  });

  it('breaks a web address after a slash and before its punctuation, without a hyphen (Chicago), never right after the scheme or www', () => {
    const { lines } = layout([run('Surf naar https://www.onderwijs.vlaanderen.be/nl/leerlingenbegeleiding voor meer informatie.')], {
      width: 120,
      hyphenator: everywhere,
    });
    expect(texts(lines)).toEqual(['Surf naar', 'https://www.onderwijs', '.vlaanderen.be/nl/', 'leerlingenbegeleiding', 'voor meer informatie.']);
    expect(lines.some((l) => l.hyphenated)).toBe(false);
    expect(lines.every((l) => l.width <= 120)).toBe(true);
  });

  it('breaks an e-mail address before @ and dots, and keeps the sentence\u2019s full stop and brackets with the address', () => {
    const { lines } = layout([run('Mail (info@clb-oostende.be).')], { width: 40, hyphenator: everywhere });
    expect(texts(lines)).toEqual(['Mail', '(info', '@clb', '-oostende', '.be).']);
    expect(lines.some((l) => l.hyphenated)).toBe(false);
  });
});

describe('breakParagraph: what is never broken', () => {
  it('keeps a nobreak phone number on one line at every column width', () => {
    const inlines = [run('Bel gratis naar '), run('0800 30 700', { nobreak: true, href: 'tel:080030700' }), run(' of kom langs in het kantoor.')];
    for (let width = 30; width <= 200; width += 5) {
      const { lines } = layout(inlines, { width, hyphenator: everywhere });
      const phone = lines.flatMap((l) => l.fragments).filter((f) => f.href === 'tel:080030700');
      expect(phone.map((f) => f.text.trim())).toEqual(['0800 30 700']);
    }
  });

  it('lets a nobreak run wider than the column overflow the line', () => {
    const { lines } = layout([run('Bel '), run('0800 30 700', { nobreak: true })], { width: 30 });
    expect(texts(lines)).toEqual(['Bel', '0800 30 700']);
    expect(lines[1]!.width).toBe(55);
  });

  it('never hyphenates web and e-mail addresses, phone numbers, acronyms or capitalised words, nor breaks a hyphenated name', () => {
    const text = 'Zie www.onderwijsvlaanderen.be, vdab-oostende.be/opleidingen-zoeken, info@clb-oostende.be, 059-55 12 34, VDAB-CLBch@t, Knokke-Heist, Examencommissie en CLB-medewerkers';
    for (const width of [60, 80, 100, 140]) {
      const { lines } = layout([run(text)], { width, hyphenator: everywhere });
      // addresses break only at their punctuation: joined back, every address is whole
      expect(texts(lines).join('').replace(/ /g, '')).toContain('www.onderwijsvlaanderen.be,vdab-oostende.be/opleidingen-zoeken,info@clb-oostende.be,');
      const words = texts(lines).join(' ').split(' ');
      expect(words).toEqual(expect.arrayContaining(['059-55', 'VDAB-CLBch@t,', 'Knokke-Heist,', 'Examencommissie']));
      expect(lines.filter((l) => l.hyphenated).every((l) => /CLB-$/.test(texts([l])[0]!))).toBe(true);
    }
  });

  it('keeps a hyphenation-free word in a nobreak run whole', () => {
    const { lines } = layout([run('aa '), run('ongekwalificeerd', { nobreak: true }), run(' bb')], { width: 50, hyphenator: nl });
    expect(texts(lines)).toEqual(['aa', 'ongekwalificeerd', 'bb']);
  });
});

describe('greedyFit (the fallback)', () => {
  const items = buildItems([run('aaa bbb ccc verylongtoken ddd')], [{ font: 'regular', nobreak: false }], { style, size: 10, tracking: 0, measurer });
  const fit = { width: 40, firstWidth: 40, justify: false, raggedStretch: 30, loneWordStretch: 10, maxConsecutiveHyphens: 2 };

  it('takes the last break that fits, and lets a too-wide token overflow its own line', () => {
    const breaks = greedyFit(items, fit);
    const lines = breaks.map((b, i) =>
      items
        .slice(i === 0 ? 0 : breaks[i - 1]! + 1, b)
        .map((item) => (item.kind === 'penalty' ? '' : item.text))
        .join(''),
    );
    expect(lines).toEqual(['aaa bbb', 'ccc', 'verylongtoken', 'ddd']);
  });
});

describe('breakParagraph: zero-width spaces', () => {
  it('breaks at a zero-width space, even in an address, without a hyphen', () => {
    const { lines } = layout([run('www.onderwijs\u200Bvlaanderen.be')], { width: 80, hyphenator: everywhere });
    expect(texts(lines)).toEqual(['www.onderwijs', 'vlaanderen.be']);
    expect(lines[0]!.hyphenated).toBe(false);
  });
});

describe('breakParagraph: ragged text hyphenates sparingly', () => {
  it('hyphenates only words of 7+ letters with 3+ letters on each side, and prefers the longer parts', () => {
    expect(texts(layout([run('aa schooluitval bb')], { width: 65, hyphenator: nl }).lines)).toEqual(['aa school-', 'uitval bb']);
    expect(texts(layout([run('aa eerste bb')], { width: 35, hyphenator: nl }).lines).some((l) => l.endsWith('-'))).toBe(false);
    // justified text keeps every pattern point (eer-ste)
    expect(texts(layout([run('aa eerste bb cc dd')], { width: 35, hyphenator: nl, align: 'justify' }).lines)[0]).toBe('aa eer-');
  });
});

describe('breakParagraph: hyphen limit', () => {
  // sixteen words of ten letters ("aaaaaaaaaa bbbbbbbbbb …"), where hyphenating every line is tempting
  const text = Array.from('abcdefghijklmnop', (c) => c.repeat(10)).join(' ');
  const streak = (lines: Line[]): number => {
    let max = 0;
    let n = 0;
    for (const l of lines) max = Math.max(max, (n = l.hyphenated ? n + 1 : 0));
    return max;
  };
  const longest = (maxConsecutiveHyphens: number | undefined, align: TextStyle['align'] = 'justify', width = 92.5) =>
    streak(layout([run(text)], { width, hyphenator: everywhere, align, maxConsecutiveHyphens }).lines);

  it('allows at most two hyphenated lines in a row by default', () => {
    expect(longest(99)).toBe(4);
    expect(longest(undefined)).toBe(2);
    expect(longest(undefined, 'left', 82.5)).toBeLessThanOrEqual(2);
  });

  it('keeps a lower limit, and does not hyphenate at all with 0', () => {
    expect(longest(1)).toBe(1);
    expect(longest(0)).toBe(0);
    expect(longest(0, 'left', 82.5)).toBe(0);
  });

  it('ends a hyphenated line with a real hyphen whose width counts', () => {
    const { lines } = layout([run('aaaa bbbbbbbbbbbb')], { width: 60, hyphenator: everywhere });
    const first = lines[0]!;
    expect(first.hyphenated).toBe(true);
    expect(texts([first])[0]!.endsWith('-')).toBe(true);
    expect(first.width).toBe(texts([first])[0]!.length * 5);
  });
});

describe('breakParagraph: positions', () => {
  it('applies left, right and centre alignment to fragment x', () => {
    const at = (align: TextStyle['align']) => layout([run('aaa bbb ccc ddd e f')], { width: 40, align }).lines.map((l) => l.fragments[0]!.x);
    expect(at('left')).toEqual([0, 0, 0]);
    expect(at('right')).toEqual([5, 5, 25]);
    expect(at('center')).toEqual([2.5, 2.5, 12.5]);
  });

  it('justifies: word spacing spreads the slack, fragment x includes the extra spacing before it', () => {
    const inlines = [run('Het '), run('CLB', { bold: true }), run(' helpt je kiezen voor een opleiding die bij je past.')];
    const { lines } = layout(inlines, { width: 120, hyphenator: nl, align: 'justify' });
    expect(texts(lines)).toEqual(['Het CLB helpt je kiezen', 'voor een opleiding die', 'bij je past.']);
    const [first, second, last] = lines as [Line, Line, Line];
    // "Het CLB helpt je kiezen": 23 characters = 115 pt natural, 4 spaces share 5 pt
    expect(first.width).toBe(115);
    expect(first.wordSpacing).toBeCloseTo(1.25, 9);
    expect(first.fragments.map((f) => [f.text, f.font, f.x, f.width])).toEqual([
      ['Het ', 'regular', 0, 21.25],
      ['CLB ', 'bold', 21.25, 21.25],
      ['helpt je kiezen', 'regular', 42.5, 77.5],
    ]);
    // "voor een opleiding die": 22 characters = 110 pt, 3 spaces share 10 pt
    expect(second.wordSpacing).toBeCloseTo(10 / 3, 9);
    expect(second.fragments[0]!.width).toBeCloseTo(120, 9);
    // the last line is left-aligned and not spread
    expect(last.wordSpacing).toBe(0);
    expect(last.fragments[0]!.x).toBe(0);
  });

  it('indents the first line and gives it less room', () => {
    const { lines } = layout([run('aaa bbb ccc ddd eee')], { width: 40, firstLineIndent: 10 });
    expect(texts(lines)).toEqual(['aaa', 'bbb ccc', 'ddd eee']);
    expect(lines.map((l) => l.fragments[0]!.x)).toEqual([10, 0, 0]);
  });

  it('merges adjacent text of the same font, link and field into one fragment', () => {
    const field = { path: 'contacts.vdab.name', file: 'regions/oostende.yaml', line: 3, column: 9 };
    const inlines = [
      run('De '),
      run('dienst'),
      run(' van '),
      run('VDAB', { field }),
      run(' Oostende', { field: { ...field } }),
      run(' is '),
      run('open', { italic: true }),
      run(' op '),
      run('vdab.be', { href: 'https://www.vdab.be' }),
      run('.'),
    ];
    const { lines } = layout(inlines, { width: 1000 });
    // a space goes with the word before it; the line never starts or ends with one
    expect(lines[0]!.fragments.map((f) => [f.text, f.font, f.x, f.href ?? null, f.field?.path ?? null])).toEqual([
      ['De dienst van ', 'regular', 0, null, null],
      ['VDAB Oostende ', 'regular', 70, null, 'contacts.vdab.name'],
      ['is ', 'regular', 140, null, null],
      ['open ', 'italic', 155, null, null],
      ['op ', 'regular', 180, null, null],
      ['vdab.be', 'regular', 195, 'https://www.vdab.be', null],
      ['.', 'regular', 230, null, null],
    ]);
    expect(lines[0]!.fragments.map((f) => f.width)).toEqual([70, 70, 15, 25, 15, 35, 5]);
    expect(lines[0]!.fragments.map((f) => f.color)).toEqual(Array(7).fill('ink'));
  });
});

describe('breakParagraph: style', () => {
  it('picks the font from the style and the run\u2019s bold and italic', () => {
    const inlines = [run('r '), run('b ', { bold: true }), run('i ', { italic: true }), run('bi', { bold: true, italic: true })];
    const fonts = (font: TextStyle['font']) => layout(inlines, { width: 1000, style: { ...style, font } }).lines[0]!.fragments.map((f) => f.font);
    expect(fonts('regular')).toEqual(['regular', 'bold', 'italic', 'boldItalic']);
    expect(fonts('semibold')).toEqual(['semibold', 'bold', 'boldItalic']); // italic and bold italic merge into one fragment
    expect(fonts('bold')).toEqual(['bold', 'boldItalic']);
    expect(fonts('display')).toEqual(['display']);
  });

  it('scales the size, uppercases and adds tracking to the widths', () => {
    const { lines } = layout([run('kort en goed')], { width: 1000, scale: 0.8, style: { ...style, uppercase: true, tracking: 1 } });
    const f = lines[0]!.fragments[0]!;
    expect(f.text).toBe('KORT EN GOED');
    expect(f.size).toBe(8);
    expect(f.characterSpacing).toBeCloseTo(0.8, 9);
    // 12 characters × (4 pt + 0.8 pt tracking)
    expect(f.width).toBeCloseTo(57.6, 9);
  });
});

describe('breakParagraph: missing glyphs', () => {
  it('reports each missing character once per field, with the font it is set in', () => {
    const a = { path: 'contacts[0].name', file: 'regions/oostende.yaml', line: 4, column: 11 };
    const b = { path: 'contacts[1].name', file: 'regions/oostende.yaml', line: 9, column: 11 };
    const { missing } = breakParagraph([run('Łukasz Wałęsa ', { field: a }), run('en '), run('Łódź', { field: b, bold: true }), run(' ł')], {
      width: 100,
      style,
      measurer: fakeMeasurer({ missing: 'Łłę' }),
    });
    expect(missing).toEqual([
      { char: 'Ł', field: a, font: 'regular' },
      { char: 'ł', field: a, font: 'regular' },
      { char: 'ę', field: a, font: 'regular' },
      { char: 'Ł', field: b, font: 'bold' },
      { char: 'ł', font: 'regular' },
    ]);
  });

  it('reports nothing when the font has every glyph', () => {
    expect(layout([run(DUTCH)], { width: 150 }).missing).toEqual([]);
  });
});

describe('breakParagraph: long paragraphs', () => {
  it('breaks a 2,000-word paragraph (speed is measured by npm run bench, not here)', () => {
    const vocabulary = ['de', 'begeleiding', 'van', 'werkzoekenden', 'in', 'Oostende', 'gebeurt', 'door', 'onderwijsprofessionals', 'en', 'levensloopbaanactiviteiten', 'www.vdab.be'];
    const text = Array.from({ length: 2000 }, (_, i) => vocabulary[(i * 7) % vocabulary.length]).join(' ');
    for (const align of ['left', 'justify'] as const) {
      const { lines } = breakParagraph([run(text)], { width: 250, style, measurer, hyphenator: nl, align });
      expect(lines.length).toBeGreaterThan(300);
    }
  });
});
