// The source of src/ → the user-facing texts still written as English literals (messages, hints, thrown errors, notices) outside the catalogue; only the files not yet migrated may have them, and that list only shrinks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/tempProject.js';

const SRC = path.join(REPO, 'src');

/**
 * Not yet migrated to the catalogue, folders (ending in /) or files: take an entry off once its texts come from
 * src/messages/. Every entry must still hold such a literal, so the list only shrinks.
 */
const NOT_YET_MIGRATED: string[] = [];
const notYetMigrated = (file: string): boolean => NOT_YET_MIGRATED.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));

/** Where a text literal starts: a diagnostic's or finding's field, a thrown error of our own, a line logged, a problem pushed or returned. */
const STARTS = [
  /\b(?:message|hint|designerHint|error|problem):\s*(['`])/g,
  /\bnew\s+(?!Error\()[A-Z]\w*(?:Error|Exceeded)\(\s*(['`])/g,
  /\b(?:add|fail|refuse|error|warning|log|note)\??\.?\(\s*(?:[\w.]+,\s*)?(['`])/g,
  /\b(?:problems|warnings|messages)\.push\(\s*(['`])/g,
  // a table of message functions: `notFound: (file: string) => `…``
  /^\s+\w+:\s*\([^)]*\)\s*=>\s*(['`])/gm,
  // the command line's help: a command's description, an option's or argument's (after its flags or name), the version flag's
  /\.(?:description|summary)\(\s*(['"`])/g,
  /(?:\.(?:option|requiredOption|argument|helpOption|helpCommand)|new\s+(?:Option|Argument))\(\s*(?:'[^']*'|"[^"]*"|`[^`]*`),\s*(['"`])/g,
  /\.version\([^,()]+,\s*'[^']*',\s*(['"`])/g,
];

/** The literal's own text from its opening quote, interpolations (`${…}`, however nested) left out. */
function staticText(text: string, open: number): string {
  const quote = text[open]!;
  let out = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === quote) return out;
    if (quote === '`' && c === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (i++; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      out += ' ';
      continue;
    }
    if (c === '\n' && quote !== '`') return out;
    out += c;
  }
  return out;
}

/** Two words in a row: a sentence for a person, not an id, a path or a number. */
const WORDS = /[a-z]{2,}\s+[a-z]{2,}/i;

const literalsIn = (file: string): string[] => literalsInText(readFileSync(path.join(SRC, file), 'utf8'));

function literalsInText(text: string): string[] {
  const found: string[] = [];
  for (const start of STARTS) {
    for (const m of text.matchAll(start)) {
      const literal = staticText(text, m.index! + m[0].length - 1);
      if (WORDS.test(literal)) found.push(literal.trim().slice(0, 80));
    }
  }
  return found;
}

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('messages/') && !f.startsWith('bench/'));

describe('user-facing texts come from the catalogue', () => {
  it('finds the literals it looks for (the scanner works)', () => {
    const sample = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code the scanner reads, not a template
      "diagnostics.push({ severity: 'error', message: `the image \"${name}\" does not exist`, hint: 'put the file in images/' });",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code the scanner reads, not a template
      'throw new OutputError(`cannot write ${file}`);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code the scanner reads, not a template
      'const MESSAGES = {\n  tooMany: (n: number) => `the region lists ${n} contacts`,\n};',
      "fail('there is no Dutch content to translate from');",
      "program.command('list').description('show the matrix of what a build would make')",
      "  .option('--out <dir>', 'the output folder', 'out')",
      "  .argument('[files...]', \"only these files (a region's text)\")",
      "  .addOption(new Option(`--edition <name>`, 'which rules to apply').choices([...EDITIONS]))",
      "  .version(packageVersion, '-V, --version', 'print the version of drukwerk')",
    ].join('\n');
    expect(literalsInText(sample)).toEqual([
      'the image " " does not exist',
      'put the file in images/',
      'cannot write',
      'there is no Dutch content to translate from',
      'the region lists   contacts',
      'show the matrix of what a build would make',
      'the output folder',
      "only these files (a region's text)",
      'which rules to apply',
      'print the version of drukwerk',
    ]);
    expect(literalsInText(".option('--json', say('help.listJson'))\n.description(say('help.list'))\n.argument('<id>', say('help.regionId'))")).toEqual([]);
    expect(literalsInText("diagnostics.push({ severity: 'error', ...coded('asset.noImage', { name }, 'asset.noImageHint') });")).toEqual([]);
  });

  it('no file outside the list of those not yet migrated writes a message, hint, error or notice as an English literal', () => {
    const offenders = Object.fromEntries(
      files
        .filter((f) => !notYetMigrated(f))
        .map((f) => [f, literalsIn(f)])
        .filter(([, found]) => found.length > 0),
    );
    expect(offenders).toEqual({});
  });

  it('every file on that list still has such a literal (take it off the list once it is migrated)', () => {
    const done = NOT_YET_MIGRATED.filter((entry) => !files.some((f) => (entry.endsWith('/') ? f.startsWith(entry) : f === entry) && literalsIn(f).length > 0));
    expect(done).toEqual([]);
  });
});
