// The phone rule: the Belgian ways people write a number → one house style; a wrong number → the value and the column of the first wrong character.
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../src/load/phoneNumber.js';
import { readYaml } from '../../src/load/readYaml.js';
import { validateData } from '../../src/load/validateData.js';
import { RegionFile } from '../../src/load/schema.js';
import { withoutCodes } from '../support/withoutCodes.js';
import { localize } from '../../src/diagnostics.js';

const printed = (raw: string): string | undefined => {
  const r = parsePhone(raw);
  return r.ok ? r.value : undefined;
};

describe('parsePhone', () => {
  it.each([
    ['0800 30 700', '0800 30 700'],
    ['0800-30700', '0800 30 700'],
    ['080030700', '0800 30 700'],
    ['0900/12.346', '0900 12 346'],
    ['056 27 75 00', '056 27 75 00'],
    ['056/27 75 00', '056 27 75 00'],
    ['056 / 27 75 00', '056 27 75 00'],
    ['056 27.75.00', '056 27 75 00'],
    ['056277500', '056 27 75 00'],
    ['+32 56 27 75 00', '056 27 75 00'],
    ['+3256277500', '056 27 75 00'],
    ['0032 56 27 75 00', '056 27 75 00'],
    ['02 511 86 40', '02 511 86 40'],
    ['09/223.45.67', '09 223 45 67'],
    ['04 223 45 67', '04 223 45 67'],
    ['0470 25 18 63', '0470 25 18 63'],
    ['0470/25.18.63', '0470 25 18 63'],
    ['+32 470 25 18 63', '0470 25 18 63'],
    // a link's tel: (copied from a web page) is no part of the number
    ['tel:+3256277500', '056 27 75 00'],
    ['TEL: 056 27 75 00', '056 27 75 00'],
    ['tel:0800-30700', '0800 30 700'],
    ['078 15 15 15', '078 15 15 15'],
    ['102', '102'],
    ['1207', '1207'],
    ['116 111', '116 111'],
    [' 102 ', '102'],
  ])('prints %j as %j', (raw, house) => {
    expect(printed(raw)).toBe(house);
    // the house style is itself accepted as it is
    expect(printed(house)).toBe(house);
  });

  it.each([
    ['056,27 75 00', 3, 'has ",", which is not a digit or one of the separators space / . -'],
    ['0800 30 700 (gratis)', 12, 'has "(", which is not a digit or one of the separators space / . -'],
    ['bel ons', 0, 'has "b", which is not a digit or one of the separators space / . -'],
    ['056 27 75 000', 12, 'has 10 digits; a Belgian number has 9 (10 for a mobile number)'],
    ['0470 12 34 5', 12, 'has 9 digits; a Belgian mobile number has 10'],
    ['056 27 75', 9, 'has 7 digits; a Belgian number has 9 (10 for a mobile number)'],
    ['+33 1 23 45 67 89', 1, 'is not a Belgian number (+32): only Belgian numbers are printed'],
    ['+32 056 27 75 00', 4, 'has a 0 after +32: write either +32 56 … or 056 …'],
    ['056--27 75 00', 4, 'has "-" right after another separator'],
    ['-056 27 75 00', 0, 'starts with "-"'],
    ['056 27 75 00-', 12, 'ends with "-"'],
    ['12', 0, 'is not a Belgian number: it starts with 0 (or +32), or it is a short number of 3 or 4 digits such as 102'],
    ['56 27 75 00', 0, 'is not a Belgian number: it starts with 0 (or +32), or it is a short number of 3 or 4 digits such as 102'],
    ['tel:', 0, 'has no digits'],
    ['tel:bel ons', 4, 'has "b", which is not a digit or one of the separators space / . -'],
    ['001 23 45 67', 0, 'is not a Belgian number (+32): only Belgian numbers are printed'],
    // placeholders: the subscriber part (after the zone, mobile or service prefix) all zeros or counting up, or x for digits
    ['000 00 00 00', 0, 'looks like a placeholder, not a real number'],
    ['059 00 00 00', 4, 'looks like a placeholder, not a real number'],
    ['+32 59 00 00 00', 7, 'looks like a placeholder, not a real number'],
    ['tel:059000000', 7, 'looks like a placeholder, not a real number'],
    ['0470 00 00 00', 5, 'looks like a placeholder, not a real number'],
    ['0800 00 000', 5, 'looks like a placeholder, not a real number'],
    ['02 000 00 00', 3, 'looks like a placeholder, not a real number'],
    ['012 34 56 78', 4, 'looks like a placeholder, not a real number'],
    ['0470 12 34 56', 5, 'looks like a placeholder, not a real number'],
    ['02 123 45 67', 3, 'looks like a placeholder, not a real number'],
    ['0xx xx xx xx', 1, 'looks like a placeholder, not a real number'],
    ['059 XX XX XX', 4, 'looks like a placeholder, not a real number'],
    ['056 27 75 00 x', 13, 'has "x", which is not a digit or one of the separators space / . -'],
  ])('refuses %j at index %i', (raw, index, message) => {
    expect(parsePhone(raw)).toMatchObject({ ok: false, index, message });
  });
});

describe('a phone number in a region file', () => {
  const validate = (text: string) => validateData(RegionFile, readYaml('content/regions/x.yaml', text).value!, 'a region', text);

  it('holds the house style after validation', () => {
    const { value, diagnostics } = validate('name: X\ncontacts:\n  a:\n    name: A\n    phone: +32 56 27.75.00\n  b:\n    phone: "0800-30700"\n');
    expect(diagnostics).toEqual([]);
    expect(value!.contacts!.a!.phone).toBe('056 27 75 00');
    expect(value!.contacts!.b!.phone).toBe('0800 30 700');
  });

  it('shows the value and points at the column of the first wrong character, plain or quoted', () => {
    const text = 'name: X\ncontacts:\n  a:\n    name: A\n    phone: 056 27,75 00\n  b:\n    phone: "0800 30 70O"\n';
    const ds = validate(text).diagnostics;
    expect(withoutCodes(ds)).toEqual([
      {
        severity: 'error',
        message: '"contacts.a.phone" is not a phone number: "056 27,75 00" has ",", which is not a digit or one of the separators space / . -',
        file: 'content/regions/x.yaml',
        line: 5,
        column: 18,
        field: 'contacts.a.phone',
        hint: 'write it like 0xx xx xx xx, 04xx xx xx xx, 0800 30 700 or 102',
      },
      {
        severity: 'error',
        message: '"contacts.b.phone" is not a phone number: "0800 30 70O" has "O", which is not a digit or one of the separators space / . -',
        file: 'content/regions/x.yaml',
        line: 7,
        column: 23,
        field: 'contacts.b.phone',
        hint: 'write it like 0xx xx xx xx, 04xx xx xx xx, 0800 30 700 or 102',
      },
    ]);
    // the column is where the character is in the file
    expect(text.split('\n')[4][18 - 1]).toBe(',');
    expect(text.split('\n')[6][23 - 1]).toBe('O');
  });

  it('says every problem, its detail included, in Dutch when Dutch is chosen (the detail was English inside the Dutch message)', () => {
    const text = [
      'name: X',
      'contacts:',
      '  a: { phone: "050 00 00 0" }',
      '  b: { phone: "0470 12 34 5" }',
      '  c: { phone: "05O 12 34 56" }',
      '  d: { phone: "123456789" }',
      '  e: { phone: "+33 1 23 45 67 89" }',
      '  f: { phone: "+32 056 27 75 00" }',
      '  g: { phone: "056--27 75 00" }',
      '  h: { phone: "056 27 75 00-" }',
      '  i: { phone: "-056 27 75 00" }',
      '  j: { phone: "." }',
      '',
    ].join('\n');
    const dutch = validate(text).diagnostics.map((d) => localize(d, 'nl'));
    const hint = 'schrijf het zoals 0xx xx xx xx, 04xx xx xx xx, 0800 30 700 of 102';
    expect(dutch).toEqual(
      [
        '"contacts.a.phone" is geen telefoonnummer: "050 00 00 0" heeft 8 cijfers; een Belgisch nummer heeft er 9 (10 voor een gsm-nummer)',
        '"contacts.b.phone" is geen telefoonnummer: "0470 12 34 5" heeft 9 cijfers; een Belgisch gsm-nummer heeft er 10',
        '"contacts.c.phone" is geen telefoonnummer: "05O 12 34 56" bevat "O", dat is geen cijfer en geen van de scheidingstekens spatie / . -',
        '"contacts.d.phone" is geen telefoonnummer: "123456789" is geen Belgisch nummer: dat begint met 0 (of +32), of het is een kort nummer van 3 of 4 cijfers zoals 102',
        '"contacts.e.phone" is geen telefoonnummer: "+33 1 23 45 67 89" is geen Belgisch nummer (+32): alleen Belgische nummers worden gedrukt',
        '"contacts.f.phone" is geen telefoonnummer: "+32 056 27 75 00" heeft een 0 na +32: schrijf +32 56 … of 056 …',
        '"contacts.g.phone" is geen telefoonnummer: "056--27 75 00" heeft "-" vlak na een ander scheidingsteken',
        '"contacts.h.phone" is geen telefoonnummer: "056 27 75 00-" eindigt op "-"',
        '"contacts.i.phone" is geen telefoonnummer: "-056 27 75 00" begint met "-"',
        '"contacts.j.phone" is geen telefoonnummer: "." begint met "."',
      ].map((message) => ({ message, hint })),
    );
  });

  it('refuses a placeholder such as the one new-region shows, at its first digit that is not a number’s, telling why', () => {
    const text = 'name: X\ncontacts:\n  a:\n    name: A\n    phone: 000 00 00 00\n  b:\n    phone: "059 00 00 00"\n';
    expect(withoutCodes(validate(text).diagnostics)).toEqual([
      {
        severity: 'error',
        message: '"contacts.a.phone" is not a phone number: "000 00 00 00" looks like a placeholder, not a real number',
        file: 'content/regions/x.yaml',
        line: 5,
        column: 12,
        field: 'contacts.a.phone',
        hint: 'write the number you have checked, or leave phone out until you have it (never a guess)',
      },
      {
        severity: 'error',
        message: '"contacts.b.phone" is not a phone number: "059 00 00 00" looks like a placeholder, not a real number',
        file: 'content/regions/x.yaml',
        line: 7,
        column: 17,
        field: 'contacts.b.phone',
        hint: 'write the number you have checked, or leave phone out until you have it (never a guess)',
      },
    ]);
  });
});
