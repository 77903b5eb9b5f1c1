// The layout audit: text that leaves its column, frame or the safe zone is an error with its page, frame and content position, whatever the breaker did (a breaker stubbed to never break is caught).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import { auditLayout } from '../../src/layout/auditLayout.js';
import type { Table, TableCell } from '../../src/model/types.js';
import { ctx, doc, field, flow, frame, p, page, run, at } from './layoutFixtures.js';
import { fakeMeasurer } from '../support/fakeMeasurer.js';

/** Switched on by the last test: the breakers put the whole paragraph on one line. */
const broken = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/layout/knuthPlass.js', async (original) => {
  const real = await original<typeof import('../../src/layout/knuthPlass.js')>();
  return { ...real, totalFit: (...args: Parameters<typeof real.totalFit>) => (broken.on ? [args[0].length] : real.totalFit(...args)) };
});
vi.mock('../../src/layout/greedyFit.js', async (original) => {
  const real = await original<typeof import('../../src/layout/greedyFit.js')>();
  return { ...real, greedyFit: (...args: Parameters<typeof real.greedyFit>) => (broken.on ? [args[0].length] : real.greedyFit(...args)) };
});

const measurer = fakeMeasurer();
const audit = (d: ReturnType<typeof doc>) => auditLayout(layoutDocument(d, ctx({ measurer })).document, { measurer, where: 'flyer (oostende)', variant: 'flyer/oostende/nl', safeZoneMm: 5 });

// 100 pt frame at x 20; with the fake measurer a character at size 10 is 5 pt wide
const fieldPara = (text: string) => p('', { inlines: [run(text, { field: field('contacts.stad.description', 14) })] });

afterEach(() => {
  broken.on = false;
});

describe('auditLayout', () => {
  it('finds nothing in text that the breaker fitted', () => {
    expect(audit(doc([page([frame([fieldPara('Neem contact op met www.stad-voorbeeld.be/jeugd-en-onderwijs/afspraak-maken of bel.')])])]))).toEqual([]);
  });

  it('reports a word wider than its frame at the content field, naming page, frame and how far', () => {
    const findings = audit(doc([page([frame([fieldPara(`Lees ${'x'.repeat(30)} nu`)])])]));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        edge: 'side',
        message: `text runs out of frame "intro" on page 1 of flyer (oostende): "${'x'.repeat(30)}" by ${(50 / (72 / 25.4)).toFixed(1)} mm`,
        file: 'content/nl/flyer.yaml',
        line: 14,
        column: 10,
        field: 'contacts.stad.description',
        variant: 'flyer/oostende/nl',
      }),
    ]);
  });

  it('reports text that leaves its table cell, though it stays inside the frame', () => {
    const cell = (text: string): TableCell => ({ blocks: [p(text)], template: at(13) });
    const table: Table = { kind: 'table', columns: [1, 1], rows: [{ header: false, cells: [cell('abcdefghijklmnopqrstuvwx'), cell('ok')], template: at(12) }], template: at(11) };
    const findings = audit(doc([page([frame([table], { width: 200 })])]));
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^text runs out of its column in frame "intro" on page 1 of flyer \(oostende\): "abcdefghijklmnopqrstuvwx"/)]);
    expect(findings[0]).toMatchObject({ file: 'templates/flyer.hbs', line: 10 });
  });

  it('reports text in the safe zone near the trim', () => {
    const findings = audit(doc([page([frame([p('aaa bbb')], { x: 5, y: 100 })])]));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('text runs out of the safe zone (5 mm inside the trim) on page 1 of flyer (oostende): "aaa bbb" by')]);
  });

  it('catches a deliberately broken breaker that never breaks, in frames and flows', () => {
    broken.on = true;
    const text = 'Alle richtingen vind je op de website van de onderwijskiezer.';
    const findings = audit(doc([page([frame([fieldPara(text)])]), flow([p(text)])]));
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^text runs out of frame "intro" on page 1 of flyer \(oostende\): "Alle richtingen/),
      expect.stringMatching(/^text runs out of frame "main" on page 2 of flyer \(oostende\): "Alle richtingen/),
    ]);
  });
});
