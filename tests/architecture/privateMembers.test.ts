// pdfkit's and fontkit's private members (names starting with `_`) are used in one adapter file only (ARCHITECTURE.md, folders): an update that changes them is mended there, and its test names what changed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/tempProject.js';

const SRC = path.join(REPO, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => f.split(path.sep).join('/'));

/** The files allowed to reach into a library's private members, each checked by a test of its own. */
const ADAPTERS = ['pdf/pdfkitInternals.ts'];

/**
 * A private member used: read or written (`x._root`, `x?._font`), declared on a class or an interface (`_write(…)`,
 * `declare _id: …`), or named as a key (`['_offsets']`, `defineProperty(x, '_font'…`). Code is read without its comments.
 */
const PRIVATE =
  /\??\.\s*_[A-Za-z]\w*|^\s*(?:(?:declare|override|private|protected|public|readonly|static)\s+)*_[A-Za-z]\w*\??\s*[:(]|\[\s*['"`]_[A-Za-z]\w*['"`]\s*\]|(?:defineProperty|Reflect\.\w+)\([^,]+,\s*['"`]_[A-Za-z]\w*['"`]/gm;

const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function privateUses(file: string): string[] {
  const text = withoutComments(readFileSync(path.join(SRC, file), 'utf8'));
  return [...text.matchAll(PRIVATE)].map((m) => `${file}: ${m[0].trim()}`);
}

describe('private members of pdfkit and fontkit', () => {
  it('are used in the adapter file only', () => {
    expect(files.filter((f) => !ADAPTERS.includes(f)).flatMap(privateUses)).toEqual([]);
  });

  it('the adapter is where they are (the rule above finds them)', () => {
    expect(privateUses('pdf/pdfkitInternals.ts').length).toBeGreaterThan(5);
  });

  it('nothing outside the adapter keeps a cast to pdfkit internals of its own', () => {
    const own = files.filter((f) => !ADAPTERS.includes(f) && /\binternals\s*\(/.test(withoutComments(readFileSync(path.join(SRC, f), 'utf8'))));
    expect(own).toEqual([]);
  });
});
