// The values of a message that holds another (see `nested` in coded.ts) → the inner message's text in the language asked for.
import type { Values } from './entry.js';

/** The inner text was said in both languages when the message was made: the catalogue reads no other entry. */
export const inner = (v: Values, key: string, lang: 'en' | 'nl'): string => String((lang === 'nl' ? (v[`${key}Nl`] ?? v[key]) : v[key]) ?? '');
