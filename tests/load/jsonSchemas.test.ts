import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaText } from '../../src/load/jsonSchemas.js';
import { REPO } from '../support/tempProject.js';

describe('jsonSchemas', () => {
  it('the committed schema/ files are what the validator’s schemas generate (run `npx drukwerk schema` after a schema change)', async () => {
    for (const [name, schema] of jsonSchemas()) {
      expect(await readFile(path.join(REPO, 'schema', name), 'utf8'), name).toBe(schemaText(schema));
    }
  });

  it('describes unknown keys as not allowed, like the validator', () => {
    const region = jsonSchemas().get('region.schema.json') as { additionalProperties: boolean; required: string[] };
    expect(region.additionalProperties).toBe(false);
    expect(region.required).toEqual(['name']);
  });
});
