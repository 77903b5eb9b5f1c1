// Project folder + language (+ content files, regions/<id> for a region's text) → each translated file's `translates:` block rewritten with the hashes of today's Dutch text fields: "this translation is up to date with that Dutch revision".
import { coded, type Coded } from '../messages/coded.js';
import { readFile, writeFile } from 'node:fs/promises';
import { OutputError } from '../write/outputError.js';
import { cacheDirProblem } from '../world/storeFolder.js';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { parseProject } from '../load/parseProject.js';
import { readProjectFiles } from '../load/readProjectFiles.js';
import type { YamlFile } from '../load/readYaml.js';
import { at, fieldHashes, SOURCE_LANG, where } from '../load/checkTranslations.js';
import { regionTextHashes, untranslatedTexts } from '../load/checkRegionTranslations.js';
import type { RegionTextFile } from '../load/regionTexts.js';
import { openStore } from '../world/store.js';

export interface TranslationDoneResult {
  /** The files recorded, e.g. ['brochure', 'flyer', 'shared', 'regions/oostende']. */
  recorded: string[];
  /** Problems that stop the recording (an unknown language or file, an incomplete translation). */
  diagnostics: Diagnostic[];
}

const NOTE =
  ' Written by `drukwerk translation-done`: the Dutch text each field was translated from (a short hash per field).\n validate and build warn about every field whose Dutch text changed since. Do not edit by hand.';

export async function translationDone(root: string, lang: string, names: readonly string[] = []): Promise<TranslationDoneResult> {
  const fail = (message: Coded): TranslationDoneResult => ({ recorded: [], diagnostics: [{ severity: 'error', ...message, file: `content/${lang}` }] });
  if (lang === SOURCE_LANG) return fail(coded('translationDone.dutch', {}, 'translationDone.dutchHint'));
  // loading writes the store of parsed files: never through a .cache that leads out of the project
  const cacheProblem = cacheDirProblem(root);
  if (cacheProblem) throw new OutputError(cacheProblem);
  const store = openStore(root);
  const { files, diagnostics: read } = await readProjectFiles(root);
  const { project, diagnostics } = parseProject(files, store);
  store.save();
  const errors = [...read, ...diagnostics].filter((d) => d.severity === 'error');
  // an incomplete translation (or a broken Dutch file) is never recorded as done
  const mine = errors.filter((d) => d.file?.startsWith(`content/${lang}/`) || d.file?.startsWith(`content/${SOURCE_LANG}/`));
  if (mine.length || !project) return { recorded: [], diagnostics: mine.length ? mine : errors };
  const source = project.languages.get(SOURCE_LANG);
  const language = project.languages.get(lang);
  if (!source) return fail(coded('translationDone.noDutch'));
  if (!language) return fail(coded('translationDone.noLanguage', { lang, known: [...project.languages.keys()].sort().join(', ') }, 'translationDone.knownLanguages'));
  const regionTexts = project.regionTexts.get(lang) ?? new Map<string, RegionTextFile>();
  const contentNames = Object.keys(language.files)
    .filter((n) => source.files[n as keyof typeof source.files])
    .sort();
  const regionNames = [...regionTexts.keys()]
    .filter((id) => project.regionFiles.has(id))
    .sort()
    .map((id) => `regions/${id}`);
  const available = [...contentNames, ...regionNames];
  const unknown = names.filter((n) => !available.includes(n));
  if (unknown.length) return fail(coded('translationDone.noSuchFile', { lang, names: unknown.map((n) => `"${n}"`).join(', '), available: available.join(', ') }, 'translationDone.available'));
  const chosen = names.length ? [...new Set(names)].sort() : available;
  // a region translation that lacks a text its Dutch file writes is never recorded as done either
  const materials = new Set(Object.keys(language.data));
  const incomplete = chosen.flatMap((name) => {
    const text = name.startsWith(REGIONS) ? regionTexts.get(name.slice(REGIONS.length)) : undefined;
    // biome-ignore lint/style/noNonNullAssertion: chosen names are available ones, and a region is available only with its Dutch file
    const dutch = text && project.regionFiles.get(text.id)!.file;
    return dutch ? untranslatedTexts(dutch, text.data, materials).map((field) => missingText(field, dutch, text.file)) : [];
  });
  if (incomplete.length) return { recorded: [], diagnostics: incomplete };
  for (const name of chosen) {
    const text = name.startsWith(REGIONS) ? regionTexts.get(name.slice(REGIONS.length)) : undefined;
    // biome-ignore lint/style/noNonNullAssertion: a chosen name that is no region is a key of language.files, set only with a file
    const rel = text ? text.file.file : language.files[name as keyof typeof language.files]!.file;
    // biome-ignore lint/style/noNonNullAssertion: a chosen region has its Dutch file; another chosen name has its Dutch file in source.files
    const hashes = text ? regionTextHashes(project.regionFiles.get(text.id)!.file, text.data) : fieldHashes(source.files[name as keyof typeof source.files]!);
    const doc = parseDocument(await readFile(path.join(root, rel), 'utf8'));
    doc.delete('translates');
    const node = doc.createPair('translates', hashes);
    (node.key as { commentBefore?: string }).commentBefore = NOTE;
    (doc.contents as unknown as { items: unknown[] }).items.push(node);
    await writeFile(path.join(root, rel), doc.toString({ lineWidth: 0 }));
  }
  return { recorded: chosen, diagnostics: [] };
}

const REGIONS = 'regions/';

function missingText(field: string, dutch: YamlFile, translation: YamlFile): Diagnostic {
  return {
    severity: 'error',
    ...coded('translationDone.regionTextMissing', { field, at: where(at(dutch, field)) }, 'translation.missingHint'),
    ...at(translation, field),
    field,
  };
}
