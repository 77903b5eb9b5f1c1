// Dutch region files + their translations (content/<lang>/regions/<id>.yaml) → warnings for texts translated from an older Dutch text or that nothing prints, errors for a translation of no region; and the hashes translation-done records.
import type { Diagnostic } from '../diagnostics.js';
import type { Values } from '../messages/catalogue.js';
import { coded } from '../messages/coded.js';
import { didYouMean } from './didYouMean.js';
import type { YamlFile } from './readYaml.js';
import { at, textHash, where } from './checkTranslations.js';
import { regionTextFields, regionTextFile, type RegionTexts } from './regionTexts.js';
import type { RegionFile } from './resolveRegions.js';

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
        out.push({ severity: 'error', ...coded('regionText.noRegion', { id, known: known.join(', '), guess: didYouMean(id, known) }, 'regionText.noRegionHint'), file: file.file, line: 1, column: 1 });
        continue;
      }
      const dutch = regionFiles.get(id);
      if (!dutch) continue;
      const source = regionTextFields(dutch.file.data, { names: true });
      const recorded = translation.data.translates;
      if (!recorded) out.push({ severity: 'warning', ...coded('translation.notRecorded', { file: file.file, done }, 'translation.notRecordedHint'), file: file.file, line: 1, column: 1 });
      for (const path of regionTextFields(translation.data, { names: true }).keys()) {
        const text = source.get(path);
        if (text === undefined) {
          const hint = unusedHint(path, dutch, regionFiles, lang);
          out.push({ severity: 'warning', ...coded('regionText.unused', { field: path, dutchFile: dutch.file.file, ...hint.values }, hint.id), ...at(file, path), field: path });
          continue;
        }
        if (recorded && recorded[path] !== textHash(text)) {
          out.push({ severity: 'warning', ...coded('translation.stale', { field: path, at: where(at(dutch.file, path)), done }), ...at(file, path), field: path });
        }
      }
    }
  }
  return out;
}

/** Where an unused translated text belongs: the region up the chain that writes it, if one does. */
function unusedHint(path: string, region: RegionFile, regionFiles: ReadonlyMap<string, RegionFile>, lang: string): { id: 'regionText.unusedInheritedHint' | 'regionText.unusedHint'; values: Values } {
  const seen = new Set<string>([region.id]);
  for (let parent = region.data.extends && regionFiles.get(region.data.extends); parent && !seen.has(parent.id); parent = parent.data.extends && regionFiles.get(parent.data.extends)) {
    seen.add(parent.id);
    if (regionTextFields(parent.file.data, { names: true }).has(path))
      return { id: 'regionText.unusedInheritedHint', values: { ancestorFile: parent.file.file, translation: regionTextFile(lang, parent.id) } };
  }
  return { id: 'regionText.unusedHint', values: {} };
}
