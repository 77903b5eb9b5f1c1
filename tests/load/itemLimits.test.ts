// A region with more contacts than any real one (20 000, as a hostile file can hold in under 1 MB) is one positioned error, found before the schema runs (the test's timeout is the guard against a hang).
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { tempProject } from '../support/tempProject.js';

const REGION = 'content/regions/oostende.yaml';

async function withContacts(count: number): Promise<string[]> {
  const p = await tempProject();
  try {
    const contacts = Array.from({ length: count }, (_, i) => `  c${i}: {name: C, phone: x}\n`).join(''); // 0.5 MB
    await p.replace(REGION, /^contacts:\n/m, `contacts:\n${contacts}`);
    const line = (await p.read(REGION)).split('\n').indexOf('contacts:') + 1;
    const result = await runBuild({
      root: p.root,
      outDir: 'out',
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      profile: 'icc/FOGRA39-drukwerk.icc',
      dryRun: true,
      materials: ['poster'],
      regions: ['oostende'],
      langs: ['nl'],
    });
    return result.diagnostics
      .filter((d) => d.field === 'contacts')
      .map((d) => formatDiagnostic(d))
      .map((l) => l.replace(`:${line}:`, ':{contacts}:'));
  } finally {
    await p.dispose();
  }
}

describe('contacts per region', () => {
  it('20 000 contacts: one error at "contacts:", not one per contact', async () => {
    expect(await withContacts(20_000)).toEqual([
      'content/regions/oostende.yaml:{contacts}:1  error  the region lists 20006 contacts; at most 200 are allowed\n    field: contacts\n    hint: a printed material has room for a few contacts: keep the ones a reader needs, or split the region',
    ]);
  });
});
