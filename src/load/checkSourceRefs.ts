// Validated content and region files → an error at every `sources: [id]` entry that names no source the file can see, and at every source id listed twice.
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import { didYouMean } from './didYouMean.js';
import { joinPath, type YamlFile } from './readYaml.js';
import type { RegionFile } from './resolveRegions.js';

/** A language's content files by name (shared, poster, …), as parseProject reads them. */
interface LanguageFiles {
  files: Partial<Record<string, YamlFile>>;
}

type Plain = Record<string, unknown>;
const isMap = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ids of a file's own `sources:` list (the top-level list of `{id, title, url}`). */
function listedIds(data: unknown): string[] {
  const list = isMap(data) ? data.sources : undefined;
  return Array.isArray(list) ? list.flatMap((s) => (isMap(s) && typeof s.id === 'string' ? [s.id] : [])) : [];
}

/** Every reference below the top level: a `sources:` list of ids (a contact's, a block's, a section's, a route's, a help item's), with the path of each id. */
function references(value: unknown, path: string, out: { id: string; path: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => references(v, joinPath(path, i), out));
  else if (isMap(value))
    for (const [key, v] of Object.entries(value)) {
      const at = joinPath(path, key);
      if (key === 'sources' && path !== '' && Array.isArray(v)) v.forEach((id, i) => typeof id === 'string' && out.push({ id, path: joinPath(at, i) }));
      else references(v, at, out);
    }
}

/**
 * One file's references checked against the ids it can see: its own list and `visible` (for a region, the lists of the regions
 * it extends, as `new-region` tells; for a translation, its Dutch file's). `where` names those lists in the hint.
 */
function checkFile(file: YamlFile, visible: readonly string[], where: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const own = listedIds(file.data);
  own.forEach((id, i) => {
    if (own.indexOf(id) === i) return;
    const field = `sources[${i}].id`;
    const pos = file.positions.value.get(field) ?? { file: file.file, line: 1, column: 1 };
    diagnostics.push({ severity: 'error', ...coded('sources.duplicate', { id, first: file.positions.value.get(`sources[${own.indexOf(id)}].id`)?.line }), ...pos, field });
  });
  const known = [...new Set([...own, ...visible])].sort();
  const refs: { id: string; path: string }[] = [];
  references(file.data, '', refs);
  for (const { id, path } of refs) {
    if (known.includes(id)) continue;
    const pos = file.positions.value.get(path) ?? { file: file.file, line: 1, column: 1 };
    const values = { id, suggestion: didYouMean(id, known), known: known.join(', '), where };
    diagnostics.push({ severity: 'error', ...coded('sources.unknown', values, known.length ? 'sources.knownHint' : 'sources.noneHint'), ...pos, field: path });
  }
  return diagnostics;
}

/** The ids of a region's own list and of every region it extends (a cycle or a missing parent is reported elsewhere). */
function regionIds(region: RegionFile, regions: ReadonlyMap<string, RegionFile>): { ids: string[]; files: string[] } {
  const ids: string[] = [];
  const seen: RegionFile[] = [];
  for (let r: RegionFile | undefined = region; r && !seen.includes(r); r = r.data.extends === undefined ? undefined : regions.get(r.data.extends)) {
    seen.push(r);
    ids.push(...listedIds(r.data));
  }
  return { ids, files: seen.map((r) => r.file.file) };
}

export function checkSourceRefs(languages: Iterable<LanguageFiles>, dutch: LanguageFiles | undefined, regions: ReadonlyMap<string, RegionFile>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const lang of languages) {
    for (const [name, file] of Object.entries(lang.files)) {
      if (!file) continue;
      const source = lang === dutch ? undefined : dutch?.files[name];
      const where = source ? `${file.file}, ${source.file}` : file.file;
      diagnostics.push(...checkFile(file, source ? listedIds(source.data) : [], where));
    }
  }
  for (const region of regions.values()) {
    const { ids, files } = regionIds(region, regions);
    diagnostics.push(...checkFile(region.file, ids, files.join(', ')));
  }
  return diagnostics;
}
