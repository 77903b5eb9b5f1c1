// `drukwerk preview`: thumbnails of every page of the built PDFs and out/index.html, self-contained, linking only to files that exist.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { writePreviews } from '../../src/commands/preview.js';
import { formatBytes, previewPage } from '../../src/preview/previewPage.js';
import type { ManifestEntry } from '../../src/write/writeOutputs.js';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { runCli } from './cli.js';

const attrs = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('drukwerk preview', () => {
  let project: TempProject;
  let out: string;
  let html: string;
  let manifest: ManifestEntry[];

  beforeAll(async () => {
    project = await tempProject();
    out = path.join(project.root, 'out');
    const built = await runBuild({
      root: project.root,
      outDir: out,
      materials: ['poster', 'flyer'],
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      profile: 'icc/FOGRA39-drukwerk.icc',
    });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    manifest = (JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] }).files;
    const result = await writePreviews(out, { root: project.root });
    expect(result.missing).toEqual([]);
    html = await readFile(path.join(out, 'index.html'), 'utf8');
  });
  afterAll(() => project.dispose());

  it('links only to files that exist, and to every PDF of the manifest', () => {
    const links = [...attrs(html, 'href'), ...attrs(html, 'src')].filter((l) => !l.startsWith('#'));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l, 'relative link').not.toMatch(/^(\/|[a-z]+:)/i);
      expect(existsSync(path.join(out, decodeURIComponent(l))), l).toBe(true);
    }
    for (const f of manifest) expect(attrs(html, 'href')).toContain(f.path);
    for (const id of attrs(html, 'href').filter((l) => l.startsWith('#'))) expect(attrs(html, 'id')).toContain(id.slice(1));
  });

  it('has one thumbnail per page of each PDF, from the screen edition, at the page’s proportions', async () => {
    for (const f of manifest.filter((m) => m.edition === 'screen')) {
      const thumbs = attrs(html, 'src').filter((s) => s.startsWith(`previews/${f.region}/${f.material}-${f.lang}-`));
      expect(thumbs, f.path).toEqual(Array.from({ length: f.pages }, (_, i) => `previews/${f.region}/${f.material}-${f.lang}-${i + 1}.png`));
      const png = PNG.sync.read(await readFile(path.join(out, thumbs[0])));
      expect(png.width).toBeGreaterThan(100);
      expect(png.height / png.width).toBeCloseTo(Math.SQRT2, 1);
    }
    const onDisk = (await readdir(path.join(out, 'previews'), { recursive: true })).filter((f) => f.endsWith('.png'));
    expect(onDisk.length).toBe(manifest.filter((m) => m.edition === 'screen').reduce((n, m) => n + m.pages, 0));
  });

  it('is self-contained: inline CSS, no external URLs or resources', () => {
    expect(html).not.toMatch(/\b(?:src|href|srcset|action|poster|data)\s*=\s*"(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|<link\b|<script\b/i);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<style>[\s\S]*grid-template-columns[\s\S]*<\/style>/);
  });

  it('names every region and material in Dutch, with both editions, page counts and sizes', () => {
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h2>Oostende</h2>');
    expect(html).toContain('<h2>West-Vlaanderen</h2>');
    expect(html).toContain('Affiche (A3)');
    expect(html).toContain('Flyer (A5)');
    expect(html.match(/download>Drukklaar \(print\)<\/a>/g)?.length).toBe(manifest.filter((m) => m.edition === 'print').length);
    expect(html.match(/download>Scherm \(e-mail, website\)<\/a>/g)?.length).toBe(manifest.filter((m) => m.edition === 'screen').length);
    const flyer = manifest.find((m) => m.path === 'oostende/flyer-oostende-nl-print.pdf')!;
    expect(html).toContain(`PDF, 2 pagina’s, ${formatBytes(flyer.bytes)}`);
  });

  it('escapes what it prints and formats sizes the Dutch way', () => {
    const page = previewPage({
      files: [{ path: 'x/poster-x-nl-print.pdf', material: 'poster', region: 'x', lang: 'nl', edition: 'print', pages: 1, bytes: 1_234_567, sha256: '', inputHash: '' }],
      thumbnails: new Map(),
      regionNames: new Map([['x', '<Stad & "Land">']]),
    });
    expect(page).toContain('<h2>&lt;Stad &amp; &quot;Land&quot;&gt;</h2>');
    expect(page).toContain('1 pagina, 1,2 MB');
    expect(formatBytes(48_049)).toBe('48 kB');
    expect(formatBytes(176_712)).toBe('176,7 kB');
  });

  it('the command renders the pages of what the command built (the CLI as shipped: its bundle loads pdf.js and its worker)', async () => {
    const cliOut = path.join(project.root, 'out-cli');
    const built = await runCli(['build', '--project', project.root, '--material', 'poster', '--region', 'oostende', '--edition', 'screen', '--out', cliOut]);
    expect(built.code, built.stderr).toBe(0);
    const result = await runCli(['preview', '--project', project.root, '--out', cliOut]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/cannot render/);
    expect(result.stdout).toMatch(/^wrote 1 thumbnail\(s\) and /m);
    const png = PNG.sync.read(await readFile(path.join(cliOut, 'previews/oostende/poster-nl-1.png')));
    expect(png.width).toBeGreaterThan(100);
  });

  it('the command says what to do when nothing was built yet (exit 2)', async () => {
    const result = await runCli(['preview', '--out', path.join(project.root, 'nothing-here')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.json does not exist: build the PDFs first/);
  });
});
