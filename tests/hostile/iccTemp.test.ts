// The ICC profile file sharp reads (in the shared temporary folder): a link or a foreign file planted at its name is never written through nor trusted.
import { randomBytes } from 'node:crypto';
import { lstat, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bufferHash } from '../../src/assets/bufferHash.js';
import { iccFilePath } from '../../src/assets/iccProfile.js';

const cleanup: string[] = [];
afterEach(async () => {
  for (const p of cleanup.splice(0)) await rm(p, { recursive: true, force: true });
});

describe('iccFilePath', () => {
  it.each(['a link to a file elsewhere', 'a file with other bytes'])('%s at the profile name: untouched, and the profile read is ours', async (kind) => {
    const icc = randomBytes(512);
    const expected = path.join(tmpdir(), `drukwerk-${bufferHash(icc).slice(0, 24)}.icc`);
    const outside = await mkdtemp(path.join(tmpdir(), 'drukwerk-icc-canary-'));
    cleanup.push(outside, expected);
    const canary = path.join(outside, 'canary');
    await writeFile(canary, 'someone else’s file\n');
    if (kind.startsWith('a link')) await symlink(canary, expected);
    else await writeFile(expected, 'not the profile');
    const file = iccFilePath(icc);
    cleanup.push(file);
    expect(await readFile(file)).toEqual(icc);
    expect((await lstat(file)).isFile()).toBe(true);
    expect(await readFile(canary, 'utf8')).toBe('someone else’s file\n');
  });
});
