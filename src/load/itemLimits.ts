// A parsed region or content file → an error when it holds more items than any real project has (checked before the schema, which is slow on thousands).
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import type { YamlFile } from './readYaml.js';
import { positionOf } from './validateData.js';

/** Far above a real region (the province lists about ten contacts): 20 000 contacts took 80–100 s and 2.1 GB to validate and lay out. */
export const MAX_CONTACTS = 200;

export function itemLimitProblems(file: YamlFile): Diagnostic[] {
  const data = file.data as { contacts?: unknown } | null;
  const contacts = data && typeof data === 'object' && !Array.isArray(data) ? data.contacts : undefined;
  if (!contacts || typeof contacts !== 'object') return [];
  const n = Object.keys(contacts).length;
  if (n <= MAX_CONTACTS) return [];
  return [{ severity: 'error', ...coded('load.tooManyContacts', { count: n, max: MAX_CONTACTS }, 'load.tooManyContactsHint'), ...positionOf(file, 'contacts', true), field: 'contacts' }];
}
