// Content per language (each translation with its `translates:` block) → errors for Dutch fields a translation lacks, warnings for fields translated from an older Dutch text.
import { coded } from '../messages/coded.js';
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import { joinPath, type YamlFile } from './readYaml.js';
import type { Pos } from '../vocabulary/position.js';

/** The language every translation is made from. */
export const SOURCE_LANG = 'nl';

/** Fields that are not text to translate: the review status, the source ids (lists of ids, the sources list), the facts to verify (notes in Dutch for the coordinators, kept with the Dutch source), the translation record. */
const UNTRACKED: ReadonlySet<string> = new Set(['status', 'sources', 'translates', 'verify']);

/** Short hash of a Dutch text: enough to notice that it changed. */
export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** Every text field of a content file (strings, numbers and booleans at the leaves) by field path, untracked fields left out. */
export function textFields(data: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(data)) data.forEach((v, i) => textFields(v, joinPath(path, i), out));
  else if (data && typeof data === 'object') {
    for (const [key, v] of Object.entries(data)) if (!UNTRACKED.has(key)) textFields(v, joinPath(path, key), out);
  } else if (data !== null && data !== undefined && path) out.set(path, String(data));
  return out;
}

/** The hashes of every Dutch text field of a file: what a translation's `translates:` block records. */
export function fieldHashes(dutch: YamlFile): Record<string, string> {
  return Object.fromEntries([...textFields(dutch.data)].map(([path, text]) => [path, textHash(text)]));
}

interface LanguageFiles {
  lang: string;
  files: Partial<Record<string, YamlFile>>;
}

/** Where a field is written in a file: its value, else the nearest field above it that is, else the file's first line. */
export const at = (file: YamlFile, path: string): Pos => {
  // a top-level key has no `.key` or `[n]` to strip: go to the root, or this would loop forever
  for (let p = path; ; p = p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '') === p ? '' : p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
    const pos = file.positions.value.get(p);
    if (pos) return pos;
    if (!p) return { file: file.file, line: 1, column: 1 };
  }
};
export const where = (pos: Pos): string => `${pos.file}:${pos.line}:${pos.column}`;

/** Walks the Dutch data and the translation side by side: every Dutch field and list item must be there, lists as long. */
function compare(nl: unknown, tr: unknown, path: string, dutch: YamlFile, translated: YamlFile, out: Diagnostic[]): void {
  const missing = (p: string): void => {
    out.push({
      severity: 'error',
      ...coded('translation.missing', { field: p, at: where(at(dutch, p)) }, 'translation.missingHint'),
      ...at(translated, p),
      field: p,
    });
  };
  if (Array.isArray(nl)) {
    if (!Array.isArray(tr)) return missing(path);
    if (tr.length !== nl.length) {
      out.push({
        severity: 'error',
        ...coded('translation.itemCount', { field: path, count: tr.length, dutchCount: nl.length, at: where(at(dutch, path)) }, 'translation.itemCountHint'),
        ...at(translated, path),
        field: path,
      });
    }
    nl.forEach((v, i) => i < tr.length && compare(v, tr[i], joinPath(path, i), dutch, translated, out));
    return;
  }
  if (nl && typeof nl === 'object') {
    if (!tr || typeof tr !== 'object' || Array.isArray(tr)) return missing(path);
    for (const [key, v] of Object.entries(nl)) {
      if (UNTRACKED.has(key)) continue;
      const p = joinPath(path, key);
      if (!(key in tr) || (tr as Record<string, unknown>)[key] === null) missing(p);
      else compare(v, (tr as Record<string, unknown>)[key], p, dutch, translated, out);
    }
  }
}

/**
 * Every translated content file against its Dutch source: missing fields and list items are errors (never a fallback to
 * Dutch); a field whose Dutch text hash differs from the one recorded in the translation's `translates:` block is a warning at
 * the translated field.
 */
export function checkTranslations(languages: Iterable<LanguageFiles>, reported: readonly Diagnostic[] = []): Diagnostic[] {
  const all = [...languages];
  const source = all.find((l) => l.lang === SOURCE_LANG);
  const out: Diagnostic[] = [];
  if (!source) return out;
  for (const language of all) {
    if (language.lang === SOURCE_LANG) continue;
    for (const [name, translated] of Object.entries(language.files)) {
      const dutch = source.files[name];
      if (!translated || !dutch) continue;
      const done = `drukwerk translation-done ${language.lang} ${name}`;
      const structural: Diagnostic[] = [];
      compare(dutch.data, translated.data, '', dutch, translated, structural);
      // the schema may have named the same missing field already
      out.push(...structural.filter((d) => !reported.some((r) => r.severity === 'error' && r.file === d.file && r.field === d.field)));
      const recorded = (translated.data as { translates?: Record<string, string> } | null)?.translates;
      if (!recorded) {
        out.push({
          severity: 'warning',
          ...coded('translation.notRecorded', { file: translated.file, done }, 'translation.notRecordedHint'),
          file: translated.file,
          line: 1,
          column: 1,
        });
        continue;
      }
      const present = textFields(translated.data);
      for (const [path, dutchText] of textFields(dutch.data)) {
        if (!present.has(path) || recorded[path] === textHash(dutchText)) continue;
        out.push({
          severity: 'warning',
          ...coded('translation.stale', { field: path, at: where(at(dutch, path)), done }),
          ...at(translated, path),
          field: path,
        });
      }
    }
  }
  return out;
}
