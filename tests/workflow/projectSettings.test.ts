// drukwerk.yaml: the ways people write the language are understood, and everything in or about the file drukwerk cannot use is a warning at its place, never silence.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectSettings } from '../../src/commands/projectSettings.js';

let base: string;
let root: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'drukwerk-settings-'));
  root = path.join(base, 'project');
  mkdirSync(root);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const settingsOf = async (text: string, name = 'drukwerk.yaml') => {
  writeFileSync(path.join(root, name), text);
  const s = await projectSettings(root);
  return { messages: s.messages, said: s.diagnostics.map((d) => [d.severity, d.line, d.message, d.hint]) };
};

describe('drukwerk.yaml', () => {
  it('understands the language written as people write it', async () => {
    for (const value of ['nl', 'NL', 'nl-BE', 'nl_BE', 'Nederlands', 'Vlaams']) expect(await settingsOf(`messages: ${value}\n`), value).toEqual({ messages: 'nl', said: [] });
    for (const value of ['en', 'EN', 'en-GB', 'English', 'Engels']) expect(await settingsOf(`messages: ${value}\n`), value).toEqual({ messages: 'en', said: [] });
  });

  it('says a misspelt or unknown setting, with the one meant', async () => {
    expect(await settingsOf('mesages: nl\n')).toEqual({
      messages: undefined,
      said: [['warning', 1, 'drukwerk.yaml: "mesages" is not a setting — did you mean "messages"? (settings: messages); it does nothing', undefined]],
    });
    expect((await settingsOf('taal: nl\nmessages: nl\n')).said).toEqual([
      ['warning', 1, 'drukwerk.yaml: "taal" is not a setting — did you mean "messages"? (settings: messages); it does nothing', undefined],
    ]);
  });

  it('says a setting without a space after its colon holds none', async () => {
    expect(await settingsOf('messages:nl\n')).toEqual({
      messages: undefined,
      said: [['warning', 1, 'drukwerk.yaml holds no settings: a setting is a name, a colon, a space and its value', 'write for example messages: nl (with a space after the colon)']],
    });
  });

  it('says a duplicate key and a value it does not know, each at its line', async () => {
    expect((await settingsOf('messages: nl\nmessages: en\n')).said).toEqual([['warning', 2, 'the key "messages" appears twice at the top level of the file; keep one', undefined]]);
    expect((await settingsOf('messages: fr\n')).said.map((s) => [s[0], s[1]])).toEqual([['warning', 1]]);
  });

  it('says a settings file under another name is not read', async () => {
    expect(await settingsOf('messages: nl\n', 'drukwerk.yml')).toEqual({
      messages: undefined,
      said: [['warning', undefined, 'drukwerk.yml is not read: drukwerk reads its settings from drukwerk.yaml', 'rename the file to drukwerk.yaml (next to content/)']],
    });
  });

  it('does not follow a link out of the project, and says a folder or non-UTF-8 file cannot be read', async () => {
    writeFileSync(path.join(base, 'outside.yaml'), 'messages: nl\n');
    symlinkSync(path.join(base, 'outside.yaml'), path.join(root, 'drukwerk.yaml'));
    expect(await projectSettings(root)).toEqual({
      diagnostics: [expect.objectContaining({ severity: 'warning', message: 'drukwerk.yaml is a link that leads out of the project: not read' })],
    });
    rmSync(path.join(root, 'drukwerk.yaml'));
    writeFileSync(path.join(root, 'inside.yaml'), 'messages: nl\n');
    symlinkSync(path.join(root, 'inside.yaml'), path.join(root, 'drukwerk.yaml'));
    expect((await projectSettings(root)).messages).toBe('nl');
    rmSync(path.join(root, 'drukwerk.yaml'));
    mkdirSync(path.join(root, 'drukwerk.yaml'));
    expect((await projectSettings(root)).diagnostics.map((d) => d.code)).toEqual(['settings.unreadable']);
    rmSync(path.join(root, 'drukwerk.yaml'), { recursive: true });
    writeFileSync(path.join(root, 'drukwerk.yaml'), Buffer.from([0x6d, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x73, 0x3a, 0x20, 0xff, 0x0a]));
    expect((await projectSettings(root)).diagnostics.map((d) => d.code)).toEqual(['settings.unreadable']);
  });
});

describe('drukwerk.yaml of a --project that is a file', () => {
  it('is no settings and no exception (the command line says the project is a file)', async () => {
    writeFileSync(path.join(root, 'notes.txt'), 'x');
    expect(await projectSettings(path.join(root, 'notes.txt'))).toEqual({ diagnostics: [] });
  });
});
