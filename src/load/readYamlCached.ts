// (file, YAML text) + the store → readYaml's result, read back (kind `yaml`, one shelf for every file) when this very text was read before: parsing YAML was most of a no-op build, and JSON reads ~10× faster.
import type { Diagnostic } from '../diagnostics.js';
import { digest } from '../digest.js';
import type { Pos } from '../vocabulary/position.js';
import type { Shelf, Store } from '../world/store.js';
import { readYaml, type YamlFile } from './readYaml.js';

type Result = ReturnType<typeof readYaml>;

interface Stored {
  diagnostics: Diagnostic[];
  value?: { file: string; data: unknown; value: [string, Pos][]; key: [string, Pos][] };
}

/** A number JSON cannot carry as is (YAML's .inf, .nan, -0): such a file is not cached. */
const NOT_JSON = Symbol('not JSON');
function toJson(stored: Stored): string | undefined {
  try {
    return JSON.stringify(stored, (_key, v: unknown) => {
      if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) throw NOT_JSON;
      return v;
    });
  } catch (e) {
    if (e === NOT_JSON) return undefined;
    throw e;
  }
}

function revive(stored: Stored): Result {
  if (!stored.value) return { diagnostics: stored.diagnostics };
  const { file, data, value, key } = stored.value;
  const yamlFile: YamlFile = { file, data, positions: { value: new Map(value), key: new Map(key) } };
  return { value: yamlFile, diagnostics: stored.diagnostics };
}

const isPositions = (v: unknown): boolean => Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && !!p[1] && typeof p[1] === 'object');

function isStored(v: unknown): v is Stored {
  const s = v as Stored;
  if (!s || !Array.isArray(s.diagnostics)) return false;
  return s.value === undefined || (typeof s.value === 'object' && s.value !== null && typeof s.value.file === 'string' && isPositions(s.value.value) && isPositions(s.value.key));
}

/**
 * The project's parses, one shelf: a file of lines read whole, so a build that parses nothing opens one file instead of
 * one per YAML file. `files` (how many YAML files the project has) bounds it: past a few times that, the newest half stays.
 */
export function yamlShelf(store: Store, files: number): Shelf<Stored> {
  return store.shelf('yaml', ['parses'], isStored, Math.max(1_000, 4 * files));
}

/** readYaml through the store (undefined: none). Each entry's key names the code, the yaml library, the file's name and its text. */
export function readYamlCached(file: string, text: string, store: Store | undefined, files = 0): Result {
  if (!store) return readYaml(file, text);
  const shelf = yamlShelf(store, files);
  const key = `${file}\0${digest('sha256', text, 'hex')}`;
  const stored = shelf.get(key);
  // each read parses its own copy (of the file's line, or of the JSON put below): no two reads share their data
  if (stored) return revive(stored);
  const result = readYaml(file, text);
  const { value, diagnostics } = result;
  const json = toJson({ diagnostics, value: value && { file: value.file, data: value.data, value: [...value.positions.value], key: [...value.positions.key] } });
  // stored as the JSON of the parse as it is now: what the build goes on to do with `result` never changes what is stored
  if (json !== undefined) shelf.putJson(key, json);
  return result;
}
