// An output folder (and the folder the command runs in) → the JSON Schema files of content, regions and theme written into it, each whole or not at all, never through a link leading out, never among the project's inputs, and never over a file that is not a schema drukwerk wrote.
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas, schemaText } from '../load/jsonSchemas.js';
import { OutputError } from '../write/outputError.js';
import { reason } from '../messages/reason.js';
import { writeFileAtomic } from '../write/safeFile.js';
import { prepareOutDir } from '../write/safePath.js';
import { say } from '../messages/say.js';
import { checkOutDir, PathOptionError } from './outDir.js';

/** Every schema drukwerk writes has a title that begins so (jsonSchemas). */
const TITLE_MARK = 'drukwerk:';

/** Whether `file` can be (re)written: nothing is there, or a regular file holding a schema drukwerk wrote. */
async function isFreeOrOurs(file: string): Promise<boolean> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return true;
  if (!info.isFile() || info.size > 4 << 20) return false;
  try {
    const title = (JSON.parse(await readFile(file, 'utf8')) as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.startsWith(TITLE_MARK);
  } catch {
    return false;
  }
}

/**
 * Writes the schemas into `dir` (relative to `root`, the project: inside it the folder must stay inside it); throws
 * PathOptionError (a wrong command line) or OutputError with nothing written when the folder is not one to write.
 */
export async function writeSchemas(dir: string, root = process.cwd()): Promise<string[]> {
  const abs = await checkOutDir(root, dir, 'schema --out', true);
  const schemas = jsonSchemas();
  for (const name of schemas.keys()) {
    const file = path.join(abs, name);
    if (!(await isFreeOrOurs(file))) throw new PathOptionError(say('schema.notOurs', { given: dir, file: path.join(dir, name) }));
  }
  const out = await prepareOutDir(root, dir);
  const written: string[] = [];
  for (const [name, schema] of schemas) {
    try {
      await writeFileAtomic(path.join(out, name), schemaText(schema));
    } catch (e) {
      throw new OutputError(say('write.cannotWriteFile', { file: path.join(dir, name), why: reason(e) }));
    }
    written.push(name);
  }
  return written;
}
