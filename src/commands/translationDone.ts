// Project folder + language (+ content files) → each translated file's `translates:` block rewritten with the hashes of today's Dutch text fields: "this translation is up to date with that Dutch revision".
import { readFile, writeFile } from 'node:fs/promises';
import { OutputError } from '../write/outputError.js';
import { cacheDirProblem } from '../write/safePath.js';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { parseProject } from '../load/parseProject.js';
import { readProjectFiles } from '../load/readProjectFiles.js';
import { fieldHashes, SOURCE_LANG } from '../variant/checkTranslations.js';
import { openStore } from '../world/store.js';

export interface TranslationDoneResult {
  /** The content files recorded, e.g. ['brochure', 'flyer', 'shared']. */
  recorded: string[];
  /** Problems that stop the recording (an unknown language or file, an incomplete translation). */
  diagnostics: Diagnostic[];
}

const NOTE = ' Written by `drukwerk translation-done`: the Dutch text each field was translated from (a short hash per field).\n validate and build warn about every field whose Dutch text changed since. Do not edit by hand.';

export async function translationDone(root: string, lang: string, names: readonly string[] = []): Promise<TranslationDoneResult> {
  const fail = (message: string, hint?: string): TranslationDoneResult => ({ recorded: [], diagnostics: [{ severity: 'error', message, file: `content/${lang}`, ...(hint ? { hint } : {}) }] });
  if (lang === SOURCE_LANG) return fail('Dutch is the source language; only translations are recorded', 'name a translation, e.g. drukwerk translation-done fr');
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
  if (!source) return fail('there is no Dutch content to translate from (content/nl/)');
  if (!language) return fail(`there is no content in content/${lang}/`, `known languages: ${[...project.languages.keys()].sort().join(', ')}`);
  const available = Object.keys(language.files).filter((n) => source.files[n as keyof typeof source.files]).sort();
  const unknown = names.filter((n) => !available.includes(n));
  if (unknown.length) return fail(`content/${lang}/ has no translated ${unknown.map((n) => `"${n}"`).join(', ')}`, `translated files: ${available.join(', ')}`);
  const chosen = names.length ? [...new Set(names)].sort() : available;
  for (const name of chosen) {
    const rel = language.files[name as keyof typeof language.files]!.file;
    const doc = parseDocument(await readFile(path.join(root, rel), 'utf8'));
    doc.delete('translates');
    const hashes = fieldHashes(source.files[name as keyof typeof source.files]!);
    const node = doc.createPair('translates', hashes);
    (node.key as { commentBefore?: string }).commentBefore = NOTE;
    (doc.contents as unknown as { items: unknown[] }).items.push(node);
    await writeFile(path.join(root, rel), doc.toString({ lineWidth: 0 }));
  }
  return { recorded: chosen, diagnostics: [] };
}
