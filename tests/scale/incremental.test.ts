// Which changes rebuild what: the input hash of each output, computed from the project files alone (no layout).
import { describe, expect, it } from 'vitest';
import { parseProject, type Project } from '../../src/load/parseProject.js';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';
import { createInputHasher } from '../../src/incremental/inputHash.js';
import { planJobs, type Job } from '../../src/variant/planJobs.js';
import { REPO } from '../support/tempProject.js';

const OPTIONS = { cropMarks: true, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc' };

const base = await readProjectFiles(REPO);
/** The shipped project plus a region extending oostende and one extending the province. */
const EXTRA = {
  'content/regions/oostende-centrum.yaml': 'name: "Oostende-Centrum"\nextends: oostende\nkind: municipality\n',
  'content/regions/brugge.yaml': 'name: "Brugge"\nextends: west-vlaanderen\nkind: municipality\n',
};

function project(change: (texts: Map<string, string>, binaries: Map<string, Buffer>) => void = () => undefined): Project {
  const texts = new Map(base.files.texts);
  for (const [k, v] of Object.entries(EXTRA)) texts.set(k, v);
  const binaries = new Map(base.files.binaries);
  change(texts, binaries);
  const { project: p, diagnostics } = parseProject({ root: REPO, texts, binaries });
  if (!p) throw new Error(diagnostics.map((d) => `${d.file} ${d.message}`).join('\n'));
  return p;
}

/** Ids of the jobs (any edition) whose input hash differs between the two projects. */
function rebuilt(before: Project, after: Project, options = OPTIONS, optionsAfter = options): string[] {
  const a = createInputHasher(before, options, 'tool-1');
  const b = createInputHasher(after, optionsAfter, 'tool-1');
  // jobs new in `after` (a region just added) have no output yet: they are built anyway
  const existing = new Set(planJobs(before).map((j) => j.id));
  const jobs: Job[] = planJobs(after).filter((j) => existing.has(j.id));
  return jobs
    .filter((j) => j.editions.some((e) => a.hash(j, e) !== b.hash(j, e)))
    .map((j) => j.id)
    .sort();
}

const append =
  (rel: string, text = '\n# changed\n') =>
  (texts: Map<string, string>) => {
    if (!texts.has(rel)) throw new Error(`fixture: no ${rel}`);
    texts.set(rel, texts.get(rel)! + text);
  };

const original = project();
const all = planJobs(original)
  .map((j) => j.id)
  .sort();
const ofRegions = (...ids: string[]) => all.filter((id) => ids.includes(id.split('/')[1]));
const ofMaterial = (m: string, lang = 'nl') => all.filter((id) => id.startsWith(`${m}/`) && id.endsWith(`/${lang}`));

describe('the input hash', () => {
  it('is the same for the same inputs, and differs per edition', () => {
    const a = createInputHasher(original, OPTIONS, 'tool-1');
    const b = createInputHasher(project(), OPTIONS, 'tool-1');
    const job = planJobs(original)[0];
    expect(a.hash(job, 'print')).toBe(b.hash(job, 'print'));
    expect(a.hash(job, 'print')).not.toBe(a.hash(job, 'screen'));
    expect(rebuilt(original, project())).toEqual([]);
  });

  it('a region’s translation rebuilds that region and the regions extending it in that language, nothing else', () => {
    const inFrench = (...ids: string[]) => ofRegions(...ids).filter((id) => id.endsWith('/fr'));
    expect(rebuilt(original, project(append('content/fr/regions/oostende.yaml')))).toEqual(inFrench('oostende', 'oostende-centrum'));
    expect(rebuilt(original, project(append('content/fr/regions/west-vlaanderen.yaml')))).toEqual(inFrench('brugge', 'oostende', 'oostende-centrum', 'west-vlaanderen'));
  });

  it('a region file rebuilds that region and the regions extending it, nothing else', () => {
    expect(rebuilt(original, project(append('content/regions/oostende.yaml')))).toEqual(ofRegions('oostende', 'oostende-centrum'));
    expect(rebuilt(original, project(append('content/regions/brugge.yaml')))).toEqual(ofRegions('brugge'));
  });

  it('the province file rebuilds every region extending it', () => {
    expect(rebuilt(original, project(append('content/regions/west-vlaanderen.yaml')))).toEqual(all);
  });

  it('a material content file rebuilds that material in every region (of its language)', () => {
    expect(rebuilt(original, project(append('content/nl/flyer.yaml')))).toEqual(ofMaterial('flyer'));
    expect(ofMaterial('flyer').length).toBe(4);
  });

  it('shared content, templates, partials, theme, fonts, images and the profile rebuild everything of their scope', () => {
    expect(rebuilt(original, project(append('content/nl/shared.yaml')))).toEqual(all.filter((id) => id.endsWith('/nl')));
    expect(rebuilt(original, project(append('templates/flyer.hbs', '{{!-- changed --}}')))).toEqual(all);
    expect(rebuilt(original, project(append('templates/partials/contact-card.hbs', '{{!-- changed --}}')))).toEqual(all);
    expect(rebuilt(original, project(append('templates/theme.yaml')))).toEqual(all);
    const font = [...base.files.binaries.keys()].find((k) => k.startsWith('fonts/'))!;
    expect(
      rebuilt(
        original,
        project((_, bin) => bin.set(font, Buffer.concat([bin.get(font)!, Buffer.from([0])]))),
      ),
    ).toEqual(all);
    expect(
      rebuilt(
        original,
        project((_, bin) => bin.set('images/new-logo.png', Buffer.from('png'))),
      ),
    ).toEqual(all);
    expect(
      rebuilt(
        original,
        project((_, bin) => bin.set('icc/FOGRA39-drukwerk.icc', Buffer.concat([bin.get('icc/FOGRA39-drukwerk.icc')!, Buffer.from([0])]))),
      ),
    ).toEqual(all);
  });

  it('the fallback Arabic font rebuilds the Arabic jobs when the theme does not name it', () => {
    const unnamed = (texts: Map<string, string>) => {
      const theme = texts.get('templates/theme.yaml')!.replace(/^ {2}arabic(Bold)?:.*\n/gm, '');
      if (/^ {2}arabic/m.test(theme)) throw new Error('fixture: the theme still names an Arabic font');
      texts.set('templates/theme.yaml', theme);
    };
    const before = project(unnamed);
    expect(before.theme.fonts.arabic).toBeUndefined();
    const font = 'fonts/NotoSansArabic-Regular.ttf';
    const after = project((texts, bin) => {
      unnamed(texts);
      bin.set(font, Buffer.concat([bin.get(font)!, Buffer.from([0])]));
    });
    const arabic = all.filter((id) => id.endsWith('/ar'));
    expect(arabic.length).toBeGreaterThan(0);
    expect(rebuilt(before, after)).toEqual(expect.arrayContaining(arabic));
  });

  it('the build options that change bytes and the tool version rebuild everything', () => {
    expect(rebuilt(original, original, OPTIONS, { ...OPTIONS, cropMarks: false })).toEqual(all);
    expect(rebuilt(original, original, OPTIONS, { ...OPTIONS, creationDate: new Date('2027-01-01T00:00:00Z') })).toEqual(all);
    const a = createInputHasher(original, OPTIONS, 'tool-1');
    const b = createInputHasher(original, OPTIONS, 'tool-2');
    expect(planJobs(original).every((j) => a.hash(j, 'print') !== b.hash(j, 'print'))).toBe(true);
  });

  it('an unrelated file rebuilds nothing', () => {
    expect(
      rebuilt(
        original,
        project((texts) => texts.set('content/regions/kortrijk.yaml', 'name: "Kortrijk"\nextends: west-vlaanderen\nkind: municipality\n')),
      ),
    ).toEqual([]);
    expect(
      rebuilt(
        original,
        project((texts) => texts.set('notes/todo.txt', 'nothing')),
      ),
    ).toEqual([]);
  });
});
