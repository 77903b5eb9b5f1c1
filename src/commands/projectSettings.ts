// The project folder → its own settings in drukwerk.yaml (for now `messages: nl|en`, the language of what drukwerk prints), and a warning for everything in or about that file it cannot use; none when there is no such file.
import { lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';

export const SETTINGS_FILE = 'drukwerk.yaml';

const LANGUAGES = ['nl', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const KEYS = ['messages'] as const;

/** What people write for a language, beside its code: `NL`, `nl-BE`, `nl_BE`, `Nederlands`… */
const LANGUAGE_NAMES: Record<string, Language> = { nederlands: 'nl', dutch: 'nl', vlaams: 'nl', english: 'en', engels: 'en' };
function languageOf(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  const code = /^([a-z]{2})(?:[-_][a-z]{2})?$/.exec(v)?.[1];
  return LANGUAGES.find((l) => l === code) ?? LANGUAGE_NAMES[v];
}

export interface ProjectSettings {
  /** `messages:`, when it names a language drukwerk speaks. */
  messages?: Language;
  /** What drukwerk cannot use, at its line and column: said, never silently ignored (the settings change no PDF, so each is a warning). */
  diagnostics: Diagnostic[];
}

const warn = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ severity: 'warning', ...d });

/** What is at a path, not following a link; undefined for nothing, and for a path through a file (a --project that is one: ENOTDIR), which the command line says itself. */
function entryAt(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** drukwerk.yaml of the project; a project needs none. */
export async function projectSettings(root: string): Promise<ProjectSettings> {
  const file = path.join(root, SETTINGS_FILE);
  const info = entryAt(file);
  if (!info) {
    // a settings file under another name is read by nobody: its messages: nl would do nothing, unsaid
    for (const other of ['drukwerk.yml', 'Drukwerk.yaml', 'drukwerk.yaml.txt']) {
      if (entryAt(path.join(root, other))) return { diagnostics: [warn({ ...coded('settings.otherName', { file: other }, 'settings.otherNameHint'), file: other })] };
    }
    return { diagnostics: [] };
  }
  if (info.isSymbolicLink()) {
    // as for content: a link may lead to another place in the project, never out of it
    let real: string | undefined;
    try {
      real = realpathSync(file);
    } catch {
      real = undefined;
    }
    const rel = real && path.relative(realpathSync(root), real);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return { diagnostics: [warn({ ...coded('settings.linkOutside', {}, 'settings.linkOutsideHint'), file: SETTINGS_FILE })] };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { diagnostics: [warn({ ...coded('settings.unreadable'), file: SETTINGS_FILE })] };
  }
  if (bytes.length > 64 * 1024 || !isUtf8(bytes)) return { diagnostics: [warn({ ...coded('settings.unreadable'), file: SETTINGS_FILE })] };
  // imported here: a project without drukwerk.yaml (most) never loads the YAML library for it
  const { readYaml } = await import('../load/readYaml.js');
  const read = readYaml(SETTINGS_FILE, bytes.toString('utf8'));
  const diagnostics: Diagnostic[] = read.diagnostics.map((d) => ({ ...d, severity: 'warning' as const }));
  const yaml = read.value;
  if (!yaml) return { diagnostics };
  const data = yaml.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    // `messages:nl` (no space after the colon) is one text, not a setting
    return { diagnostics: [...diagnostics, warn({ ...coded('settings.notSettings', {}, 'settings.notSettingsHint'), file: SETTINGS_FILE, line: 1, column: 1 })] };
  }
  const { didYouMean } = await import('../load/didYouMean.js');
  for (const key of Object.keys(data)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const pos = yaml.positions.key.get(key) ?? { file: SETTINGS_FILE, line: 1, column: 1 };
    const suggestion = /^(?:taal|language|lang|locale|berichten|meldingen)$/i.test(key) ? 'messages' : didYouMean(key, KEYS);
    diagnostics.push(warn({ ...coded('settings.unknownKey', { key, suggestion, known: KEYS.join(', ') }), ...pos, field: key }));
  }
  const value = (data as { messages?: unknown }).messages;
  if (value === undefined) return { diagnostics };
  const messages = languageOf(value);
  if (messages) return { messages, diagnostics };
  const pos = yaml.positions.value.get('messages') ?? { file: SETTINGS_FILE, line: 1, column: 1 };
  const shown = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  diagnostics.push(warn({ ...coded('settings.unknownMessages', { value: shown.slice(0, 40), allowed: LANGUAGES.join(', ') }, 'settings.unknownMessagesHint'), ...pos, field: 'messages' }));
  return { diagnostics };
}

/** `messages:` of drukwerk.yaml, when it names a language drukwerk speaks. */
export const projectMessages = async (root: string): Promise<string | undefined> => (await projectSettings(root)).messages;
