// The overset report: `build --report FILE` lists every copy-fit and every overflow across the variants, like InDesign's overset report.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';

const run = promisify(execFile);
const CLI = path.join(REPO, 'dist/cli.js');

function region(name: string, contacts: number, description: string): string {
  const entries = Array.from(
    { length: contacts },
    (_, i) => `  dienst-${i + 1}:\n    name: "Dienst ${i + 1} van ${name}"\n    description: "${description}"\n    website: "www.dienst${i + 1}.example.org"`,
  ).join('\n');
  return `name: "${name}"\nextends: west-vlaanderen\nkind: municipality\ncontacts:\n${entries}\n`;
}

describe('the overset report', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
    await project.write('content/regions/krap.yaml', region('Krap', 4, 'Begeleiding op maat voor jongeren die willen stoppen met school, met een vaste begeleider.'));
    await project.write(
      'content/regions/te-vol.yaml',
      region(
        'Te Vol',
        14,
        'Begeleiding op maat voor jongeren die willen stoppen met school, met een vaste begeleider die samen met jou, je ouders en je school zoekt naar een opleiding of werk dat bij je past.',
      ),
    );
  });
  afterAll(() => project.dispose());

  it('lists the copy-fit of a full frame and the overflow of a frame that cannot fit, and fails the build', async () => {
    const reportFile = path.join(project.root, 'report.txt');
    const result = await run('node', [
      CLI,
      'build',
      '--project',
      project.root,
      '--out',
      path.join(project.root, 'out'),
      '--material',
      'flyer',
      '--lang',
      'nl',
      '--region',
      'krap,te-vol',
      '--jobs',
      '1',
      '--report',
      reportFile,
    ]).catch((e) => e);
    expect(result.code).toBe(1);
    const report = await readFile(reportFile, 'utf8');
    const lines = report.trim().split('\n');
    expect(
      lines.some((l) => /^copy-fit  flyer\/krap\/nl  page 2  frame "contacts"  scaled to (7[5-9]|8\d|9\d) %$/.test(l)),
      report,
    ).toBe(true);
    expect(
      lines.some((l) => /^overset   flyer\/te-vol\/nl(\/print)?  text does not fit in frame "contacts" on page 2 of flyer \(te-vol\): \d+ line\(s\), \d+\.\d mm too much$/.test(l)),
      report,
    ).toBe(true);
    expect(result.stderr).toMatch(/content\/regions\/te-vol\.yaml:\d+:\d+  error  text does not fit in frame "contacts" on page 2 of flyer \(te-vol\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
