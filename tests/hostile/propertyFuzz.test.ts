// Random and mutated content, region and theme YAML → validate (read → parse → validate → resolve → render → model → layout): every outcome is success or diagnostics, never an exception.
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseProject } from '../../src/load/parseProject.js';
import { readProjectFiles, type ProjectFiles } from '../../src/load/readProjectFiles.js';
import { createWorld, layoutJob, modelJob, type World } from '../../src/pipeline.js';
import { withContent } from '../../src/world/world.js';
import { planJobs } from '../../src/variant/planJobs.js';
import { Store } from '../../src/world/store.js';
import { REPO } from '../support/tempProject.js';

let shipped: ProjectFiles;
let baseWorld: World;
/**
 * One store in memory (no folder) for every case, as a build's store is: an unchanged file is parsed and checked once,
 * and widths, shaped runs and broken paragraphs of unchanged text are measured once; a mutated file, and any text or
 * width it changes, has a key of its own and goes through parse, validate, model and layout again.
 */
let store: Store;
const YAML_FILES = [
  'content/nl/shared.yaml',
  'content/nl/flyer.yaml',
  'content/nl/poster.yaml',
  'content/nl/brochure.yaml',
  'content/nl/leidraad.yaml',
  'content/regions/oostende.yaml',
  'content/regions/west-vlaanderen.yaml',
  'templates/theme.yaml',
];

beforeAll(async () => {
  const { files, diagnostics } = await readProjectFiles(REPO);
  expect(diagnostics).toEqual([]);
  shipped = files;
  store = new Store();
  const { project } = parseProject(files, store);
  baseWorld = createWorld(project!, store).world!;
});

/** Any scalar YAML can hold, and some it should not: other types, control characters, huge and deep values. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    '42',
    '-1',
    '3.5e300',
    '.inf',
    '.nan',
    'true',
    'null',
    '~',
    '""',
    "''",
    '[]',
    '{}',
    '[1, 2]',
    '{a: 1}',
    '&x [1]',
    '*x',
    '!!binary aGk=',
    '!custom x',
    '|',
    '>-',
    '"\\x07bell"',
    '"\\u0000"',
    '"a\\u0301"',
    '"\\u202Eevil"',
    '"\\uE000marker"',
    'images/../../etc/passwd',
    'https://evil.example/x.png',
    '/etc/passwd',
    '"<frame>{{content.title}}&]]>"',
  ),
  fc.string({ maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'['.repeat(n)}x${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'{a: '.repeat(n)}x${'}'.repeat(n)}`),
  fc.integer({ min: 3000, max: 20000 }).map((n) => JSON.stringify('word '.repeat(n / 5))),
);
const randomKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'webiste', 'verify', 'extends', 'status', '<<', '"{{x}}"'),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => JSON.stringify(s)),
);

type Mutation =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'scalar'; line: number; value: string }
  | { kind: 'key'; line: number; key: string; value: string }
  | { kind: 'insert'; line: number; text: string }
  | { kind: 'replace'; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  { arbitrary: fc.record({ kind: fc.constant('scalar' as const), line: fc.nat(), value: hostileValue }), weight: 4 },
  fc.record({ kind: fc.constant('key' as const), line: fc.nat(), key: randomKey, value: hostileValue }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 30 }) }),
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hostileValue) }), weight: 1 },
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  if (m.kind === 'replace') return m.text;
  const i = m.line % lines.length;
  const indent = /^\s*(?:- )?/.exec(lines[i])![0].replace('-', ' ');
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      break;
    case 'swap': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case 'scalar': {
      // the value after `key:` or `- `, or the whole line when it has neither
      const at = /^(\s*(?:- )?(?:[\w-]+:\s)?)/.exec(lines[i])![1];
      lines[i] = at + m.value;
      break;
    }
    case 'key':
      lines.splice(i, 0, `${indent}${m.key}: ${m.value}`);
      break;
    case 'insert':
      lines.splice(i, 0, m.text);
      break;
  }
  return lines.join('\n');
}

/** Where a run with one file changed ends: diagnostics, or laid-out jobs. Throws only on a bug. */
function validateMutated(file: string, text: string): Diagnostic[] {
  const texts = new Map(shipped.texts);
  texts.set(file, text);
  const parsed = parseProject({ ...shipped, texts }, store);
  if (!parsed.project) return parsed.diagnostics;
  let world = withContent(baseWorld.base, parsed.project);
  if (file === 'templates/theme.yaml') {
    const fresh = createWorld(parsed.project, store);
    if (!fresh.world) return fresh.diagnostics;
    world = fresh.world;
  }
  const region = /^content\/regions\/(.+)\.yaml$/.exec(file)?.[1];
  const material = /^content\/nl\/(poster|flyer|brochure|leidraad)\.yaml$/.exec(file)?.[1];
  const jobs = planJobs(parsed.project, { regions: region ? [region] : ['oostende'], materials: material ? [material] : undefined, langs: ['nl'] });
  const diagnostics = [...parsed.diagnostics];
  for (const job of jobs) {
    const modelled = modelJob(world, job);
    diagnostics.push(...modelled.diagnostics);
    if (!modelled.document || modelled.diagnostics.some((d) => d.severity === 'error')) continue;
    diagnostics.push(...layoutJob(world, job, modelled.document).diagnostics);
  }
  return diagnostics;
}

describe('hostile input, property-based', () => {
  it('the shipped project is the baseline: it validates clean through layout', () => {
    for (const file of YAML_FILES)
      expect(
        validateMutated(file, shipped.texts.get(file)!).filter((d) => d.severity === 'error'),
        file,
      ).toEqual([]);
  });

  it('mutated content, region and theme files end in success or diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YAML_FILES), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
        const text = mutations.reduce(mutate, shipped.texts.get(file)!);
        if (process.env.FUZZ_LOG) appendFileSync(process.env.FUZZ_LOG, `${JSON.stringify([file, mutations])}\n`);
        const diagnostics = validateMutated(file, text);
        for (const d of diagnostics) {
          expect(['error', 'warning', 'info']).toContain(d.severity);
          expect(typeof d.message).toBe('string');
          expect(d.message).not.toMatch(/\n\s+at /);
          // a problem in the changed file is placed at a line and column of it
          if (d.file === file) {
            expect(d.line, d.message).toBeGreaterThan(0);
            expect(d.column, d.message).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 80, seed: Number(process.env.FUZZ_SEED ?? 20260101) },
    );
  }, 120_000);

  it('random text as a whole YAML file is read without an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        validateMutated('content/regions/oostende.yaml', text);
      }),
      { numRuns: 30, seed: 7 },
    );
  }, 120_000);
});
