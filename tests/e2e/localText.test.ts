// A region's `local:` text per material → printed in that material only (the poster under its call to action), and a local text too long for its frame is an overflow error at its field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions, type RunBuildResult } from '../../src/commands/runBuild.js';
import { squash } from '../support/structText.js';
import { extractText } from '../support/renderPdf.js';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import { inMemoryBuild } from '../support/inMemoryBuild.js';

const REGION = 'content/regions/oostende.yaml';
const LOCAL: Record<string, string> = {
  poster: 'Woon je in Oostende? Kom ook langs bij de jeugddienst in de Vindictivelaan.',
  flyer: 'Flyertekst voor Oostende.',
  brochure: 'Brochuretekst voor Oostende.',
  leidraad: 'Leidraadtekst voor Oostende.',
};
const options = (root: string): RunBuildOptions => inMemoryBuild(root, { regions: ['oostende'], langs: ['nl'], editions: ['print'] });
const local = (texts: Record<string, string>): string =>
  `local:\n${Object.entries(texts)
    .map(([m, t]) => `  ${m}: "${t}"`)
    .join('\n')}\n`;

let project: TempProject;
let result: RunBuildResult;

beforeAll(async () => {
  project = await tempProject();
  await project.replace(REGION, /\nlocal:\n(?: {2}.*\n)+/, `\n${local(LOCAL)}`);
  result = await runBuild(options(project.root));
}, 300_000);
afterAll(() => project?.dispose());

describe('local text per material', () => {
  it('builds without an error (the translations of the changed Dutch texts are only out of date)', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(withoutOpenContacts(result.diagnostics).map((d) => d.code))).toEqual(new Set(['translation.stale']));
  });

  it.each(Object.keys(LOCAL))('the %s prints its own local text, and no other material’s', async (material) => {
    const file = result.results.flatMap((r) => r.files).find((f) => f.path === `oostende/${material}-oostende-nl-print.pdf`);
    const text = squash((await extractText(file!.bytes)).join(' '));
    for (const [other, words] of Object.entries(LOCAL)) {
      if (other === material) expect(text).toContain(squash(words));
      else expect(text).not.toContain(squash(words));
    }
  });

  it('a poster text too long for the call-to-action frame is an overflow error at local.poster, nothing written', async () => {
    const long = await tempProject();
    try {
      await long.replace(REGION, /\nlocal:\n(?: {2}.*\n)+/, `\n${local({ poster: 'Woon je in Oostende? Kom ook langs bij de jeugddienst. '.repeat(6).trim() })}`);
      const built = await runBuild({ ...options(long.root), materials: ['poster'] });
      const errors = built.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => [d.file, d.line, d.field, d.code, d.values?.frame])).toEqual([[REGION, 39, 'local.poster', 'diag.overflow', 'call']]);
      expect(errors[0]!.message).toMatch(/^text does not fit in frame "call" on page 1 of poster \(oostende\): \d line\(s\), [\d.]+ mm too much$/);
      expect(built.written).toEqual([]);
    } finally {
      await long.dispose();
    }
  });
});
