// Acceptance: the output intent follows the chosen profile (theme print.profile, --profile overriding it, FOGRA39 by default) and its description icc/<name>.yaml; a profile without description, an RGB or broken profile, or a bad choice is an exact error and no PDF — never a print PDF without output intent.
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { loadProject, runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { outputProfileProblem, resolveOutputIntent } from '../../src/load/readOutputIntent.js';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { decodeStream } from '../support/pdfContent.js';
import { cli, hasCli } from '../support/runCli.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { fakeIccProfile } from '../preflight/fixtures.js';
import { withoutOpenContacts, withoutOpenContactsText } from '../support/openContacts.js';
import { withoutCodes } from '../support/withoutCodes.js';

const THEME = 'templates/theme.yaml';
const FOGRA39 = 'icc/FOGRA39-drukwerk.icc';
const FOGRA29 = 'icc/FOGRA29-drukwerk.icc';
const PRINT_PDF = 'oostende/poster-oostende-nl-print.pdf';
/** A real RGB (display) profile: pdfkit's sRGB, a dependency of the project. */
const SRGB = path.join(REPO, 'node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc');

const FOGRA39_INTENT = {
  identifier: 'FOGRA39',
  condition: 'Offset printing, according to ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = coated art, 115 g/m2, screen ruling 60/cm',
  registryName: 'http://www.color.org',
  info: 'Coated FOGRA39 (ISO 12647-2:2004)',
};
const FOGRA29_INTENT = {
  identifier: 'FOGRA29',
  condition: 'Offset printing, according to ISO/DIS 12647-2:2004, OFCOM, paper type 4 = uncoated white, 120 g/m2, screen ruling 60/cm',
  registryName: 'http://www.color.org',
  info: 'Uncoated FOGRA29 (ISO 12647-2:2004)',
};
const HOW = 'choose one with --profile or print.profile in templates/theme.yaml (see icc/README.md)';
const BAD_PROFILE_HINT = `the print edition's output intent needs a CMYK output profile made for the paper; ${HOW}`;

/** The poster of one region, print edition only: one job. */
function build(p: TempProject, profile: string | undefined, editions: ('print' | 'screen')[] = ['print']): Promise<RunBuildResult> {
  return runBuild({
    root: p.root,
    outDir: 'out',
    cropMarks: true,
    final: false,
    creationDate: new Date('2026-01-01T00:00:00Z'),
    profile: profile as string,
    materials: ['poster'],
    regions: ['oostende'],
    editions,
    dryRun: true,
  });
}

const setThemeProfile = (p: TempProject, profile: string) => p.replace(THEME, /^ {2}profile: icc\/FOGRA39-drukwerk\.icc$/m, `  profile: ${profile}`);
const lineOf = async (p: TempProject, file: string, needle: string): Promise<number> => (await p.read(file)).split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The print PDF's one OutputIntent: its strings, and the embedded profile's bytes and /N. */
async function outputIntentOf(bytes: Uint8Array): Promise<{ s: string; identifier?: string; condition?: string; registryName?: string; info?: string; n: number; icc: Buffer }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const text = (o: PDFObject | undefined) => {
    const v = deref(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
  };
  const intents = deref(doc.catalog.get(PDFName.of('OutputIntents'))) as PDFArray;
  expect(intents).toBeInstanceOf(PDFArray);
  expect(intents.size()).toBe(1);
  const intent = deref(intents.get(0)) as PDFDict;
  const profile = deref(intent.get(PDFName.of('DestOutputProfile'))) as PDFStream;
  return {
    s: String(intent.get(PDFName.of('S'))),
    identifier: text(intent.get(PDFName.of('OutputConditionIdentifier'))),
    condition: text(intent.get(PDFName.of('OutputCondition'))),
    registryName: text(intent.get(PDFName.of('RegistryName'))),
    info: text(intent.get(PDFName.of('Info'))),
    n: (deref(profile.dict.get(PDFName.of('N'))) as PDFNumber).asNumber(),
    icc: decodeStream(profile),
  };
}

async function withProject<T>(edit: (p: TempProject) => Promise<void>, run: (p: TempProject) => Promise<T>): Promise<T> {
  const p = await tempProject();
  try {
    await edit(p);
    return await run(p);
  } finally {
    await p.dispose();
  }
}

/** The diagnostics of a one-job build of the changed copy; it must have built no file. */
async function diagnosticsOf(edit: (p: TempProject) => Promise<void>, profile?: string): Promise<Diagnostic[]> {
  return withProject(edit, async (p) => {
    const result = await build(p, profile);
    expect(result.results.flatMap((r) => r.files)).toEqual([]);
    return withoutOpenContacts(result.diagnostics);
  });
}

describe('the profile descriptions (icc/<name>.yaml)', () => {
  it('the shipped project: FOGRA39 by default (the theme names it), FOGRA29 when chosen, both described', async () => {
    const { project, diagnostics } = await loadProject(REPO);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const byDefault = resolveOutputIntent(project!, undefined);
    expect(byDefault).toMatchObject({ profile: FOGRA39, intent: FOGRA39_INTENT, diagnostics: [] });
    expect(byDefault.icc!.equals(await readFile(path.join(REPO, FOGRA39)))).toBe(true);
    const chosen = resolveOutputIntent(project!, FOGRA29);
    expect(chosen).toMatchObject({ profile: FOGRA29, intent: FOGRA29_INTENT, diagnostics: [] });
    expect(chosen.icc!.equals(await readFile(path.join(REPO, FOGRA29)))).toBe(true);
  });

  it('both shipped profiles are CMYK output profiles, and the header check names what is wrong', async () => {
    for (const rel of [FOGRA39, FOGRA29]) expect(outputProfileProblem(await readFile(path.join(REPO, rel))), rel).toBeUndefined();
    expect(outputProfileProblem(await readFile(SRGB))?.message).toBe('the ICC profile is for RGB data, not CMYK; the print edition needs a CMYK output profile');
    expect(outputProfileProblem(fakeIccProfile('GRAY', 'prtr'))?.message).toBe('the ICC profile is for grey data, not CMYK; the print edition needs a CMYK output profile');
    expect(outputProfileProblem(fakeIccProfile('CMYK', 'spac'))?.message).toBe(
      'the ICC profile is a colour space profile, not an output ("prtr") profile; a PDF/X output intent needs an output profile',
    );
    expect(outputProfileProblem(fakeIccProfile('CMYK', 'abst'))?.message).toBe('the ICC profile is an abstract profile, not an output ("prtr") profile; a PDF/X output intent needs an output profile');
    expect(outputProfileProblem(new Uint8Array(200))?.message).toBe('the file is not an ICC profile (its header has no "acsp" signature)');
    const truncated = (await readFile(path.join(REPO, FOGRA29))).subarray(0, 1000);
    expect(outputProfileProblem(truncated)?.message).toBe('the ICC profile is damaged: its header gives 173924 bytes, the file has 1000');
  });
});

describe('a print PDF for the chosen profile', () => {
  it('theme print.profile: FOGRA29 → the OutputIntent names FOGRA29 and embeds the FOGRA29 profile; preflight agrees', async () => {
    await withProject(
      (p) => setThemeProfile(p, FOGRA29),
      async (p) => {
        const result = await build(p, undefined);
        expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
        const pdf = result.results[0]!.files.find((f) => f.path === PRINT_PDF)!.bytes;
        const intent = await outputIntentOf(pdf);
        expect(intent).toMatchObject({ s: '/GTS_PDFX', n: 4, ...FOGRA29_INTENT });
        expect(intent.icc.equals(await readFile(path.join(REPO, FOGRA29)))).toBe(true);
        expect(await preflightPdf(pdf, { edition: 'print' })).toEqual([]);
      },
    );
  });

  it('no print section in the theme → FOGRA39', async () => {
    await withProject(
      (p) => p.replace(THEME, /\nprint:\n(?: {2}.*\n?)*/, '\n'),
      async (p) => {
        expect(await p.read(THEME)).not.toContain('print:');
        const result = await build(p, undefined);
        expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
        const intent = await outputIntentOf(result.results[0]!.files.find((f) => f.path === PRINT_PDF)!.bytes);
        expect(intent).toMatchObject({ n: 4, ...FOGRA39_INTENT });
        expect(intent.icc.equals(await readFile(path.join(REPO, FOGRA39)))).toBe(true);
      },
    );
  });

  it('a profile of your own, described in its icc/<name>.yaml, gives that output intent', async () => {
    const own = { identifier: 'Custom', condition: 'Our press, uncoated 90 g/m2', registryName: 'https://example.org/conditions', info: 'Drukkerij Voorbeeld, uncoated' };
    await withProject(
      async (p) => {
        await copyFile(path.join(REPO, FOGRA29), path.join(p.root, 'icc/Voorbeeld.icc'));
        await p.write(
          'icc/Voorbeeld.yml',
          Object.entries(own)
            .map(([k, v]) => `${k}: "${v}"`)
            .join('\n'),
        );
        await setThemeProfile(p, 'icc/Voorbeeld.icc');
      },
      async (p) => {
        const result = await build(p, undefined);
        expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
        expect(await outputIntentOf(result.results[0]!.files.find((f) => f.path === PRINT_PDF)!.bytes)).toMatchObject(own);
      },
    );
  });
});

describe('a profile that cannot be the output intent: one exact error, no PDF', () => {
  it('a profile without a description', async () => {
    const ds = await diagnosticsOf((p) => copyFile(path.join(REPO, FOGRA29), path.join(p.root, 'icc/Uncoated.icc')), 'icc/Uncoated.icc');
    expect(withoutCodes(ds)).toEqual([
      {
        severity: 'error',
        message: 'the ICC profile has no output intent description: add icc/Uncoated.yaml next to it',
        file: 'icc/Uncoated.icc',
        hint: "icc/Uncoated.yaml names the printing condition for the print PDF's OutputIntent, in the fields identifier, condition, registryName and info (see icc/FOGRA39-drukwerk.yaml and icc/README.md)",
      },
    ]);
  });

  it('the screen edition alone does not need the description (only the profile, for its colours)', async () => {
    await withProject(
      (p) => copyFile(path.join(REPO, FOGRA29), path.join(p.root, 'icc/Uncoated.icc')),
      async (p) => {
        const result = await build(p, 'icc/Uncoated.icc', ['screen']);
        expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
        expect(result.results[0]!.files.map((f) => f.path)).toEqual(['oostende/poster-oostende-nl-screen.pdf']);
      },
    );
  });

  it('an RGB profile (with a description), chosen in the theme', async () => {
    const ds = await diagnosticsOf(async (p) => {
      await copyFile(SRGB, path.join(p.root, 'icc/sRGB.icc'));
      await p.write('icc/sRGB.yaml', 'identifier: sRGB\ncondition: sRGB IEC61966-2.1\nregistryName: http://www.color.org\ninfo: sRGB\n');
      await setThemeProfile(p, 'icc/sRGB.icc');
    });
    expect(withoutCodes(ds)).toEqual([
      { severity: 'error', message: 'the ICC profile is for RGB data, not CMYK; the print edition needs a CMYK output profile', file: 'icc/sRGB.icc', hint: BAD_PROFILE_HINT },
    ]);
  });

  it('a file that is not an ICC profile', async () => {
    const ds = await diagnosticsOf((p) => p.write('icc/Broken.icc', new Uint8Array(300)), 'icc/Broken.icc');
    expect(withoutCodes(ds)).toEqual([{ severity: 'error', message: 'the file is not an ICC profile (its header has no "acsp" signature)', file: 'icc/Broken.icc', hint: BAD_PROFILE_HINT }]);
  });

  it('a profile the theme names that does not exist: at its line and column in the theme', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await setThemeProfile(p, 'icc/Nope.icc');
      line = await lineOf(p, THEME, 'profile: icc/Nope.icc');
    });
    expect(withoutCodes(ds)).toEqual([
      {
        severity: 'error',
        message: 'the output profile "icc/Nope.icc" does not exist',
        file: THEME,
        line,
        column: 12,
        field: 'print.profile',
        hint: `the profiles in icc/: icc/FOGRA29-drukwerk.icc, icc/FOGRA39-drukwerk.icc; ${HOW}`,
      },
    ]);
  });

  it('--profile naming a file that does not exist, or one outside icc/', async () => {
    expect(withoutCodes(await diagnosticsOf(async () => {}, 'icc/Nope.icc'))).toEqual([
      {
        severity: 'error',
        message: 'the output profile "icc/Nope.icc" does not exist',
        file: 'icc/Nope.icc',
        hint: `the profiles in icc/: icc/FOGRA29-drukwerk.icc, icc/FOGRA39-drukwerk.icc; ${HOW}`,
      },
    ]);
    expect(withoutCodes(await diagnosticsOf(async () => {}, '/usr/share/color/icc/sRGB.icc'))).toEqual([
      {
        severity: 'error',
        message: '--profile "/usr/share/color/icc/sRGB.icc" must be a path inside the project, not an absolute path, such as icc/FOGRA39-drukwerk.icc',
        hint: 'the profiles in icc/: icc/FOGRA29-drukwerk.icc, icc/FOGRA39-drukwerk.icc',
      },
    ]);
  });

  it('a theme print.profile outside icc/ is a theme error', async () => {
    let line = 0;
    const ds = await diagnosticsOf(async (p) => {
      await setThemeProfile(p, 'fonts/Inter-Regular.otf');
      line = await lineOf(p, THEME, 'profile: fonts/Inter-Regular.otf');
    });
    expect(withoutCodes(ds)).toEqual([
      { severity: 'error', message: '"print.profile" must be a path inside icc/, such as icc/FOGRA39-drukwerk.icc', file: THEME, line, column: 12, field: 'print.profile' },
    ]);
  });

  it('a description with a misspelt and a missing field: at their line and column', async () => {
    const ds = await diagnosticsOf((p) => p.replace('icc/FOGRA29-drukwerk.yaml', /^identifier: FOGRA29$/m, 'identifer: FOGRA29'), FOGRA29);
    const line = (await readFile(path.join(REPO, 'icc/FOGRA29-drukwerk.yaml'), 'utf8')).split('\n').findIndex((l) => l.startsWith('identifier:')) + 1;
    expect(ds).toMatchObject([
      { severity: 'error', message: '"identifier" is required but missing', file: 'icc/FOGRA29-drukwerk.yaml', line: 1, column: 1, field: 'identifier' },
      {
        severity: 'error',
        message: 'unknown field "identifer" in the output intent description — did you mean "identifier"?',
        file: 'icc/FOGRA29-drukwerk.yaml',
        line,
        column: 1,
        field: 'identifer',
        hint: 'allowed here: identifier, condition, registryName, info',
        code: 'diag.unknownField',
        hintCode: 'hint.allowedFields',
        values: { fields: 'identifier, condition, registryName, info', key: 'identifer', suggestion: 'identifier', what: 'the output intent description' },
      },
    ]);
  });
});

describe.skipIf(!hasCli)('the command line (dist/cli.js)', () => {
  const POSTER = ['--material', 'poster', '--region', 'oostende', '--edition', 'print', '--jobs', '1', '--out', 'out'];

  it('build --profile icc/FOGRA29-drukwerk.icc overrides the theme (FOGRA39)', async () => {
    await withProject(
      async () => {},
      async (p) => {
        const { code, stderr } = await cli(['build', '--project', p.root, ...POSTER, '--profile', FOGRA29]);
        expect(withoutOpenContactsText(stderr)).not.toMatch(/ {2}(error|warning) {2}/);
        expect(withoutOpenContactsText(stderr)).toContain('0 error(s), 0 warning(s)');
        expect(code).toBe(0);
        const intent = await outputIntentOf(await readFile(path.join(p.root, 'out', PRINT_PDF)));
        expect(intent).toMatchObject({ n: 4, ...FOGRA29_INTENT });
        expect(intent.icc.equals(await readFile(path.join(REPO, FOGRA29)))).toBe(true);
      },
    );
  });

  it('build without --profile takes the theme’s print.profile (FOGRA29)', async () => {
    await withProject(
      (p) => setThemeProfile(p, FOGRA29),
      async (p) => {
        const { code } = await cli(['build', '--project', p.root, ...POSTER]);
        expect(code).toBe(0);
        expect(await outputIntentOf(await readFile(path.join(p.root, 'out', PRINT_PDF)))).toMatchObject(FOGRA29_INTENT);
      },
    );
  });

  it('build --profile with a profile without description: the error once (for both regions), exit 1, nothing written', async () => {
    await withProject(
      (p) => copyFile(path.join(REPO, FOGRA29), path.join(p.root, 'icc/Uncoated.icc')),
      async (p) => {
        const { code, stdout, stderr } = await cli(['build', '--project', p.root, '--material', 'poster', '--edition', 'print', '--jobs', '1', '--out', 'out', '--profile', 'icc/Uncoated.icc']);
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(withoutOpenContactsText(stderr)).toBe(
          [
            'icc/Uncoated.icc  error  the ICC profile has no output intent description: add icc/Uncoated.yaml next to it',
            "    hint: icc/Uncoated.yaml names the printing condition for the print PDF's OutputIntent, in the fields identifier, condition, registryName and info (see icc/FOGRA39-drukwerk.yaml and icc/README.md)",
            '',
            '1 error(s), 0 warning(s)',
            'nothing was written: fix the errors above; the PDFs in out/ are unchanged',
            '',
          ].join('\n'),
        );
        await expect(readFile(path.join(p.root, 'out', PRINT_PDF))).rejects.toThrow();
      },
    );
  });
});
