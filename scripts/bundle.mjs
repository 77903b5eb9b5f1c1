#!/usr/bin/env node
// src/cli.ts and src/parallel/buildWorker.ts with the libraries they import → dist/cli.js and dist/parallel/buildWorker.js as
// bundles, their shared and lazily loaded code in dist/chunks/ (and dist/chunks/meta.json: which sources went into which file).
//
// Why: Node 20 resolves, reads and compiles every ES module on its own (zod alone is 227 files, pdfkit with fontkit and
// restructure about 50), and it keeps no compile cache. The CLI and each worker thread paid ~0.5 s of wall time and ~0.8 s of
// CPU for that before any work; bundled, that is a few files. tsc still type-checks and emits every module to dist/ (the
// benchmark runs from them, and so does everything when this step did not run); this step only replaces the two entries, from the sources, so an
// incremental tsc that leaves an unchanged dist/cli.js alone can never make it bundle an older bundle.
// The lazy imports of the command line stay lazy: each becomes a chunk loaded when the command needs it.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const chunks = path.join(dist, 'chunks');

// chunk names carry a hash of their content: the old ones would pile up and count as code in the store's code version
rmSync(chunks, { recursive: true, force: true });
mkdirSync(chunks, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/parallel/buildWorker.ts'],
  outbase: 'src',
  outdir: 'dist',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  // native addons load their binaries from their own folders; pdf.js (the previews) loads its worker file from its own
  external: ['sharp', '@napi-rs/canvas', 'pdfjs-dist'],
  // CommonJS libraries inside an ES module bundle still call require() (Node's built-ins, createRequire'd packages)
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

writeFileSync(path.join(chunks, 'meta.json'), JSON.stringify(result.metafile));
chmodSync(path.join(dist, 'cli.js'), 0o755);
