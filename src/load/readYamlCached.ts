// (file, YAML text, cache folder) → readYaml's result, read back from the cache when this very text was read before: parsing YAML was most of a no-op build, and JSON reads ~10× faster.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import type { Pos } from '../model/types.js';
import { readYaml, type YamlFile } from './readYaml.js';
import { writeCacheFile } from '../incremental/cacheFile.js';

type Result = ReturnType<typeof readYaml>;

interface Stored {
  diagnostics: Diagnostic[];
  value?: { file: string; data: unknown; value: [string, Pos][]; key: [string, Pos][] };
}

/** The code that reads YAML (readYaml's own source and the yaml library's version): a change to either makes every entry stale. */
const CODE = (() => {
  const hash = createHash('sha256');
  const here = fileURLToPath(import.meta.url);
  hash.update(readFileSync(path.join(path.dirname(here), `readYaml${path.extname(here)}`)));
  try {
    hash.update(String((createRequire(import.meta.url)('yaml/package.json') as { version: string }).version));
  } catch {
    hash.update('yaml ?');
  }
  return hash.digest('hex');
})();

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

/** readYaml through a cache folder (undefined: no cache). Entries are keyed by the code, the file name and the text; writing one that fails is no error. */
export function readYamlCached(file: string, text: string, cacheDir: string | undefined): Result {
  if (!cacheDir) return readYaml(file, text);
  const key = createHash('sha256').update(`${CODE}\0${file}\0`).update(text).digest('hex');
  const entry = path.join(cacheDir, 'yaml', `${key}.json`);
  try {
    return revive(JSON.parse(readFileSync(entry, 'utf8')) as Stored);
  } catch {
    // not read before (or unreadable): parse it
  }
  const result = readYaml(file, text);
  const { value, diagnostics } = result;
  const json = toJson({ diagnostics, value: value && { file: value.file, data: value.data, value: [...value.positions.value], key: [...value.positions.key] } });
  if (json !== undefined) writeCacheFile(entry, json);
  return result;
}
