import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { RegionFile as Region, type RegionT } from '../../src/load/schema.js';
import { resolveRegions, type RegionFile } from '../../src/load/resolveRegions.js';
import { withoutCodes } from '../support/withoutCodes.js';

function regions(files: Record<string, string>): Map<string, RegionFile> {
  const out = new Map<string, RegionFile>();
  for (const [id, text] of Object.entries(files)) {
    const file = readYaml(`content/regions/${id}.yaml`, text).value!;
    out.set(id, { id, file, data: Region.parse(file.data) as RegionT });
  }
  return out;
}

const province = 'name: West-Vlaanderen\ncontacts:\n  vdab:\n    name: VDAB\n    phone: 0800 30 700\n  clb:\n    name: Je CLB\npartners:\n  - name: VDAB\n  - name: Provincie\n';

describe('resolveRegions', () => {
  it('merges maps deeply, replaces lists, removes null, and keeps where each field was written', () => {
    const { regions: out, diagnostics } = resolveRegions(
      regions({
        'west-vlaanderen': province,
        oostende: 'name: Oostende\nextends: west-vlaanderen\ncontacts:\n  vdab:\n    website: www.vdab.be\n  clb: null\n  youthstart:\n    name: YouthStart\npartners:\n  - name: Stad Oostende\n',
      }),
    );
    expect(diagnostics).toEqual([]);
    const o = out.get('oostende')!;
    expect(o.chain).toEqual(['oostende', 'west-vlaanderen']);
    expect(o.data.contacts).toEqual({ vdab: { name: 'VDAB', phone: '0800 30 700', website: 'www.vdab.be' }, youthstart: { name: 'YouthStart' } });
    expect(o.data.partners).toEqual([{ name: 'Stad Oostende' }]);
    expect(o.positions.get('contacts.vdab.phone')).toEqual({ file: 'content/regions/west-vlaanderen.yaml', line: 5, column: 12 });
    expect(o.positions.get('contacts.vdab.website')).toEqual({ file: 'content/regions/oostende.yaml', line: 5, column: 14 });
    expect(o.positions.get('partners[0].name')).toEqual({ file: 'content/regions/oostende.yaml', line: 10, column: 11 });
  });

  it('reports an unknown parent with did-you-mean', () => {
    const { regions: out, diagnostics } = resolveRegions(regions({ 'west-vlaanderen': province, oostende: 'name: Oostende\nextends: west-vlaandren\n' }));
    expect(out.has('oostende')).toBe(false);
    expect(withoutCodes(diagnostics)).toEqual([
      {
        severity: 'error',
        message: 'region "oostende" extends "west-vlaandren", which does not exist — did you mean "west-vlaanderen"?',
        file: 'content/regions/oostende.yaml',
        line: 2,
        column: 10,
        field: 'extends',
        hint: 'known regions: west-vlaanderen, oostende',
      },
    ]);
  });

  it('reports a cycle once per region in it', () => {
    const { diagnostics } = resolveRegions(regions({ a: 'name: A\nextends: b\n', b: 'name: B\nextends: a\n' }));
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'content/regions/b.yaml:2 regions extend each other in a cycle: a → b → a',
      'content/regions/a.yaml:2 regions extend each other in a cycle: b → a → b',
    ]);
  });
});

describe('resolveRegions, incomplete contacts', () => {
  it('reports a contact that has no name anywhere in the chain, at the child entry', () => {
    const { diagnostics } = resolveRegions(regions({ 'west-vlaanderen': province, oostende: 'name: Oostende\nextends: west-vlaanderen\ncontacts:\n  youthstart:\n    website: www.example.org\n' }));
    expect(withoutCodes(diagnostics)).toEqual([
      {
        severity: 'error',
        message: '"contacts.youthstart.name" is required but missing in region "oostende" and the regions it extends',
        file: 'content/regions/oostende.yaml',
        line: 4,
        column: 3,
        field: 'contacts.youthstart.name',
        hint: 'add name: to this entry',
      },
    ]);
  });
});
