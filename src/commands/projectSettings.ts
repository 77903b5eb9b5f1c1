// The project folder → its own settings in drukwerk.yaml (for now `messages: nl|en`, the language of what drukwerk prints); none when the file is not there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const SETTINGS_FILE = 'drukwerk.yaml';

/** `messages:` of drukwerk.yaml, when it names a language drukwerk speaks; anything unreadable counts as no setting. */
export function projectMessages(root: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(root, SETTINGS_FILE), 'utf8');
  } catch {
    return undefined;
  }
  if (text.length > 64 * 1024) return undefined;
  try {
    const data = parse(text, { maxAliasCount: 0 }) as { messages?: unknown } | null;
    return data?.messages === 'nl' || data?.messages === 'en' ? data.messages : undefined;
  } catch {
    return undefined;
  }
}
