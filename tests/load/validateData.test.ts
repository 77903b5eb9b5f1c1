import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { validateData } from '../../src/load/validateData.js';
import { Region } from '../../src/load/schema.js';
import { didYouMean } from '../../src/load/didYouMean.js';
import { withoutCodes } from '../support/withoutCodes.js';

const validate = (text: string) => validateData(Region, readYaml('content/regions/x.yaml', text).value!, 'a region').diagnostics;

describe('validateData', () => {
  it('accepts a valid region', () => {
    expect(validate('name: Oostende\nextends: west-vlaanderen\ncontacts:\n  vdab:\n    name: VDAB\n    phone: 0800 30 700\n')).toEqual([]);
  });

  it('names an unknown key at the key, with did-you-mean and the allowed keys', () => {
    expect(validate('name: X\ncontacts:\n  vdab:\n    name: VDAB\n    webiste: www.vdab.be\n')).toEqual([
      {
        severity: 'error',
        message: 'unknown field "webiste" in a region — did you mean "website"?',
        file: 'content/regions/x.yaml',
        line: 5,
        column: 5,
        field: 'contacts.vdab.webiste',
        hint: 'allowed here: name, description, phone, email, website, address, hours, kind, verify, sources',
        code: 'diag.unknownField',
        values: { key: 'webiste', what: 'a region', suggestion: 'website', fields: 'name, description, phone, email, website, address, hours, kind, verify, sources' },
        hintCode: 'hint.allowedFields',
      },
    ]);
  });

  it('names a wrong type at the value', () => {
    expect(withoutCodes(validate('name: X\npartners: 3\n'))).toEqual([
      { severity: 'error', message: '"partners" must be a list, not the number 3', file: 'content/regions/x.yaml', line: 2, column: 11, field: 'partners' },
    ]);
  });

  it('names a missing required field at its parent', () => {
    expect(withoutCodes(validate('name: X\ncontacts:\n  clb:\n    description: het CLB van je school\n'))).toEqual([
      { severity: 'error', message: '"contacts.clb.name" is required but missing', file: 'content/regions/x.yaml', line: 3, column: 3, field: 'contacts.clb.name' },
    ]);
  });

  it('reports every error of a file at once', () => {
    const ds = validate('name: X\nkind: town\ncontacts:\n  vdab:\n    name: VDAB\n    phone: bel ons\n');
    expect(ds.map((d) => [d.line, d.field])).toEqual([
      [2, 'kind'],
      [6, 'contacts.vdab.phone'],
    ]);
    expect(ds[1].message).toBe('"contacts.vdab.phone" is not a phone number: "bel ons" has "b", which is not a digit or one of the separators space / . -');
  });

  it('drops the mailto: of a link (any case) from an e-mail address, as the printed link adds its own', () => {
    const text = 'name: X\ncontacts:\n  a:\n    name: A\n    email: mailto:jeugd@example.org\n  b:\n    name: B\n    email: MAILTO:Info@Example.org\n';
    const { value, diagnostics } = validateData(Region, readYaml('content/regions/x.yaml', text).value!, 'a region');
    expect(diagnostics).toEqual([]);
    expect(value!.contacts!.a!.email).toBe('jeugd@example.org');
    expect(value!.contacts!.b!.email).toBe('Info@Example.org');
  });

  it.each(['mailto:mailto:jeugd@example.org', 'https://jeugd@example.org', 'mailto:', 'jeugd at example.org'])('refuses %j as an e-mail address, at its value', (email) => {
    expect(withoutCodes(validate(`name: X\ncontacts:\n  a:\n    name: A\n    email: "${email}"\n`))).toEqual([
      { severity: 'error', message: '"contacts.a.email" must be an e-mail address', file: 'content/regions/x.yaml', line: 5, column: 12, field: 'contacts.a.email' },
    ]);
  });

  it('refuses a logo path that leaves the project', () => {
    const ds = validate('name: X\nlogo: images/../../etc/passwd\n');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ field: 'logo', line: 2, message: '"logo" must not leave the project folder' });
  });
});

describe('didYouMean', () => {
  it('suggests only close names', () => {
    expect(didYouMean('webiste', ['website', 'phone'])).toBe('website');
    expect(didYouMean('colour', ['name', 'phone'])).toBeUndefined();
  });
});
