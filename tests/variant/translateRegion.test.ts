// translateRegion with plain region files: each text from the translation of the file that wrote the Dutch, names as written unless translated, gaps for what a language lacks (never Dutch), Dutch untouched.
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { RegionFile as RegionSchema, RegionTranslationFile, type RegionT } from '../../src/load/schema.js';
import { resolveRegions, type RegionFile } from '../../src/load/resolveRegions.js';
import type { RegionTextFile } from '../../src/load/regionTexts.js';
import { translateRegion } from '../../src/variant/translateRegion.js';

function resolved(files: Record<string, string>) {
  const out = new Map<string, RegionFile>();
  for (const [id, text] of Object.entries(files)) {
    const file = readYaml(`content/regions/${id}.yaml`, text).value!;
    out.set(id, { id, file, data: RegionSchema.parse(file.data) as RegionT });
  }
  return resolveRegions(out).regions;
}

function texts(lang: string, files: Record<string, string>): Map<string, RegionTextFile> {
  return new Map(
    Object.entries(files).map(([id, text]) => {
      const file = readYaml(`content/${lang}/regions/${id}.yaml`, text).value!;
      return [id, { id, lang, file, data: RegionTranslationFile.parse(file.data) }];
    }),
  );
}

const regions = resolved({
  'west-vlaanderen':
    'name: West-Vlaanderen\ncontacts:\n  vdab:\n    name: VDAB\n    description: Werk.\n    hours: Elke werkdag\n    phone: 0800 30 700\n  clb:\n    name: Je CLB\n    description: Van je school.\n',
  oostende:
    'name: Oostende\nextends: west-vlaanderen\ncontacts:\n  clb: null\n  vdab:\n    description: Werk in Oostende.\n  youthstart:\n    name: YouthStart\n    description: In groep.\nlocal:\n  flyer: Lokaal.\n  leidraad: Voor scholen.\n',
});
const french = texts('fr', {
  'west-vlaanderen': 'status: concept\ncontacts:\n  vdab:\n    description: Emploi.\n    hours: Chaque jour ouvrable\n  clb:\n    name: Ton CLB\n    description: De ton école.\n',
  oostende: 'status: concept\ncontacts:\n  vdab:\n    description: Emploi à Oostende.\n  youthstart:\n    description: En groupe.\nlocal:\n  flyer: Local.\n',
});

describe('translateRegion', () => {
  it('takes each text from the translation of the region that wrote it, and points the field at the translation', () => {
    const { region, gaps } = translateRegion(regions.get('oostende')!, 'fr', 'flyer', french);
    expect(gaps).toEqual([]);
    expect(region.data.contacts).toEqual({
      vdab: { name: 'VDAB', description: 'Emploi à Oostende.', hours: 'Chaque jour ouvrable', phone: '0800 30 700' },
      youthstart: { name: 'YouthStart', description: 'En groupe.' },
    });
    // the leidraad's local text is not printed in a flyer: left out, not kept in Dutch
    expect(region.data.local).toEqual({ flyer: 'Local.' });
    expect(region.positions.get('contacts.vdab.hours')).toEqual({ file: 'content/fr/regions/west-vlaanderen.yaml', line: 5, column: 12 });
    expect(region.positions.get('contacts.vdab.description')?.file).toBe('content/fr/regions/oostende.yaml');
    expect(region.positions.get('contacts.vdab.phone')?.file).toBe('content/regions/west-vlaanderen.yaml');
  });

  it('translates a name only where the translation gives one', () => {
    const { region } = translateRegion(regions.get('west-vlaanderen')!, 'fr', 'brochure', french);
    expect(region.data.contacts?.clb).toEqual({ name: 'Ton CLB', description: 'De ton école.' });
    expect(region.data.contacts?.vdab?.name).toBe('VDAB');
  });

  it('leaves out a text its language lacks and returns it as a gap at the Dutch text, with the region that writes it', () => {
    const partial = texts('fr', { 'west-vlaanderen': 'status: concept\ncontacts:\n  vdab:\n    description: Emploi.\n' });
    const { region, gaps } = translateRegion(regions.get('oostende')!, 'fr', 'flyer', partial);
    expect(gaps).toEqual([
      { field: 'contacts.vdab.description', dutch: { file: 'content/regions/oostende.yaml', line: 6, column: 18 }, origin: 'oostende' },
      { field: 'contacts.vdab.hours', dutch: { file: 'content/regions/west-vlaanderen.yaml', line: 6, column: 12 }, origin: 'west-vlaanderen' },
      { field: 'contacts.youthstart.description', dutch: { file: 'content/regions/oostende.yaml', line: 9, column: 18 }, origin: 'oostende' },
      { field: 'local.flyer', dutch: { file: 'content/regions/oostende.yaml', line: 11, column: 10 }, origin: 'oostende' },
    ]);
    expect(region.data.contacts?.vdab).toEqual({ name: 'VDAB', phone: '0800 30 700' });
    expect(JSON.stringify(region.data)).not.toMatch(/Werk|Elke werkdag|In groep|Lokaal/);
  });

  it('gives a Dutch job the region as it is', () => {
    const oostende = regions.get('oostende')!;
    expect(translateRegion(oostende, 'nl', 'flyer', french)).toEqual({ region: oostende, gaps: [] });
  });
});
