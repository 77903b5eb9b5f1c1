// readYaml: a key written twice in one map → the key, the map it is in (as a field path) and where the second one is.
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { withoutCodes } from '../support/withoutCodes.js';

const read = (text: string) => readYaml('content/regions/oostende.yaml', text);
const FILE = 'content/regions/oostende.yaml';

describe('readYaml: duplicate keys', () => {
  it('in a nested map: the key and the map’s field path, at the second occurrence', () => {
    const { value, diagnostics } = read('name: Oostende\ncontacts:\n  youthstart:\n    name: "YouthStart"\n    name: "Youth Start"\n');
    expect(value).toBeUndefined();
    expect(withoutCodes(diagnostics)).toEqual([
      { severity: 'error', message: 'the key "name" appears twice in "contacts.youthstart"; keep one', file: FILE, line: 5, column: 5, field: 'contacts.youthstart.name' },
    ]);
  });

  it('at the top level of the file', () => {
    expect(withoutCodes(read('name: A\nkind: province\nname: B\n').diagnostics)).toEqual([
      { severity: 'error', message: 'the key "name" appears twice at the top level of the file; keep one', file: FILE, line: 3, column: 1, field: 'name' },
    ]);
  });

  it('in a map inside a list, and in a flow map: each with its own path', () => {
    expect(withoutCodes(read('statements:\n  - title: A\n    text: x\n    title: B\n  - { title: C, title: D }\n').diagnostics)).toEqual([
      { severity: 'error', message: 'the key "title" appears twice in "statements[0]"; keep one', file: FILE, line: 4, column: 5, field: 'statements[0].title' },
      { severity: 'error', message: 'the key "title" appears twice in "statements[1]"; keep one', file: FILE, line: 5, column: 17, field: 'statements[1].title' },
    ]);
  });

  it('after a byte-order mark and with CRLF line endings: the same line and column', () => {
    expect(withoutCodes(read('\uFEFFcontacts:\r\n  vdab:\r\n    phone: "1"\r\n    phone: "2"\r\n').diagnostics)).toEqual([
      { severity: 'error', message: 'the key "phone" appears twice in "contacts.vdab"; keep one', file: FILE, line: 4, column: 5, field: 'contacts.vdab.phone' },
    ]);
  });

  it('keys count as the YAML library counts them (1 and "1" differ), and every repeat in a map of thousands is said, in the order of the file', () => {
    expect(read('1: a\n"1": b\nname: C\n').diagnostics).toEqual([]);
    const many = Array.from({ length: 5_000 }, (_, i) => `  c${i}: x\n`).join('');
    const text = `contacts:\n${many}  c7: y\n  c3: z\n`;
    expect(withoutCodes(read(text).diagnostics)).toEqual([
      { severity: 'error', message: 'the key "c7" appears twice in "contacts"; keep one', file: FILE, line: 5_002, column: 3, field: 'contacts.c7' },
      { severity: 'error', message: 'the key "c3" appears twice in "contacts"; keep one', file: FILE, line: 5_003, column: 3, field: 'contacts.c3' },
    ]);
  });
});
