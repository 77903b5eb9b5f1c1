// No module-level cache outside src/world: every reuse of work goes through memo() (ARCHITECTURE.md, "one World, one memo layer").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/tempProject.js';

const SRC = path.join(REPO, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => f.split(path.sep).join('/'));

/**
 * A top-level binding that can hold state between calls: a Map, WeakMap or Set (a table of constants passes only when
 * its type says it is read-only, so nothing can fill it later), a recent-values table, or a `let`.
 */
const STATE =
  /^(?:export )?(?:(?:const|let) ([A-Za-z_$][\w$]*)(?!: Readonly(?:Map|Set)<[^=]+= new (?:Map|Set)\(\[)(?::[^=]+)? = (?:new (?:Weak)?(?:Map|Set)\b|recentValues\b)|let ([A-Za-z_$][\w$]*))/gm;

/**
 * Module state that is not a cache of computed values, each with why. Nothing may be added here for a cache: use memo().
 * Entries marked MIGRATE are caches still to move behind memo(); the list only shrinks.
 */
const ALLOWED: Record<string, string> = {
  'messages/say.ts current': 'the language the process speaks, set once from the command line',
};

function moduleState(): string[] {
  return files.filter((f) => !f.startsWith('world/')).flatMap((f) => [...readFileSync(path.join(SRC, f), 'utf8').matchAll(STATE)].map((m) => `${f} ${m[1] ?? m[2]}`));
}

describe('module state', () => {
  it('outside src/world holds no cache: only the listed state, each with its reason', () => {
    expect(moduleState().filter((s) => !(s in ALLOWED))).toEqual([]);
  });

  it('lists no state that is gone (the list only shrinks)', () => {
    const found = new Set(moduleState());
    expect(Object.keys(ALLOWED).filter((s) => !found.has(s))).toEqual([]);
  });
});
