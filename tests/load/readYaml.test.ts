import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { withoutCodes } from '../support/withoutCodes.js';

describe('readYaml', () => {
  it('keeps the line and column of every field, keys and values', () => {
    const { value, diagnostics } = readYaml('a.yaml', 'name: Oostende\ncontacts:\n  vdab:\n    phone: 0800 30 700\nlist:\n  - x\n  - y\n');
    expect(diagnostics).toEqual([]);
    expect(value!.positions.value.get('contacts.vdab.phone')).toEqual({ file: 'a.yaml', line: 4, column: 12 });
    expect(value!.positions.key.get('contacts.vdab.phone')).toEqual({ file: 'a.yaml', line: 4, column: 5 });
    expect(value!.positions.value.get('list[1]')).toEqual({ file: 'a.yaml', line: 7, column: 5 });
    expect(value!.data).toEqual({ name: 'Oostende', contacts: { vdab: { phone: '0800 30 700' } }, list: ['x', 'y'] });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const { value, diagnostics } = readYaml('a.yaml', 'name: A\nkind: province\nname: B\n');
    expect(value).toBeUndefined();
    expect(withoutCodes(diagnostics)).toEqual([
      { severity: 'error', message: 'the key "name" appears twice at the top level of the file; keep one', file: 'a.yaml', line: 3, column: 1, field: 'name' },
    ]);
  });

  it('reports a syntax error with its position', () => {
    const { diagnostics } = readYaml('a.yaml', 'name: "unclosed\nkind: x\n');
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        message: 'YAML syntax error: Missing closing "quote',
        file: 'a.yaml',
        line: 3,
        column: 1,
        code: 'diag.yamlSyntax',
        values: { detail: 'Missing closing "quote', code: 'MISSING_CHAR' },
      },
    ]);
  });

  it('reads a file with a byte-order mark and CRLF line endings normally', () => {
    const { value, diagnostics } = readYaml('a.yaml', '\uFEFFname: Oostende\r\nkind: municipality\r\n');
    expect(diagnostics).toEqual([]);
    expect(value!.data).toEqual({ name: 'Oostende', kind: 'municipality' });
    expect(value!.positions.value.get('kind')).toEqual({ file: 'a.yaml', line: 2, column: 7 });
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const { value, diagnostics } = readYaml('bomb.yaml', bomb);
    expect(value).toBeUndefined();
    expect(diagnostics[0].message).toBe('the YAML uses too many aliases (more than 100 expansions); write the values out');
  });
});

describe('readYaml: keys JavaScript objects inherit, and tags that are not plain data', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at its position, wherever it is', (key) => {
    const { value, diagnostics } = readYaml('r.yaml', `contacts:\n  vdab:\n    phone: "0800 30 700"\n  ${key}:\n    phone: "x"\n`);
    expect(value).toBeUndefined();
    expect(withoutCodes(diagnostics)).toEqual([
      {
        severity: 'error',
        message: `the key "${key}" cannot be used: it is a name reserved by the program`,
        file: 'r.yaml',
        line: 4,
        column: 3,
        field: `contacts.${key}`,
        hint: 'choose another name (ids use lower-case letters, digits and dashes)',
      },
    ]);
  });

  it('refuses every tag that does not give plain data, at the tag, all at once', () => {
    const { value, diagnostics } = readYaml('t.yaml', 'a: !!js/function "function () {}"\nb: !foo bar\nc: !!binary aGVsbG8=\nd: !!set {x}\ne: !!timestamp 2001-12-14\n');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.column, d.field, d.message.split(' is not')[0]])).toEqual([
      [1, 4, 'a', 'the YAML tag !!js/function'],
      [2, 4, 'b', 'the YAML tag !foo'],
      [3, 4, 'c', 'the YAML tag !!binary'],
      [4, 4, 'd', 'the YAML tag !!set'],
      [5, 4, 'e', 'the YAML tag !!timestamp'],
    ]);
  });

  it('keeps the core tags, which give plain data', () => {
    const { value, diagnostics } = readYaml('t.yaml', 'a: !!str 0800\nb: !!int "3"\nc: !!bool "true"\nd: !!seq [x]\ne: !!map {k: v}\nf: !!null ""\ng: !!float "1.5"\n');
    expect(diagnostics).toEqual([]);
    expect(value!.data).toEqual({ a: '0800', b: 3, c: true, d: ['x'], e: { k: 'v' }, f: null, g: 1.5 });
  });
});

describe('readYaml: a # that cuts a text short', () => {
  const text =
    'contacts:\n  jeugddienst:\n    address: Voorbeeldstraat 1 #2e verdieping, 8000 Brugge\n    name: "Jeugddienst #1" # a comment after quotes is meant\n    # a comment of its own\n    phone: 050 00 00 00\n';

  it('warns at the # when a comment written against its first word (#2e, #1) follows an unquoted text on its line: the text is read without it, and said so', () => {
    const { value, diagnostics } = readYaml('content/regions/brugge.yaml', text);
    expect(value!.data).toEqual({ contacts: { jeugddienst: { address: 'Voorbeeldstraat 1', name: 'Jeugddienst #1', phone: '050 00 00 00' } } });
    expect(withoutCodes(diagnostics)).toEqual([
      {
        severity: 'warning',
        message: '"contacts.jeugddienst.address" ends at "Voorbeeldstraat 1": in YAML a # after a space starts a comment, so "2e verdieping, 8000 Brugge" is left out of the text',
        hint: 'if the # belongs to the text, put the whole text between double quotes ("…"); a comment goes on a line of its own',
        file: 'content/regions/brugge.yaml',
        line: 3,
        column: 32,
        field: 'contacts.jeugddienst.address',
      },
    ]);
    expect(diagnostics[0]!.code).toBe('yaml.commentAfterText');
  });

  it('says nothing for a quoted text, a # inside a word, a comment on a line of its own, or one that starts with a space after the # (as new-region writes them)', () => {
    expect(readYaml('a.yaml', 'a: "x #1"\nb: C#-cursus\n# c: x\nkind: municipality         # province, arrondissement of municipality\nd: x # y\n').diagnostics).toEqual([]);
  });

  it('keeps the warning with the errors of a file that has them', () => {
    const { value, diagnostics } = readYaml('a.yaml', 'a: x #cut\nb: !!js/function "f"\n');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'yaml.unknownTag', 2],
      ['warning', 'yaml.commentAfterText', 1],
    ]);
  });
});

describe('readYaml: half a character', () => {
  it('refuses a lone surrogate a \\u escape makes, at its field, naming it; a whole pair passes', () => {
    const { value, diagnostics } = readYaml('content/regions/x.yaml', 'contacts:\n  a:\n    description: "Huis van het \\uDC00 Leren."\n    name: "\\uD83D\\uDE00 \\uD800"\n');
    expect(value).toBeUndefined();
    expect(withoutCodes(diagnostics)).toEqual([
      {
        severity: 'error',
        message: '"contacts.a.description" contains half a character, U+DC00 without its other half (at character 14)',
        hint: 'a \\u escape names half of a character here: write the character itself, or remove the escape',
        file: 'content/regions/x.yaml',
        line: 3,
        column: 18,
        field: 'contacts.a.description',
      },
      {
        severity: 'error',
        message: '"contacts.a.name" contains half a character, U+D800 without its other half (at character 4)',
        hint: 'a \\u escape names half of a character here: write the character itself, or remove the escape',
        file: 'content/regions/x.yaml',
        line: 4,
        column: 11,
        field: 'contacts.a.name',
      },
    ]);
    expect(readYaml('a.yaml', 'name: "\\uD83D\\uDE00"\n').diagnostics).toEqual([]);
  });
});

describe('readYaml: nesting the parser cannot follow', () => {
  it('says a flow collection thousands of levels deep is too deep, at its start, instead of the parser’s stack overflow', () => {
    const n = 3000;
    const { value, diagnostics } = readYaml('content/regions/x.yaml', `name: X\nlocal: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`);
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml.tooDeep', expect.any(Number)]]);
    expect(diagnostics[0]!.message).toBe(readYaml('a.yaml', `a: ${'[ '.repeat(40)}${' ]'.repeat(40)}\n`).diagnostics[0]!.message);
    expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(/call stack/);
  });
});
