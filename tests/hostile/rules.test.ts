// Rules held by reading the sources: shipped templates never output unescaped, a build reaches no network module, and the load limits at unit level.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/load/checkTemplate.js';
import { checkSvg } from '../../src/load/checkImage.js';
import { projectPathProblem } from '../../src/load/projectPath.js';
import { decodeUtf8 } from '../../src/load/readProjectFiles.js';
import { MAX_DEPTH, readYaml } from '../../src/load/readYaml.js';
import { REPO } from '../support/tempProject.js';
import { withoutCodes } from '../support/withoutCodes.js';

const walk = (dir: string): string[] => (readdirSync(path.join(REPO, dir), { recursive: true }) as string[]).map((f) => `${dir}/${f.split(path.sep).join('/')}`);

describe('templates are code, content is data', () => {
  it('no shipped template uses unescaped output ({{{…}}} or {{& …}})', () => {
    const templates = walk('templates').filter((f) => f.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(4);
    const bad = templates.flatMap((f) =>
      readFileSync(path.join(REPO, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\{\{~?\s*\{|\{\{~?\s*&/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('the template loader refuses unescaped output at its line and column, but not in a comment', () => {
    expect(checkTemplate('templates/x.hbs', '<p>{{a}}</p>\n<p>{{{b}}}</p>\n{{!-- {{{c}}} --}}\n<p>{{~& d}}</p>').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:4 the template outputs content unescaped ({{{…}}}), which would let content inject markup',
      '4:4 the template outputs content unescaped ({{& …}}), which would let content inject markup',
    ]);
  });
});

/** Relative imports of a source file, resolved to src/ paths. */
function localImports(file: string): { specs: string[]; local: string[] } {
  const text = readFileSync(path.join(REPO, 'src', file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]);
  const local = specs.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'));
  return { specs, local };
}

describe('nothing is fetched during a build', () => {
  it('no module a build or validate reaches imports a network module or calls fetch()', () => {
    const seen = new Set<string>();
    const queue = ['commands/runBuild.ts', 'commands/openProject.ts'];
    const bad: string[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { specs, local } = localImports(file);
      for (const s of specs) if (/^(node:)?(http|https|http2|net|tls|dgram|dns|undici)$/.test(s) || /^(axios|node-fetch|got|ws)$/.test(s)) bad.push(`${file}: import ${s}`);
      if (/\bfetch\s*\(|XMLHttpRequest|WebSocket/.test(readFileSync(path.join(REPO, 'src', file), 'utf8'))) bad.push(`${file}: fetch`);
      queue.push(...local);
    }
    expect(seen.size).toBeGreaterThan(30);
    expect(bad).toEqual([]);
  });
});

describe('load limits, unit level', () => {
  it('names the byte offset, line and column of the first byte that is not UTF-8', () => {
    expect(withoutCodes([decodeUtf8('a.yaml', Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28])).diagnostic!])).toEqual([
      { severity: 'error', message: 'the file is not UTF-8 text (invalid byte 0xC3 at offset 3)', file: 'a.yaml', line: 2, column: 2, hint: 'save the file as UTF-8 in your editor' },
    ]);
    expect(decodeUtf8('a.yaml', Buffer.from('é\u00A0ok')).text).toBe('é\u00A0ok');
    // overlong encodings and surrogates are not UTF-8 either
    expect(decodeUtf8('a.yaml', Buffer.from([0xc0, 0xaf])).diagnostic?.message).toBe('the file is not UTF-8 text (invalid byte 0xC0 at offset 0)');
    expect(decodeUtf8('a.yaml', Buffer.from([0x20, 0xed, 0xa0, 0x80])).diagnostic?.message).toBe('the file is not UTF-8 text (invalid byte 0xED at offset 1)');
  });

  it('normalises text to NFC and refuses control characters, naming the field', () => {
    expect(readYaml('a.yaml', 'name: "Cafe\\u0301"\n').value!.data).toEqual({ name: 'Café' });
    expect(readYaml('a.yaml', 'name: "a\\tb\\nc"\n').diagnostics).toEqual([]);
    expect(withoutCodes(readYaml('a.yaml', 'list:\n  - ok\n  - "x\\u001Bhidden"\n').diagnostics)).toEqual([
      {
        severity: 'error',
        message: '"list[1]" contains the control character U+001B (at character 2)',
        file: 'a.yaml',
        line: 3,
        column: 5,
        field: 'list[1]',
        hint: 'remove it: only tabs and line breaks are allowed in text',
      },
    ]);
  });

  it(`refuses data nested more than ${MAX_DEPTH} levels, also when aliases stack it, and is quick on 100 000 levels`, () => {
    expect(readYaml('a.yaml', `a: ${'['.repeat(MAX_DEPTH - 1)}x${']'.repeat(MAX_DEPTH - 1)}\n`).diagnostics).toEqual([]);
    expect(readYaml('a.yaml', `a: ${'['.repeat(MAX_DEPTH)}x${']'.repeat(MAX_DEPTH)}\n`).diagnostics[0].message).toBe('the data is nested more than 32 levels deep');
    const stacked = `a: &a ${'['.repeat(20)}x${']'.repeat(20)}\nb: &b ${'['.repeat(20)}*a${']'.repeat(20)}\n`;
    expect(readYaml('a.yaml', stacked).diagnostics.map((d) => d.message)).toEqual(['the data is nested more than 32 levels deep']);
    const { diagnostics } = readYaml('a.yaml', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(diagnostics.length).toBeGreaterThan(0);
  }, 30_000);

  it('refuses an alias to the list it is in, instead of building a cycle', () => {
    expect(readYaml('a.yaml', 'a: &a [*a]\n').diagnostics.map((d) => d.message)).toEqual(['the alias *a is inside the list or map it refers to']);
  });

  it('refuses paths that are web addresses, absolute, leave the project or use backslashes', () => {
    const cases = ['https://x.be/a.png', '//x.be/a.png', 'file:///etc/passwd', '/etc/passwd', 'C:/x.png', 'images\\a.png', 'images/../../a.png', 'fonts/a.otf', 'images/logos/a.svg'];
    expect(cases.map((p) => projectPathProblem(p, ['images'])?.message)).toEqual([
      'must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in images/)',
      'must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in images/)',
      'must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in images/)',
      'must be a path inside the project, not an absolute path, such as images/logos/oostende.svg',
      'must be a path inside the project, not an absolute path, such as images/logos/oostende.svg',
      'must use forward slashes, such as images/logos/oostende.svg',
      'must not leave the project folder',
      'must be a path inside images/, such as images/logos/oostende.svg',
      undefined,
    ]);
  });

  it('an SVG may refer only to its own fragments and data: URIs', () => {
    expect(checkSvg('images/a.svg', '<svg><use href="#a"/><image href="data:image/png;base64,AA"/></svg>').map((d) => d.message)).toEqual(['the SVG embeds a raster image, which cannot go to print']);
    expect(checkSvg('images/a.svg', '<svg>\n<use xlink:href="https://x.be/s.svg#a"/></svg>').map((d) => `${d.line}:${d.column}`)).toEqual(['2:6']);
  });
});
