// Region data (Dutch or translated) → its text fields by path: the contact descriptions and hours, a translation's contact names, the local texts.
import type { YamlFile } from './readYaml.js';
import { TRANSLATED_CONTACT_FIELDS, type RegionTranslationT } from './schema.js';
import { ID_PART } from '../vocabulary/ids.js';

const REGION_FILE = new RegExp(`^content/regions/(${ID_PART})\\.ya?ml$`);

/** A region's text in one language: content/<lang>/regions/<id>.yaml. */
export interface RegionTextFile {
  id: string;
  lang: string;
  file: YamlFile;
  data: RegionTranslationT;
}

/** By language, then by region id. */
export type RegionTexts = Map<string, Map<string, RegionTextFile>>;

export const regionTextFile = (lang: string, id: string): string => `content/${lang}/regions/${id}.yaml`;

/** The id of the region whose Dutch file this is (content/regions/<id>.yaml), or undefined. */
export const regionIdOfFile = (file: string): string | undefined => REGION_FILE.exec(file)?.[1];

type Plain = Record<string, unknown>;
const isMap = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface TextFieldOptions {
  /** Contact names too: a translation may give one; a Dutch name is printed as written, so it needs none. */
  names?: boolean;
  /** Which materials' local text counts (those a language has); all when not given. */
  materials?: ReadonlySet<string>;
}

/** The text fields of a region file's data (or of a merged region), by path (`contacts.vdab.hours`, `local.flyer`). */
export function regionTextFields(data: unknown, options: TextFieldOptions = {}): Map<string, string> {
  const out = new Map<string, string>();
  if (!isMap(data)) return out;
  const fields = options.names ? ['name', ...TRANSLATED_CONTACT_FIELDS] : [...TRANSLATED_CONTACT_FIELDS];
  if (isMap(data.contacts)) {
    for (const [id, contact] of Object.entries(data.contacts)) {
      if (!isMap(contact)) continue;
      for (const field of fields) if (typeof contact[field] === 'string') out.set(`contacts.${id}.${field}`, contact[field]);
    }
  }
  if (isMap(data.local)) {
    for (const [material, text] of Object.entries(data.local)) {
      if (typeof text === 'string' && (!options.materials || options.materials.has(material))) out.set(`local.${material}`, text);
    }
  }
  return out;
}
