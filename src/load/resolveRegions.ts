// Validated region files → each region merged with the regions it extends (maps merge deeply, lists replace, null removes), with field positions.
import { coded } from '../messages/coded.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Pos } from '../vocabulary/position.js';
import { Region, type RegionFileT, type RegionT } from './schema.js';
import { pathString } from './validateData.js';
import { joinPath, type YamlFile } from './readYaml.js';
import { didYouMean } from './didYouMean.js';

export interface RegionFile {
  id: string;
  file: YamlFile;
  /** What this file says (its contacts may be partial); ResolvedRegion holds the merged region. */
  data: RegionFileT;
}

export interface ResolvedRegion {
  id: string;
  /** This region first, then the regions it extends. */
  chain: string[];
  data: RegionT;
  /** Where each field of the merged data was written. */
  positions: Map<string, Pos>;
}

type Plain = Record<string, unknown>;
const isMap = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeDeep(parent: unknown, child: unknown): unknown {
  if (isMap(parent) && isMap(child)) {
    const out: Plain = { ...parent };
    for (const [k, v] of Object.entries(child)) out[k] = k in parent ? mergeDeep(parent[k], v) : v;
    return out;
  }
  return child;
}

/** Fields a region replaces whole: a v.u. is one person at one address, never one region's name with another's address. */
const WHOLE_FIELDS = ['responsible_publisher'];

function mergeRegion(parent: unknown, child: unknown): unknown {
  const out = mergeDeep(parent, child);
  if (isMap(out) && isMap(child)) for (const key of WHOLE_FIELDS) if (key in child) out[key] = child[key];
  return out;
}

function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (!isMap(v)) return v;
  const out: Plain = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = dropNulls(x);
  return out;
}

function collectPositions(value: unknown, path: string, files: YamlFile[], out: Map<string, Pos>): void {
  for (const f of files) {
    const pos = f.positions.value.get(path);
    if (pos) {
      out.set(path, pos);
      break;
    }
  }
  if (Array.isArray(value)) value.forEach((v, i) => collectPositions(v, joinPath(path, i), files, out));
  else if (isMap(value)) for (const [k, v] of Object.entries(value)) collectPositions(v, joinPath(path, k), files, out);
}

export function resolveRegions(files: ReadonlyMap<string, RegionFile>): { regions: Map<string, ResolvedRegion>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const regions = new Map<string, ResolvedRegion>();
  const known = [...files.keys()];
  for (const region of files.values()) {
    const chain: RegionFile[] = [region];
    let failed = false;
    for (let current = region; current.data.extends !== undefined; ) {
      const parentId = current.data.extends;
      const parent = files.get(parentId);
      const pos = current.file.positions.value.get('extends') ?? { file: current.file.file, line: 1, column: 1 };
      if (!parent) {
        if (current === region) {
          const suggestion = didYouMean(parentId, known);
          diagnostics.push({
            severity: 'error',
            ...coded('region.noParent', { id: current.id, parent: parentId, suggestion, known: known.join(', ') }, 'region.known'),
            ...pos,
            field: 'extends',
          });
        }
        failed = true;
        break;
      }
      if (chain.includes(parent)) {
        if (current === region || chain.indexOf(parent) === 0) {
          diagnostics.push({
            severity: 'error',
            ...coded('region.cycle', { chain: [...chain.map((r) => r.id), parent.id].join(' → ') }, 'region.cycleHint'),
            ...pos,
            field: 'extends',
          });
        }
        failed = true;
        break;
      }
      chain.push(parent);
      current = parent;
    }
    if (failed) continue;
    let merged: unknown = {};
    for (const r of [...chain].reverse()) merged = mergeRegion(merged, r.data);
    const data = dropNulls(merged) as RegionT;
    if (region.data.extends === undefined) delete data.extends;
    const positions = new Map<string, Pos>();
    collectPositions(
      data,
      '',
      chain.map((r) => r.file),
      positions,
    );
    const complete = Region.safeParse(data);
    if (!complete.success) {
      for (const issue of complete.error.issues) {
        const field = pathString(issue.path);
        const parentField = pathString(issue.path.slice(0, -1));
        const pos = positions.get(parentField) ?? positions.get('') ?? { file: region.file.file, line: 1, column: 1 };
        const keyPos = region.file.positions.key.get(parentField);
        diagnostics.push({
          severity: 'error',
          ...coded('region.required', { field, id: region.id, key: String(issue.path[issue.path.length - 1]) }, 'region.requiredHint'),
          ...(keyPos ?? pos),
          field,
        });
      }
      continue;
    }
    regions.set(region.id, { id: region.id, chain: chain.map((r) => r.id), data, positions });
  }
  return { regions, diagnostics };
}
