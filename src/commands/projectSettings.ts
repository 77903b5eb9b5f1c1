// The project folder → its own settings in drukwerk.yaml (for now `messages: nl|en`, the language of what drukwerk prints), and a warning for a value it does not know; none when the file is not there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';

export const SETTINGS_FILE = 'drukwerk.yaml';

const LANGUAGES = ['nl', 'en'] as const;

export interface ProjectSettings {
  /** `messages:`, when it names a language drukwerk speaks. */
  messages?: (typeof LANGUAGES)[number];
  /** A value drukwerk does not know, at its line and column: said, never silently ignored. */
  diagnostics: Diagnostic[];
}

/** drukwerk.yaml of the project; a file that is not there, too large or not YAML counts as no setting (a project needs none). */
export async function projectSettings(root: string): Promise<ProjectSettings> {
  let text: string;
  try {
    text = readFileSync(path.join(root, SETTINGS_FILE), 'utf8');
  } catch {
    return { diagnostics: [] };
  }
  if (text.length > 64 * 1024) return { diagnostics: [] };
  // imported here: a project without drukwerk.yaml (most) never loads the YAML library for it
  const { readYaml } = await import('../load/readYaml.js');
  const file = readYaml(SETTINGS_FILE, text).value;
  const data = file?.data as { messages?: unknown } | null | undefined;
  if (!file || !data || typeof data !== 'object' || data.messages === undefined) return { diagnostics: [] };
  const value = data.messages;
  if (LANGUAGES.includes(value as never)) return { messages: value as ProjectSettings['messages'], diagnostics: [] };
  const pos = file.positions.value.get('messages') ?? { file: SETTINGS_FILE, line: 1, column: 1 };
  const shown = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return {
    diagnostics: [
      { severity: 'warning', ...coded('settings.unknownMessages', { value: shown.slice(0, 40), allowed: LANGUAGES.join(', ') }, 'settings.unknownMessagesHint'), ...pos, field: 'messages' },
    ],
  };
}

/** `messages:` of drukwerk.yaml, when it names a language drukwerk speaks. */
export const projectMessages = async (root: string): Promise<string | undefined> => (await projectSettings(root)).messages;
