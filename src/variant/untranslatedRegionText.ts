// The project + the jobs of a build → one error per Dutch region text that a translated job would print and its language lacks, at the Dutch text, naming the languages, materials and regions it stops.
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../load/parseProject.js';
import { say } from '../messages/say.js';
import type { Pos } from '../vocabulary/position.js';
import type { Job } from './planJobs.js';
import { regionTextFile } from '../load/regionTexts.js';
import { translateRegion } from './translateRegion.js';

const LANGUAGE_NAMES: Record<string, { en: string; nl: string }> = {
  fr: { en: 'French', nl: 'Frans' },
  en: { en: 'English', nl: 'Engels' },
  ar: { en: 'Arabic', nl: 'Arabisch' },
};

/** "French (fr), English (en) and Arabic (ar)"; "Frans (fr), Engels (en) en Arabisch (ar)". */
function series(items: readonly string[], and: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
const languages = (langs: readonly string[], form: 'en' | 'nl'): string =>
  series(
    langs.map((l) => (LANGUAGE_NAMES[l] ? `${LANGUAGE_NAMES[l][form]} (${l})` : l)),
    form === 'en' ? 'and' : 'en',
  );

interface Gap {
  field: string;
  dutch: Pos;
  origin: string;
  langs: Set<string>;
  materials: Set<string>;
  regions: Set<string>;
}

/** Empty when every translated job finds all its region text in its language. */
export function untranslatedRegionText(project: Project, jobs: readonly Job[]): Diagnostic[] {
  const gaps = new Map<string, Gap>();
  for (const job of jobs) {
    const region = project.regions.get(job.region);
    if (!region) continue;
    for (const { field, dutch, origin } of translateRegion(region, job.lang, job.material, project.regionTexts.get(job.lang)).gaps) {
      const key = `${dutch.file}:${dutch.line}:${dutch.column}|${field}`;
      const gap = gaps.get(key) ?? { field, dutch, origin, langs: new Set(), materials: new Set(), regions: new Set() };
      gap.langs.add(job.lang);
      gap.materials.add(job.material);
      gap.regions.add(job.region);
      gaps.set(key, gap);
    }
  }
  return [...gaps.values()].map((g) => {
    const langs = [...g.langs].sort();
    const materials = [...g.materials];
    const files = langs.map((l) => regionTextFile(l, g.origin));
    const values = {
      field: g.field,
      langs: languages(langs, 'en'),
      langsNl: languages(langs, 'nl'),
      materials: series(materials, 'and'),
      materialsNl: series(
        materials.map((m) => `de ${m}`),
        'en',
      ),
      regions: series(
        [...g.regions].sort().map((r) => `"${r}"`),
        'and',
      ),
      regionsNl: series(
        [...g.regions].sort().map((r) => `"${r}"`),
        'en',
      ),
      count: materials.length * g.regions.size,
      langCount: langs.length,
      files: series(files, 'and'),
      filesNl: series(files, 'en'),
      codes: langs.join(', '),
      origin: g.origin,
    };
    return {
      severity: 'error',
      message: say('diag.regionTextMissing', values, 'en'),
      code: 'diag.regionTextMissing',
      values,
      ...g.dutch,
      field: g.field,
      hint: say('hint.regionTextMissing', values, 'en'),
      hintCode: 'hint.regionTextMissing',
    } satisfies Diagnostic;
  });
}
