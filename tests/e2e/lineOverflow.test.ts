// Acceptance: long web addresses break at their punctuation and fit; what cannot fit is an error at its content position (never exit 0 with text past the edge); the audit catches the leidraad's addresses when the breaker leaves them whole.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import type { JobFilter } from '../../src/variant/planJobs.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

/** Switched on by the leidraad test: addresses get no break points, as before breaking them was taught. */
const whole = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/layout/wordRules.js', async (original) => {
  const real = await original<typeof import('../../src/layout/wordRules.js')>();
  return {
    ...real,
    wordPoints: (...args: Parameters<typeof real.wordPoints>) => {
      const points = real.wordPoints(...args);
      return whole.on && points.address ? { address: true, points: [] } : points;
    },
  };
});

const REGION = 'content/regions/oostende.yaml';
const ADDRESS = 'www.stad-voorbeeld-gemeente.be/jeugd-en-onderwijs/studiekeuze-en-schoolverlaters/afspraak-maken';
const DESCRIPTION = '    description: "Economisch Huis: 8 volle dagen in groep, op weg naar werk. Voor 16- tot 30-jarigen."';

async function build(p: TempProject, filter: JobFilter, dryRun = false): Promise<RunBuildResult> {
  return runBuild({ root: p.root, outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun, ...filter });
}

/** The 1-based line of `text` in the file. */
const lineOf = (file: string, text: string): number => file.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('line breaking every token', () => {
  it('breaks a 90-character web address in a contact description at its punctuation: the flyer builds with every glyph inside', async () => {
    const p = await tempProject();
    try {
      await p.replace(REGION, DESCRIPTION, `    description: "Maak een afspraak op ${ADDRESS} of bel ons."`);
      const result = await build(p, { materials: ['flyer'], regions: ['oostende'], langs: ['nl'] });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.written.length).toBe(2);
    } finally {
      await p.dispose();
    }
  }, 120_000);

  it('reports a 3 900-character word (the longest a field holds) as an overflow at its field, with material, region, language, page and frame; nothing is written', async () => {
    const p = await tempProject();
    try {
      await p.replace(REGION, DESCRIPTION, `    description: "Lees ${'x'.repeat(3900)} nu."`);
      const line = lineOf(await p.read(REGION), 'x'.repeat(50));
      const result = await build(p, { materials: ['flyer'], regions: ['oostende'], langs: ['nl'] });
      expect(result.written).toEqual([]);
      const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.message.startsWith('text runs out of'));
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatchObject({
        file: REGION,
        line,
        column: 18,
        field: 'contacts.youthstart.description',
        variant: 'flyer/oostende/nl',
        message: expect.stringMatching(/^text runs out of (its column in )?frame "[\w-]+" on page 2 of flyer \(oostende\): "x{57}…" by \d+\.\d mm$/),
      });
      expect(result.diagnostics.some((d) => d.message.startsWith('preflight'))).toBe(false);
    } finally {
      await p.dispose();
    }
  }, 120_000);

  it('the audit catches the leidraad\u2019s two long addresses (page 4 table, page 7 contacts) when the breaker leaves addresses whole', async () => {
    const p = await tempProject();
    whole.on = true;
    // a store of its own: line breaks stored by other tests' builds were made by the real breaker, which this test replaces
    const shared = process.env.DRUKWERK_CACHE_DIR;
    process.env.DRUKWERK_CACHE_DIR = await mkdtemp(path.join(tmpdir(), 'drukwerk-store-whole-'));
    try {
      const result = await build(p, { materials: ['leidraad'], regions: ['west-vlaanderen'] }, true);
      const messages = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^text runs out of (its column in )?frame "main" on page \d+ of leidraad \(west-vlaanderen\): "\(www\.onderwijskiezer\.be\)"/),
          expect.stringMatching(/^text runs out of (its column in )?frame "main" on page \d+ of leidraad \(west-vlaanderen\): "vlaanderen\.be\/examencommissiesecundaironderwijs"/),
        ]),
      );
    } finally {
      whole.on = false;
      await rm(process.env.DRUKWERK_CACHE_DIR!, { recursive: true, force: true });
      if (shared === undefined) delete process.env.DRUKWERK_CACHE_DIR;
      else process.env.DRUKWERK_CACHE_DIR = shared;
      await p.dispose();
    }
  }, 120_000);
});
