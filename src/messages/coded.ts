// A message id, its values and a hint id → the fields a diagnostic or a preflight finding carries: the English text (JSON, logs, tests) with the code and values the printer turns into the chosen language.
import type { MessageId, Values } from './catalogue.js';
import { say } from './say.js';

export interface Coded {
  message: string;
  code: MessageId;
  values: Values;
}

export interface CodedWithHint extends Coded {
  hint: string;
  hintCode: MessageId;
}

/** `{ message, code, values }`, and `hint`, `hintCode` with a hint id (the hint reads the same values). */
export function coded(id: MessageId, values?: Values): Coded;
export function coded(id: MessageId, values: Values, hintId: MessageId): CodedWithHint;
export function coded(id: MessageId, values: Values = {}, hintId?: MessageId): Coded | CodedWithHint {
  const message = { message: say(id, values, 'en'), code: id, values };
  return hintId ? { ...message, hint: say(hintId, values, 'en'), hintCode: hintId } : message;
}

/**
 * A coded message inside another (a reason, a problem): its English text under `key`, its Dutch text under `<key>Nl`,
 * its id under `<key>Code` and its values beside the outer ones, so the outer message says it in either language
 * (`inner` in the catalogue) and JSON still names its code.
 */
export function nested(key: string, inner: { message: string; code?: MessageId; values?: Values }): Values {
  const nl = inner.code ? { [`${key}Nl`]: say(inner.code, inner.values, 'nl'), [`${key}Code`]: inner.code } : {};
  return { ...inner.values, [key]: inner.message, ...nl };
}

/** The text of a coded message in the language asked for, else its English text. */
export const localText = (m: { message: string; code?: MessageId; values?: Values }, lang: 'nl' | 'en'): string => (m.code ? say(m.code, m.values, lang) : m.message);
