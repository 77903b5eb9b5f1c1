// An output folder (and the folder the command runs in) → the JSON Schema files of content, regions and theme written into it, each whole or not at all, never through a link leading out.
import path from 'node:path';
import { jsonSchemas, schemaText } from '../load/jsonSchemas.js';
import { OutputError } from '../write/outputError.js';
import { reason } from '../messages/reason.js';
import { writeFileAtomic } from '../write/safeFile.js';
import { prepareOutDir } from '../write/safePath.js';
import { say } from '../messages/say.js';

/** Writes the schemas into `dir` (relative to `root`, the project: inside it the folder must stay inside it); throws OutputError with nothing written when the folder is not one. */
export async function writeSchemas(dir: string, root = process.cwd()): Promise<string[]> {
  const out = await prepareOutDir(root, dir);
  const written: string[] = [];
  for (const [name, schema] of jsonSchemas()) {
    try {
      await writeFileAtomic(path.join(out, name), schemaText(schema));
    } catch (e) {
      throw new OutputError(say('write.cannotWriteFile', { file: path.join(dir, name), why: reason(e) }));
    }
    written.push(name);
  }
  return written;
}
