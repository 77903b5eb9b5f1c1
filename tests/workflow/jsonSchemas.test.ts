// The generated JSON Schemas (schema/*.json) with ajv 2020-12: they accept the shipped content and regions, reject broken files, and every file points at one.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/load/jsonSchemas.js';
import { REPO } from '../support/tempProject.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i); // what zod's url() writes; ajv-formats is not needed for this one
const validators = new Map([...jsonSchemas()].map(([name, schema]) => [name, ajv.compile(schema)]));

async function yamlFiles(): Promise<string[]> {
  const out: string[] = ['templates/theme.yaml'];
  for (const entry of await readdir(path.join(REPO, 'content'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue; // content/OPEN-QUESTIONS.md and other notes beside the language folders
    const dir = entry.name;
    for (const f of await readdir(path.join(REPO, 'content', dir))) if (/\.ya?ml$/.test(f)) out.push(`content/${dir}/${f}`);
    // a language's region texts: content/<lang>/regions/<id>.yaml
    const regions = path.join(REPO, 'content', dir, 'regions');
    if (dir !== 'regions' && existsSync(regions)) for (const f of await readdir(regions)) if (/\.ya?ml$/.test(f)) out.push(`content/${dir}/regions/${f}`);
  }
  return out.sort();
}

/** The schema a file's first line names, as a path relative to the repository. */
function schemaOf(rel: string, text: string): string | undefined {
  const m = /^# yaml-language-server: \$schema=(\S+)\s*$/.exec(text.split('\n')[0]);
  return m
    ? path
        .relative(REPO, path.resolve(path.dirname(path.join(REPO, rel)), m[1]))
        .split(path.sep)
        .join('/')
    : undefined;
}

function validate(schemaFile: string, data: unknown): string[] {
  const v = validators.get(schemaFile);
  if (!v) throw new Error(`no schema ${schemaFile}`);
  return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('JSON Schemas for editors', () => {
  it('every content, region and theme file starts with a $schema line that points at an existing schema file', async () => {
    const files = await yamlFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => /^content\/[a-z]{2}\/regions\//.test(f)).length, 'the region texts of fr, en and ar').toBeGreaterThanOrEqual(6);
    for (const rel of files) {
      const schema = schemaOf(rel, await readFile(path.join(REPO, rel), 'utf8'));
      expect(schema, `${rel}: first line`).toMatch(/^schema\/[a-z-]+\.schema\.json$/);
      expect(existsSync(path.join(REPO, schema!)), `${rel} → ${schema}`).toBe(true);
      const expected = rel.startsWith('content/regions/')
        ? 'schema/region.schema.json'
        : /^content\/[a-z]{2}\/regions\//.test(rel)
          ? 'schema/region-translation.schema.json'
          : rel === 'templates/theme.yaml'
            ? 'schema/theme.schema.json'
            : `schema/content-${path.basename(rel, '.yaml')}.schema.json`;
      expect(schema, rel).toBe(expected);
    }
  });

  it('accept every shipped content, region and theme file', async () => {
    for (const rel of await yamlFiles()) {
      const text = await readFile(path.join(REPO, rel), 'utf8');
      const schema = schemaOf(rel, text)!.replace(/^schema\//, '');
      expect(validate(schema, parse(text)), rel).toEqual([]);
    }
  });

  const region = () =>
    parse(`name: Middelkerke\nextends: west-vlaanderen\nkind: municipality\ncontacts:\n  vdab:\n    website: www.vdab.be\n  jeugddienst:\n    name: Jeugddienst\n    phone: 059 00 00 00\n`);

  it('accept a minimal region that only names itself and its parent', () => {
    expect(validate('region.schema.json', region())).toEqual([]);
  });

  it('reject an unknown key, as the validator does (the typo of a municipality)', () => {
    const data = region();
    data.contacts.jeugddienst.webiste = 'www.middelkerke.be';
    expect(validate('region.schema.json', data).join('\n')).toMatch(/additional properties.*"additionalProperty":"webiste"/);
    const top = { ...region(), colour: 'blue' };
    expect(validate('region.schema.json', top).join('\n')).toMatch(/colour/);
  });

  it('reject a wrong type', () => {
    expect(validate('region.schema.json', { ...region(), name: 42 })).not.toEqual([]);
    expect(validate('region.schema.json', { ...region(), kind: 'village' })).not.toEqual([]);
    expect(validate('region.schema.json', { ...region(), partners: { name: 'Stad' } })).not.toEqual([]);
  });

  it('reject a missing required field', async () => {
    const { name: _name, ...nameless } = region();
    expect(validate('region.schema.json', nameless).join('\n')).toMatch(/required.*name/);
    const flyer = parse(await readFile(path.join(REPO, 'content/nl/flyer.yaml'), 'utf8')) as Record<string, unknown>;
    const { title: _title, ...untitled } = flyer;
    expect(validate('content-flyer.schema.json', untitled).join('\n')).toMatch(/required.*title/);
  });

  it('a region translation holds text only: a phone or a website in it is refused, its status is required', () => {
    const text = () => parse(`status: concept\ncontacts:\n  vdab:\n    description: "Emploi."\n    hours: "8 h à 19 h"\nlocal:\n  flyer: "Texte."\n`);
    expect(validate('region-translation.schema.json', text())).toEqual([]);
    const withPhone = text();
    withPhone.contacts.vdab.phone = '0800 30 700';
    expect(validate('region-translation.schema.json', withPhone).join('\n')).toMatch(/additional properties.*"additionalProperty":"phone"/);
    expect(validate('region-translation.schema.json', { ...text(), website: 'www.vdab.be' }).join('\n')).toMatch(/"additionalProperty":"website"/);
    const { status: _status, ...statusless } = text();
    expect(validate('region-translation.schema.json', statusless).join('\n')).toMatch(/required.*status/);
  });

  it('reject a phone number with letters (the pattern is carried over from the validator)', () => {
    const data = region();
    data.contacts.jeugddienst.phone = 'bel ons';
    expect(validate('region.schema.json', data).join('\n')).toMatch(/pattern/);
  });
});
