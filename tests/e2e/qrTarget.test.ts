// Regions with and without `qr:` → each material's printed QR code encodes the region's address for it (inherited through extends, null back to the default) or else the campaign website; a bad address is an error at its line (issue 22, item 7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { openProject } from '../../src/commands/openProject.js';
import { qrMatrix } from '../../src/layout/qrMatrix.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { paintedQrCodes } from '../support/qrModules.js';
import { readStructure } from '../support/structText.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const CAMPAIGN = 'https://www.samentegenschooluitval-wvl.be';

// example.org is reserved for examples (RFC 2606): no real page is invented
const PROVINCE_QR = 'qr:\n  poster: www.example.org/affiche\n  brochure: www.example.org/provincie\n';
const OOSTENDE_QR = 'qr:\n  flyer: https://www.example.org/jongeren\n  poster: null\n';

/** What each region's QR codes must open: the province sets poster and brochure; Oostende its flyer, takes the poster back to the default and inherits the brochure. */
const EXPECTED: Record<string, Record<string, string>> = {
  'west-vlaanderen': { poster: 'https://www.example.org/affiche', flyer: CAMPAIGN, brochure: 'https://www.example.org/provincie' },
  oostende: { poster: CAMPAIGN, flyer: 'https://www.example.org/jongeren', brochure: 'https://www.example.org/provincie' },
};

let project: TempProject;
let result: RunBuildResult;
const pdf = (p: string): Uint8Array => result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;

beforeAll(async () => {
  project = await tempProject();
  await project.replace('content/regions/west-vlaanderen.yaml', /\ncontacts:\n/, `\n${PROVINCE_QR}\ncontacts:\n`);
  await project.replace('content/regions/oostende.yaml', /\ncontacts:\n/, `\n${OOSTENDE_QR}\ncontacts:\n`);
  result = await runBuild({ root: project.root, ...options, materials: ['poster', 'flyer', 'brochure'], langs: ['nl'] });
}, 300_000);
afterAll(() => project?.dispose());

describe('the QR code’s address per material and region', () => {
  it('builds without a diagnostic', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
  });

  it.each(Object.entries(EXPECTED).flatMap(([region, materials]) => Object.entries(materials).map(([material, url]) => [region, material, url])))(
    '%s %s: the printed code encodes %s',
    async (region, material, url) => {
      const codes = await paintedQrCodes(pdf(`${region}/${material}-${region}-nl-print.pdf`));
      expect(codes).toHaveLength(1);
      expect(codes[0]!.modules).toEqual(qrMatrix(url!));
    },
  );

  it.each(Object.keys(EXPECTED))('%s: the screen edition’s QR figure and its link name the same address', async (region) => {
    for (const [material, url] of Object.entries(EXPECTED[region]!)) {
      const { elements } = await readStructure(pdf(`${region}/${material}-${region}-nl-screen.pdf`));
      expect(elements.filter((e) => e.role === 'Figure' && e.alt?.startsWith('QR code:')).map((e) => e.alt)).toEqual([`QR code: ${url}`]);
    }
  });

  it('the shipped regions, without qr:, print the campaign website', async () => {
    const shipped = await runBuild({ root: REPO, ...options, regions: ['oostende'], materials: ['flyer'], langs: ['nl'], editions: ['print'] });
    const codes = await paintedQrCodes(shipped.results[0]!.files[0]!.bytes);
    expect(codes.map((c) => c.modules)).toEqual([qrMatrix(CAMPAIGN)]);
  });
});

describe('a wrong qr: is an error at its line', () => {
  it.each([
    ['qr:\n  flyer: "de site van de stad"\n', 'qr.flyer', /must be a web address such as www\.vdab\.be/],
    ['qr:\n  flyer: http://www.example.org/jongeren\n', 'qr.flyer', /must be a web address such as www\.vdab\.be/],
    [`qr:\n  flyer: www.example.org/${'a'.repeat(120)}\n`, 'qr.flyer', /is longer than 120 characters: the QR code of a longer address has modules too small to scan on the flyer/],
    ['qr:\n  leidraad: www.example.org/jongeren\n', 'qr.leidraad', /unknown field "leidraad"/],
  ])('%j', async (yaml, field, message) => {
    const bad = await tempProject();
    try {
      await bad.replace('content/regions/oostende.yaml', /\ncontacts:\n/, `\n${yaml}\ncontacts:\n`);
      const { diagnostics } = await openProject(bad.root);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'content/regions/oostende.yaml', field, line: 10 });
      expect(errors[0]!.message).toMatch(message);
    } finally {
      await bad.dispose();
    }
  });
});
