// A resolved region + a language's region texts → the region as a translated edition prints it (each text from the translation of the file that wrote the Dutch), and every text that language lacks.
import type { Pos } from '../vocabulary/position.js';
import type { RegionT } from '../load/schema.js';
import { SOURCE_LANG } from '../load/checkTranslations.js';
import type { ResolvedRegion } from '../load/resolveRegions.js';
import { regionIdOfFile, regionTextFields, type RegionTextFile } from '../load/regionTexts.js';

/** A Dutch text a translated edition would print, with no translation in its language. */
export interface RegionTextGap {
  field: string;
  /** Where the Dutch text is written. */
  dutch: Pos;
  /** The region whose file writes it: its translation (content/<lang>/regions/<origin>.yaml) is where the text belongs. */
  origin: string;
}

type Plain = Record<string, unknown>;

/** Sets or deletes `path` (`contacts.vdab.hours`, `local.flyer`) in data whose maps along the way are already copies. */
function setField(data: Plain, path: string, value: string | undefined): void {
  const keys = path.split('.');
  // biome-ignore lint/style/noNonNullAssertion: split always gives at least one string
  const last = keys.pop()!;
  const parent = keys.reduce<Plain>((node, key) => node[key] as Plain, data);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/**
 * For a translated `lang`: every contact's description and hours and the material's local text come from the translation of
 * the region file that wrote the Dutch text (an inherited contact from the parent's translation); a contact's name from
 * there when the translation gives one, else as written. A text without translation is left out and returned as a gap:
 * never a fallback to Dutch. Other materials' local texts are left out. Dutch: the region as it is.
 */
export function translateRegion(region: ResolvedRegion, lang: string, material: string, texts: ReadonlyMap<string, RegionTextFile> | undefined): { region: ResolvedRegion; gaps: RegionTextGap[] } {
  if (lang === SOURCE_LANG) return { region, gaps: [] };
  const contacts = Object.fromEntries(Object.entries(region.data.contacts ?? {}).map(([id, c]) => [id, c && { ...c }]));
  const data = { ...region.data, contacts, ...(region.data.local ? { local: { ...region.data.local } } : {}) } as Plain;
  const positions = new Map(region.positions);
  const gaps: RegionTextGap[] = [];
  const ownFile = { file: `content/regions/${region.id}.yaml`, line: 1, column: 1 };
  const fieldsOf = new Map<string, Map<string, string>>();
  const translationOf = (origin: string): Map<string, string> => {
    let fields = fieldsOf.get(origin);
    if (!fields) fieldsOf.set(origin, (fields = regionTextFields(texts?.get(origin)?.data, { names: true })));
    return fields;
  };
  for (const [path] of regionTextFields(region.data, { names: true })) {
    const dutch = region.positions.get(path) ?? ownFile;
    const origin = regionIdOfFile(dutch.file) ?? region.id;
    const translation = texts?.get(origin);
    const translated = translationOf(origin).get(path);
    if (translated !== undefined) {
      setField(data, path, translated);
      // biome-ignore lint/style/noNonNullAssertion: translationOf(origin) has no fields when texts has no file for origin
      positions.set(path, translation!.file.positions.value.get(path) ?? dutch);
      continue;
    }
    // a name is printed as written when the translation gives none; local text of another material is not printed here
    if (path.endsWith('.name')) continue;
    setField(data, path, undefined);
    if (!path.startsWith('local.') || path === `local.${material}`) gaps.push({ field: path, dutch, origin });
  }
  return { region: { ...region, data: data as RegionT, positions }, gaps };
}
