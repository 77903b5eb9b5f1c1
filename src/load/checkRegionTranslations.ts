// Dutch region files + their translations (content/<lang>/regions/<id>.yaml) → warnings for texts translated from an older Dutch text or that nothing prints, errors for a translation of no region; and the hashes translation-done records.
import type { Diagnostic } from '../diagnostics.js';
import { didYouMean } from './didYouMean.js';
import type { YamlFile } from './readYaml.js';
import { at, textHash, where } from './checkTranslations.js';
import { regionTextFields, regionTextFile, type RegionTexts } from './regionTexts.js';
import type { RegionFile } from './resolveRegions.js';

const MESSAGES = {
  noRegion: (id: string) => `there is no region "${id}" (content/regions/${id}.yaml) for this text to translate`,
  noRegionHint: (known: string, guess?: string) => `${guess ? `did you mean "${guess}"? ` : ''}a region's translation is named after its Dutch file; the regions are: ${known}`,
  notRecorded: (file: string) => `${file} is not recorded as translated from a Dutch revision, so changes to the Dutch text cannot be tracked`,
  notRecordedHint: (done: string) => `when the translation is complete, run ${done}`,
  stale: (path: string, dutch: string, done: string) => `"${path}" is translated from an older Dutch text (${dutch} changed); update the translation, then run ${done}`,
  unused: (path: string, dutchFile: string) => `"${path}" is not in the Dutch region file ${dutchFile}, so this translation is never printed`,
  unusedInherited: (ancestorFile: string, translation: string) => `it is written in ${ancestorFile}: translate it in ${translation}, or remove it here`,
  unusedHint: (dutchFile: string) => `remove it, or give it the contact id and field that ${dutchFile} writes`,
};

/** The hashes of the Dutch texts a region translation translates: what its `translates:` block records. */
export function regionTextHashes(dutch: YamlFile, translation: unknown): Record<string, string> {
  const source = regionTextFields(dutch.data, { names: true });
  const out: Record<string, string> = {};
  for (const path of regionTextFields(translation, { names: true }).keys()) {
    const text = source.get(path);
    if (text !== undefined) out[path] = textHash(text);
  }
  return out;
}

/** The Dutch texts of a region file that its translation lacks, for a language with these materials (a contact name needs none). */
export function untranslatedTexts(dutch: YamlFile, translation: unknown, materials: ReadonlySet<string>): string[] {
  const present = regionTextFields(translation, { names: true });
  return [...regionTextFields(dutch.data, { materials }).keys()].filter((path) => !present.has(path));
}

/**
 * Every region translation against its Dutch region file. `dutchIds`: the region files that exist (valid or not), so a
 * translation of a broken file is not said to translate nothing; its fields are checked once the file is valid.
 */
export function checkRegionTranslations(texts: RegionTexts, regionFiles: ReadonlyMap<string, RegionFile>, dutchIds: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = [...dutchIds].sort();
  for (const [lang, files] of texts) {
    for (const [id, translation] of files) {
      const { file } = translation;
      const done = `drukwerk translation-done ${lang} regions/${id}`;
      if (!dutchIds.has(id)) {
        // no region at all is said once, by the project ("there are no regions")
        if (!dutchIds.size) continue;
        out.push({ severity: 'error', message: MESSAGES.noRegion(id), file: file.file, line: 1, column: 1, hint: MESSAGES.noRegionHint(known.join(', '), didYouMean(id, known)) });
        continue;
      }
      const dutch = regionFiles.get(id);
      if (!dutch) continue;
      const source = regionTextFields(dutch.file.data, { names: true });
      const recorded = translation.data.translates;
      if (!recorded) out.push({ severity: 'warning', message: MESSAGES.notRecorded(file.file), file: file.file, line: 1, column: 1, hint: MESSAGES.notRecordedHint(done) });
      for (const path of regionTextFields(translation.data, { names: true }).keys()) {
        const text = source.get(path);
        if (text === undefined) {
          out.push({ severity: 'warning', message: MESSAGES.unused(path, dutch.file.file), ...at(file, path), field: path, hint: unusedHint(path, dutch, regionFiles, lang) });
          continue;
        }
        if (recorded && recorded[path] !== textHash(text)) {
          out.push({ severity: 'warning', message: MESSAGES.stale(path, where(at(dutch.file, path)), done), ...at(file, path), field: path });
        }
      }
    }
  }
  return out;
}

/** Where an unused translated text belongs: the region up the chain that writes it, if one does. */
function unusedHint(path: string, region: RegionFile, regionFiles: ReadonlyMap<string, RegionFile>, lang: string): string {
  const seen = new Set<string>([region.id]);
  for (let parent = region.data.extends && regionFiles.get(region.data.extends); parent && !seen.has(parent.id); parent = parent.data.extends && regionFiles.get(parent.data.extends)) {
    seen.add(parent.id);
    if (regionTextFields(parent.file.data, { names: true }).has(path)) return MESSAGES.unusedInherited(parent.file.file, regionTextFile(lang, parent.id));
  }
  return MESSAGES.unusedHint(region.file.file);
}
