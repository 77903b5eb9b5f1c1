// The test files that replace a module run each in a process of their own (vitest.config.ts ISOLATED); every other file shares its fork's modules, so a mock there would leak into the files after it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../../vitest.config.js';
import { REPO } from '../support/tempProject.js';

/** Calls that change the module registry of the process they run in. */
const REPLACES_MODULES = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|importMock)\s*\(/;

const testFiles = (): string[] =>
  readdirSync(path.join(REPO, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/${f.split(path.sep).join('/')}`)
    .sort();

describe('test isolation', () => {
  it('every test file that replaces a module is isolated, and every isolated file does', () => {
    const replacing = testFiles().filter((f) => REPLACES_MODULES.test(readFileSync(path.join(REPO, f), 'utf8')));
    expect(replacing).toEqual([...ISOLATED].sort());
  });
});
