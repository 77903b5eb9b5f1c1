// A message id and its values, in the language chosen for messages → the text; and how that language is chosen (DRUKWERK_MESSAGES, drukwerk.yaml's `messages:`, LANG).
import { CATALOGUE, type MessageId, type Values } from './catalogue.js';

export type MessageLanguage = 'nl' | 'en';

let current: MessageLanguage = 'en';

/**
 * DRUKWERK_MESSAGES=nl|en wins; then the project's own setting (`messages: nl` in drukwerk.yaml); then the locale
 * (LC_ALL, LC_MESSAGES, LANG starting with "nl"); else English, which CI logs read.
 */
export function chooseMessageLanguage(env: NodeJS.ProcessEnv, projectSetting?: string): MessageLanguage {
  const asked = env.DRUKWERK_MESSAGES?.toLowerCase();
  if (asked === 'nl' || asked === 'en') return asked;
  if (projectSetting === 'nl' || projectSetting === 'en') return projectSetting;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^nl([_.-]|$)/i.test(locale) ? 'nl' : 'en';
}

export function setMessageLanguage(lang: MessageLanguage): void {
  current = lang;
}

export const messageLanguage = (): MessageLanguage => current;

export function say(id: MessageId, values: Values = {}, lang: MessageLanguage = current): string {
  return CATALOGUE[id][lang](values);
}
