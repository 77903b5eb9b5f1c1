// An output folder → the JSON Schema files of content, regions and theme written into it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas, schemaText } from '../load/jsonSchemas.js';

export async function writeSchemas(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, schema] of jsonSchemas()) {
    await writeFile(path.join(dir, name), schemaText(schema));
    written.push(name);
  }
  return written;
}
