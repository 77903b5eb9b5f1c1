// readmeSessions: the README's console blocks and edit directives → ordered steps; the normalisation of timings and sizes.
import { describe, expect, it } from 'vitest';
import { normaliseOutput, readmeSessions, withOutputs } from '../support/readmeSessions.js';

const README = [
  'Intro',
  '<!-- readme-test: env LANG=nl_BE.UTF-8 -->',
  '```console',
  '$ npx drukwerk new-region x --extends y',
  'fout: er is geen regio "y"',
  '$ npx drukwerk list',
  '```',
  '<!-- readme-test: append content/regions/x.yaml -->',
  '```yaml',
  'contacts: {}',
  '```',
  '<!-- readme-test: replace content/regions/x.yaml ["hours: Open: 9 uur", "hours: \\"Open: 9 uur\\""] -->',
  '<!-- readme-test: skip -->',
  '```console',
  '$ npx drukwerk watch',
  '```',
  '```sh',
  'npm test',
  '```',
].join('\n');

describe('readmeSessions', () => {
  it('reads commands with their output, appends and replaces, in order, and leaves out skipped and non-console blocks', () => {
    expect(readmeSessions(README)).toEqual([
      { kind: 'command', line: 4, command: 'npx drukwerk new-region x --extends y', expected: 'fout: er is geen regio "y"', env: { LANG: 'nl_BE.UTF-8' } },
      { kind: 'command', line: 6, command: 'npx drukwerk list', expected: '', env: { LANG: 'nl_BE.UTF-8' } },
      { kind: 'append', line: 10, file: 'content/regions/x.yaml', text: 'contacts: {}\n' },
      { kind: 'replace', line: 12, file: 'content/regions/x.yaml', from: 'hours: Open: 9 uur', to: 'hours: "Open: 9 uur"' },
    ]);
  });

  it('refuses an unknown directive and a console block that does not start with a command', () => {
    expect(() => readmeSessions('<!-- readme-test: frobnicate -->')).toThrow('README.md:1: unknown readme-test directive "frobnicate"');
    expect(() => readmeSessions('```console\noutput\n```')).toThrow('README.md:2: a console block starts with a "$ " command');
    expect(() => readmeSessions('<!-- readme-test: replace a.yaml "x" "y" -->')).toThrow('README.md:1: replace needs <file> ["from", "to"]');
  });

  it('sets seconds and kilobytes aside, nothing else', () => {
    expect(normaliseOutput('wrote 20 PDF(s), 134 pages, to out/ in 18.4 s  \nbuilt  a.pdf  2 page(s), 172 kB\n')).toBe('wrote 20 PDF(s), 134 pages, to out/ in … s\nbuilt  a.pdf  2 page(s), … kB');
    expect(normaliseOutput('in 3,1 s')).toBe('in … s');
  });

  it('writes what the commands printed under them (the update switch), leaving the rest of the README as it was', () => {
    const updated = withOutputs(
      README,
      new Map([
        [4, 'fout: er is geen regio "y" om van te erven\nde regio’s zijn: a'],
        [6, 'poster  a  nl  print'],
      ]),
    );
    const lines = updated.split('\n');
    expect(lines.slice(2, 9)).toEqual([
      '```console',
      '$ npx drukwerk new-region x --extends y',
      'fout: er is geen regio "y" om van te erven',
      'de regio’s zijn: a',
      '$ npx drukwerk list',
      'poster  a  nl  print',
      '```',
    ]);
    expect(lines.slice(9)).toEqual(README.split('\n').slice(7));
  });
  it('reads an example (the edit and the lines validate prints) and a block that must validate; a plain block without a directive is no step', () => {
    const text = [
      '<!-- readme-test: example content/regions/x.yaml ["a: 1", "a: 2"] -->',
      '```',
      'x.yaml:1:4  error  wrong',
      '    field: a',
      '```',
      '<!-- readme-test: valid content/regions/y.yaml -->',
      '```yaml',
      'name: Y',
      '```',
      '```',
      'not checked',
      '```',
    ].join('\n');
    expect(readmeSessions(text)).toEqual([
      { kind: 'example', line: 3, file: 'content/regions/x.yaml', from: 'a: 1', to: 'a: 2', expected: 'x.yaml:1:4  error  wrong\n    field: a' },
      { kind: 'valid', line: 8, file: 'content/regions/y.yaml', text: 'name: Y\n' },
    ]);
  });
});
