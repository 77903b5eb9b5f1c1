// vitest globalSetup: the store of every build the tests make goes to a temporary folder (DRUKWERK_CACHE_DIR), and the run fails, naming the files, when a test created files in the checkout or changed its .cache or out/.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHECKOUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Not looked into: git's own files, the installed packages, the compiled code (`npm test` compiles it before the tests
 * run, and other work may recompile it meanwhile), coverage reports, and the pictures a failing visual test leaves for the reader.
 */
const SKIPPED = new Set(['.git', 'node_modules', 'dist', 'coverage', '__output__']);
/** Source files someone writes while the tests run: no build makes them. */
const isSource = (file: string): boolean => /^(src|tests)\/.*\.ts$/.test(file);
/** Where nothing may change either: the folders drukwerk itself writes when it builds the checkout. */
const WATCHED = ['.cache/', 'out/'];

type State = Map<string, string>;

/** Every file of the checkout (relative path, forward slashes) → its size and time of change. */
function checkoutState(): State {
  const state: State = new Map();
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(full, relPath);
      else {
        try {
          const info = statSync(full);
          state.set(relPath, `${info.size} ${info.mtimeMs}`);
        } catch {
          state.set(relPath, 'unreadable');
        }
      }
    }
  };
  walk(CHECKOUT, '');
  return state;
}

/** Files that are new, and files of .cache and out/ that changed or went, since `before`. */
export function checkoutChanges(before: State, after: State): string[] {
  const changes: string[] = [];
  for (const [file, stamp] of after) {
    if (!before.has(file)) {
      if (!isSource(file)) changes.push(`created ${file}`);
    } else if (before.get(file) !== stamp && WATCHED.some((w) => file.startsWith(w))) changes.push(`changed ${file}`);
  }
  for (const file of before.keys()) if (!after.has(file) && WATCHED.some((w) => file.startsWith(w))) changes.push(`removed ${file}`);
  return changes.sort();
}

export default function setup(): () => void {
  const before = checkoutState();
  const store = mkdtempSync(path.join(tmpdir(), 'drukwerk-test-store-'));
  // inherited by every test process and every CLI they start; a test that needs its own store sets its own
  process.env.DRUKWERK_CACHE_DIR = store;
  return () => {
    rmSync(store, { recursive: true, force: true });
    const changes = checkoutChanges(before, checkoutState());
    if (changes.length) {
      // vitest reports an error thrown here but would still exit 0
      process.exitCode = 1;
      const shown = changes.slice(0, 30).join('\n  ');
      throw new Error(
        `the tests wrote into the checkout ${CHECKOUT} (${changes.length} file(s)):\n  ${shown}${changes.length > 30 ? '\n  …' : ''}\n` +
          'tests build copies of the project (tests/support/tempProject.ts) and keep the store in DRUKWERK_CACHE_DIR or a folder of their own',
      );
    }
  };
}
