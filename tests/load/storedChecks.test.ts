// The load checks' verdicts through the store (the font check, the template check): the same answer as checking, read back instead of checked again, and only while the entry is whole and its bytes the same.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontProblem } from '../../src/load/checkFont.js';
import { checkImage, checkImageCached } from '../../src/load/checkImage.js';
import sharp from 'sharp';
import { checkTemplate } from '../../src/load/checkTemplate.js';
import { Store } from '../../src/world/store.js';
import { REPO } from '../support/tempProject.js';

let dir: string;
let font: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drukwerk-checks-'));
  font = await readFile(path.join(REPO, 'fonts/Inter-Bold.otf'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const VERSIONS = { code: 'checks-test', libraries: 'fontkit@2' };
const open = (name: string) => new Store({ dir: path.join(dir, name), versions: VERSIONS });

/** Replaces `from` by `to` in a stored shelf's text, its checksum left as it was (an entry edited by hand). */
async function tamper(name: string, inputs: string[], from: string, to: string): Promise<void> {
  const file = path.join(dir, name, open(name).shelfFile('checks', inputs));
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('the font check through the store', () => {
  it('gives what checking gives, for a good font and a broken one, from a cold store and a warm one', () => {
    const cut = font.subarray(0, 2000);
    const cold = open('fonts');
    expect(fontProblem(font, cold)).toBeUndefined();
    const problem = fontProblem(cut, cold);
    expect(problem).toEqual(fontProblem(cut));
    expect(problem?.code).toBeDefined();
    cold.save();
    const warm = open('fonts');
    expect(fontProblem(font, warm)).toBeUndefined();
    expect(fontProblem(cut, warm)).toEqual(problem);
  });

  it("is read back, not checked again: a verdict put in the store under the font's hash is what the next build gets", () => {
    const forged = open('believed');
    const verdict = { problem: { message: 'put there by the test', code: 'font.collection', values: {} } };
    forged.shelf('checks', ['fonts'], (v): v is unknown => true, 1_000).put(createHash('sha256').update(font).digest('hex'), verdict);
    forged.save();
    expect(fontProblem(font, open('believed'))).toEqual(verdict.problem);
  });

  it('is read back for the same bytes only: other bytes are checked; an entry edited by hand is checked again', async () => {
    const first = open('forged');
    expect(fontProblem(font, first)).toBeUndefined();
    first.save();
    // the verdict edited by hand into a problem, its checksum left as it was: checked again, not believed
    await tamper('forged', ['fonts'], '{"problem":null}', '{"problem":{"message":"x","code":"font.collection","values":{}}}');
    expect(fontProblem(font, open('forged'))).toBeUndefined();
    // a font with one byte changed is not the font checked before
    const scrambled = Buffer.from(font);
    for (let i = 12; i < 200; i++) scrambled[i] = (i * 7919) & 255;
    expect(fontProblem(scrambled, open('forged'))).toEqual(fontProblem(scrambled));
  });
});

describe('the template check through the store', () => {
  const unsafe = '<p>{{{ text }}}</p>\n';
  it('gives what checking gives, cold and warm, and never hands two reads the same diagnostics', () => {
    const expected = checkTemplate('templates/flyer.hbs', unsafe);
    expect(expected).toHaveLength(1);
    const cold = open('templates');
    const first = checkTemplate('templates/flyer.hbs', unsafe, cold);
    expect(first).toEqual(expected);
    (first[0] as { line?: number }).line = 99;
    expect(checkTemplate('templates/flyer.hbs', unsafe, cold)).toEqual(expected);
    cold.save();
    expect(checkTemplate('templates/flyer.hbs', unsafe, open('templates'))).toEqual(expected);
    // another text of the same file is checked, not read back
    expect(checkTemplate('templates/flyer.hbs', '<p>{{ text }}</p>\n', open('templates'))).toEqual([]);
  });

  it('checks again when the stored entry was edited by hand', async () => {
    const first = open('edited');
    expect(checkTemplate('templates/poster.hbs', unsafe, first)).toHaveLength(1);
    first.save();
    await tamper('edited', ['templates'], '"severity":"error"', '"severity":"warning"');
    expect(checkTemplate('templates/poster.hbs', unsafe, open('edited'))).toEqual(checkTemplate('templates/poster.hbs', unsafe));
  });
});

describe('the image check through the store', () => {
  it('gives what checking gives (a good PNG, bytes that are no image), and reads a stored verdict back instead of checking again', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: { r: 0, g: 90, b: 160 } } })
      .png()
      .toBuffer();
    const garbage = Buffer.from('not an image at all');
    const cold = open('images');
    expect(await checkImageCached('images/a.png', png, cold)).toEqual([]);
    const unreadable = await checkImageCached('images/b.png', garbage, cold);
    expect(unreadable).toEqual(await checkImage('images/b.png', garbage));
    expect(unreadable.map((d) => d.code)).toEqual(['image.unreadable']);
    cold.save();
    const warm = open('images');
    expect(await checkImageCached('images/a.png', png, warm)).toEqual([]);
    expect(await checkImageCached('images/b.png', garbage, warm)).toEqual(unreadable);
    // a verdict put under the garbage's name and hash is believed: it was read back, not checked
    const forged = open('images-forged');
    forged.shelf('checks', ['images'], (v): v is unknown => true, 10_000).put(`images/b.png\0${createHash('sha256').update(garbage).digest('hex')}`, { findings: [] });
    forged.save();
    expect(await checkImageCached('images/b.png', garbage, open('images-forged'))).toEqual([]);
    // under another name, the same bytes are checked
    expect((await checkImageCached('images/c.png', garbage, open('images-forged'))).map((d) => d.code)).toEqual(['image.unreadable']);
  });
});
