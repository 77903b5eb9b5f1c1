// The test files that replace a module or count the heap's objects run each in a process of their own (vitest.config.ts ISOLATED); every other file shares its fork's modules, so a mock there would leak into the files after it, and a heap count would see theirs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../../vitest.config.js';
import { REPO } from '../support/tempProject.js';

/** Calls that change the module registry of the process they run in, or count what its heap holds (which the files before would have filled). */
const NEEDS_OWN_PROCESS = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|importMock)\s*\(|\bqueryObjects\s*\(/;

const testFiles = (): string[] =>
  readdirSync(path.join(REPO, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/${f.split(path.sep).join('/')}`)
    .sort();

describe('test isolation', () => {
  it('every test file that replaces a module or counts the objects on the heap is isolated, and every isolated file does one of those', () => {
    const replacing = testFiles().filter((f) => NEEDS_OWN_PROCESS.test(readFileSync(path.join(REPO, f), 'utf8')));
    expect(replacing).toEqual([...ISOLATED].sort());
  });
});
