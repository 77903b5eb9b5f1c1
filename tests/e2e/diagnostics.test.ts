// Acceptance: bad input end to end through runBuild on copies of the shipped project — each mistake gives exactly its one diagnostic (message, file, line, column, field, hint) and nothing is written; a BOM with CRLF line endings builds like the original.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import type { JobFilter } from '../../src/variant/planJobs.js';
import { hashTree } from '../support/runCli.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const REGION = 'content/regions/oostende.yaml';
const PROVINCE = 'content/regions/west-vlaanderen.yaml';
const POSTER: JobFilter = { materials: ['poster'], regions: ['oostende'] };
const LONG = 'Begeleiding op maat voor jongeren die willen stoppen met school, met een vaste begeleider die samen met jou, je ouders en je school zoekt naar een opleiding of werk dat bij je past. '
  .repeat(12)
  .trim();

async function build(p: TempProject, filter: JobFilter): Promise<RunBuildResult> {
  return runBuild({ root: p.root, outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', ...filter });
}

/** What is in out/ after the build: nothing at all (a lock file the build removed again would not count). */
async function written(p: TempProject): Promise<string[]> {
  const out = path.join(p.root, 'out');
  const exists = await readdir(out).then(
    () => true,
    () => false,
  );
  return exists ? [...(await hashTree(out)).keys()] : [];
}

/** Builds the changed copy and returns its diagnostics, after checking that nothing was written. */
async function diagnosticsOf(edit: (p: TempProject) => Promise<void>, filter: JobFilter = POSTER): Promise<Diagnostic[]> {
  const p = await tempProject();
  try {
    await edit(p);
    const result = await build(p, filter);
    expect(result.written).toEqual([]);
    expect(await written(p)).toEqual([]);
    // the catalogue's id and values say the same as message and hint in other words (tests/messages checks them)
    return withoutOpenContacts(result.diagnostics).map(({ code, values, hintCode, designerHintCode, ...d }) => {
      if (code || designerHintCode) expect(values).toBeDefined();
      return d;
    });
  } finally {
    await p.dispose();
  }
}

/** Adds lines after the YouthStart contact's name in oostende.yaml; returns the 1-based line of the first one. */
async function afterYouthStartName(p: TempProject, lines: string[], replaceName = false): Promise<number> {
  const text = await p.read(REGION);
  const all = text.split('\n');
  const at = all.indexOf('    name: "YouthStart"');
  if (at < 0) throw new Error('fixture: the YouthStart name is not in oostende.yaml');
  all.splice(replaceName ? at : at + 1, replaceName ? 1 : 0, ...lines);
  await p.write(REGION, all.join('\n'));
  return (replaceName ? at : at + 1) + 1;
}

const lineOf = async (p: TempProject, file: string, needle: string): Promise<number> => (await p.read(file)).split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('bad input: exactly one diagnostic each, and nothing written', () => {
  it('a YAML syntax error (an unquoted colon in a text)', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => void (line = await afterYouthStartName(p, ['    hours: Open: ma–vr 9–12 uur'])));
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
        file: REGION,
        line,
        column: 12,
        hint: 'a text with ": " in it needs quotes, e.g. hours: "Open: ma–vr 9–12 uur"; otherwise check that this line is indented like the fields next to it',
      },
    ]);
  });

  it('a wrong type (a list where a text belongs)', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => void (line = await afterYouthStartName(p, ['    name: ["YouthStart"]'], true)));
    expect(ds).toEqual([{ severity: 'error', message: '"contacts.youthstart.name" must be a text, not a list', file: REGION, line, column: 11, field: 'contacts.youthstart.name' }]);
  });

  it('a missing required field (a contact without a name), at the entry that lacks it', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await afterYouthStartName(p, [], true);
      line = await lineOf(p, REGION, '  youthstart:');
    });
    expect(ds).toEqual([
      {
        severity: 'error',
        message: '"contacts.youthstart.name" is required but missing in region "oostende" and the regions it extends',
        file: REGION,
        line,
        column: 3,
        field: 'contacts.youthstart.name',
        hint: 'add name: to this entry',
      },
    ]);
  });

  it('an unknown key, with did-you-mean', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => void (line = await afterYouthStartName(p, ['    webiste: "www.youthstart.be"'])));
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'unknown field "webiste" in a region — did you mean "website"?',
        file: REGION,
        line,
        column: 5,
        field: 'contacts.youthstart.webiste',
        hint: 'allowed here: name, description, phone, email, website, address, hours, kind, verify, sources',
      },
    ]);
  });

  it('a duplicate key: the key and the field it is in, at the second occurrence', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => void (line = await afterYouthStartName(p, ['    name: "Youth Start"'])));
    expect(ds).toEqual([{ severity: 'error', message: 'the key "name" appears twice in "contacts.youthstart"; keep one', file: REGION, line, column: 5, field: 'contacts.youthstart.name' }]);
  });

  it('an unknown `extends`, with did-you-mean and the known regions', async () => {
    const ds = await diagnosticsOf((p) => p.replace(REGION, 'extends: west-vlaanderen', 'extends: west-vlanderen'));
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'region "oostende" extends "west-vlanderen", which does not exist — did you mean "west-vlaanderen"?',
        file: REGION,
        line: 4,
        column: 10,
        field: 'extends',
        hint: 'known regions: oostende, west-vlaanderen',
      },
    ]);
  });

  it('a cyclic `extends`: the cycle, at the `extends` of each region in it', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await p.replace(PROVINCE, 'kind: province\n', 'kind: province\nextends: oostende\n');
      line = await lineOf(p, PROVINCE, 'extends: oostende');
    });
    const hint = 'one region in the cycle must stop extending';
    expect(ds).toEqual([
      { severity: 'error', message: 'regions extend each other in a cycle: oostende → west-vlaanderen → oostende', file: PROVINCE, line, column: 10, field: 'extends', hint },
      { severity: 'error', message: 'regions extend each other in a cycle: west-vlaanderen → oostende → west-vlaanderen', file: REGION, line: 4, column: 10, field: 'extends', hint },
    ]);
  });

  it('a template that names a field the content lacks, at the field in the template', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await p.replace('templates/poster.hbs', '{{content.qr_label}}', '{{content.qr_labl}}');
      line = await lineOf(p, 'templates/poster.hbs', '{{content.qr_labl}}');
    });
    // the column of `content.qr_labl`, just inside the braces
    const column = (await readFile(path.join(REPO, 'templates/poster.hbs'), 'utf8')).split('\n')[line - 1]!.indexOf('{{content.qr_label}}') + 3;
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'the template uses the field "qr_labl", which the content does not have',
        file: 'templates/poster.hbs',
        line,
        column,
        hint: 'add the field to the content, or guard it with {{#if …}} in the template',
        variant: 'poster/oostende/nl',
      },
    ]);
  });

  it('a missing image, at the <image> in the template', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await p.replace('templates/poster.hbs', '    <qr x="223"', '    <image src="images/nope.png" x="22" y="300" width="20" height="20" alt="Nope"/>\n    <qr x="223"');
      line = await lineOf(p, 'templates/poster.hbs', 'images/nope.png');
    });
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'the image "images/nope.png" does not exist',
        file: 'templates/poster.hbs',
        line,
        column: 5,
        hint: 'images must be files inside images/ (png, jpg, tif or svg)',
        variant: 'poster/oostende/nl',
      },
    ]);
  });

  it('a missing font file, at the theme’s font role', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await p.replace('templates/theme.yaml', 'regular: fonts/Inter-Regular.otf', 'regular: fonts/Nope.otf');
      line = await lineOf(p, 'templates/theme.yaml', 'regular: fonts/Nope.otf');
    });
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'the regular font "fonts/Nope.otf" does not exist',
        file: 'templates/theme.yaml',
        line,
        column: 12,
        field: 'fonts.regular',
        hint: 'fonts must be .otf or .ttf files inside fonts/',
      },
    ]);
  });

  const longRegion = (removeClb: boolean) =>
    [
      'name: "Lang Verhaal"',
      'extends: west-vlaanderen',
      'kind: municipality',
      'contacts:',
      ...(removeClb ? ['  clb: null'] : []),
      '  dienst:',
      '    name: "Dienst Lang Verhaal"',
      `    description: "${LONG}"`,
      '',
    ].join('\n');
  const FLYER: JobFilter = { materials: ['flyer'], regions: ['lang-verhaal'], langs: ['nl'] };

  it('a text that overflows its frame: the frame, the page, the variant, how much — at the contact in the region file', async () => {
    const ds = await diagnosticsOf((p) => p.write('content/regions/lang-verhaal.yaml', longRegion(true)), FLYER);
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'text does not fit in frame "contacts" on page 2 of flyer (lang-verhaal): 50 line(s), 149.3 mm too much',
        file: 'content/regions/lang-verhaal.yaml',
        line: 7,
        column: 11,
        field: 'contacts.dienst.name',
        variant: 'flyer/lang-verhaal/nl',
        hint: 'shorten the text, or leave out a contact or a sentence',
        designerHint: 'or lower min-scale (now 0.92) on the frame in templates/flyer.hbs:66',
      },
    ]);
  });

  it('an overflowing card that shares its grid row (with the province’s "Je CLB"): that card, not the first of the row', async () => {
    const ds = await diagnosticsOf((p) => p.write('content/regions/lang-verhaal.yaml', longRegion(false)), FLYER);
    expect(ds).toEqual([
      {
        severity: 'error',
        message: 'text does not fit in frame "contacts" on page 2 of flyer (lang-verhaal): 50 line(s), 149.3 mm too much',
        file: 'content/regions/lang-verhaal.yaml',
        line: 6,
        column: 11,
        field: 'contacts.dienst.name',
        variant: 'flyer/lang-verhaal/nl',
        hint: 'shorten the text, or leave out a contact or a sentence',
        designerHint: 'or lower min-scale (now 0.92) on the frame in templates/flyer.hbs:66',
      },
    ]);
  });
});

describe('valid but unusual files', () => {
  it('a region file with a BOM and CRLF line endings builds normally, to the same bytes as the original', async () => {
    const filter: JobFilter = { materials: ['flyer'], regions: ['oostende'], langs: ['nl'] };
    const clean = await tempProject();
    const odd = await tempProject();
    try {
      await odd.write(REGION, `\uFEFF${(await odd.read(REGION)).replace(/\n/g, '\r\n')}`);
      const a = await build(clean, filter);
      const b = await build(odd, filter);
      expect(withoutOpenContacts(b.diagnostics)).toEqual([]);
      expect(b.written.map((f) => f.path).sort()).toEqual(['oostende/flyer-oostende-nl-print.pdf', 'oostende/flyer-oostende-nl-screen.pdf']);
      expect(b.written.map((f) => f.sha256)).toEqual(a.written.map((f) => f.sha256));
    } finally {
      await clean.dispose();
      await odd.dispose();
    }
  });
});
