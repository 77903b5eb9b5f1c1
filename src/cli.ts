#!/usr/bin/env node
// Command line → the commands (build, validate, list, preflight); formats diagnostics and sets the exit code. Nothing else.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { runBuild, type RunBuildOptions } from './commands/runBuild.js';
import { openProject } from './commands/openProject.js';
import { creationDate } from './commands/creationDate.js';
import { planJobs, EDITIONS, outputPath, type Edition } from './variant/planJobs.js';
import { MATERIALS } from './load/schema.js';
import { preflightPdf } from './preflight/preflightPdf.js';
import { formatFinding } from './preflight/formatFinding.js';
import { formatReport } from './commands/formatReport.js';
import { writeSchemas } from './commands/writeSchemas.js';
import { newRegionText } from './commands/newRegion.js';

const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

const list = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/** The same problem found in several variants is printed once, naming them all. */
function mergeVariants(ds: readonly Diagnostic[]): Diagnostic[] {
  const byKey = new Map<string, Diagnostic>();
  for (const d of ds) {
    const key = [d.severity, d.file, d.line, d.column, d.message, d.field].join('\u0000');
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...d });
    else if (d.variant && !seen.variant?.split(', ').includes(d.variant)) seen.variant = seen.variant ? `${seen.variant}, ${d.variant}` : d.variant;
  }
  return [...byKey.values()];
}

function printDiagnostics(ds: readonly Diagnostic[]): void {
  const merged = sortDiagnostics(mergeVariants(ds));
  for (const d of merged) console.error(formatDiagnostic(d));
  const errors = merged.filter((d) => d.severity === 'error').length;
  const warnings = merged.filter((d) => d.severity === 'warning').length;
  if (errors || warnings) console.error(`\n${errors} error(s), ${warnings} warning(s)`);
}

interface CommonFlags {
  project: string;
  region?: string[];
  material?: string[];
  lang?: string[];
  edition?: Edition[];
}

async function checkFilters(flags: CommonFlags): Promise<void> {
  const { project, diagnostics } = await openProject(path.resolve(flags.project));
  if (!project) return; // the build reports the project's own errors
  const known: Record<'region' | 'material' | 'lang', string[]> = { region: [...project.regions.keys()].sort(), material: [...MATERIALS], lang: [...project.languages.keys()].sort() };
  for (const key of ['region', 'material', 'lang'] as const) {
    for (const value of flags[key] ?? []) {
      if (!known[key].includes(value)) throw new UsageError(`unknown ${key} "${value}"; known: ${known[key].join(', ')}`);
    }
  }
  void diagnostics;
}

function buildOptions(flags: CommonFlags & { out: string; cropMarks: boolean; final?: boolean; profile: string }, dryRun: boolean): RunBuildOptions {
  const root = path.resolve(flags.project);
  return {
    root,
    outDir: flags.out,
    regions: flags.region,
    materials: flags.material,
    langs: flags.lang,
    editions: flags.edition,
    cropMarks: flags.cropMarks,
    final: flags.final ?? false,
    creationDate: creationDate(root),
    profile: flags.profile,
    dryRun,
  };
}

function addFilters(cmd: Command): Command {
  return cmd
    .option('--project <dir>', 'the project folder', '.')
    .option('--region <ids>', 'only these regions (comma-separated or repeated)', list)
    .option('--material <names>', `only these materials: ${MATERIALS.join(', ')}`, list)
    .option('--lang <codes>', 'only these languages', list)
    .addOption(
      new Option('--edition <name>', 'only this edition').choices([...EDITIONS]).argParser((v: string, prev: Edition[] = []) => {
        if (!EDITIONS.includes(v as Edition)) throw new InvalidArgumentError(`choose ${EDITIONS.join(' or ')}`);
        return [...prev, v as Edition];
      }),
    );
}

const program = new Command('drukwerk')
  .description('Print-ready information materials from YAML content: poster, flyer, brochure and leidraad for every region.')
  .showHelpAfterError()
  .exitOverride();

addFilters(program.command('build').description('render every material for every region into PDFs'))
  .option('--out <dir>', 'the output folder', 'out')
  .option('--no-crop-marks', 'leave out the crop marks of the print edition')
  .option('--final', 'refuse concept content and list every fact still flagged "verify"')
  .option('--report <file>', 'write the overset and copy-fit report to this file')
  .option('--profile <file>', 'the output intent ICC profile', 'icc/FOGRA39-drukwerk.icc')
  .action(async (flags) => {
    await checkFilters(flags);
    const started = performance.now();
    const result = await runBuild(buildOptions(flags, false));
    printDiagnostics(result.diagnostics);
    const report = formatReport(result.results, result.diagnostics);
    if (flags.report) await writeFile(path.resolve(flags.report), report);
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (failed) {
      console.error(`nothing was written: fix the errors above; the PDFs in ${flags.out}/ are unchanged`);
      process.exitCode = EXIT_ERRORS;
      return;
    }
    const pages = result.written.reduce((n, f) => n + f.pages, 0);
    console.log(`${report}wrote ${result.written.length} PDF(s), ${pages} pages, to ${flags.out}/ in ${seconds} s`);
    if (result.results.some((r) => r.concept)) console.log('the content is still a concept: every page carries a CONCEPT mark (build with --final once it is approved)');
  });

addFilters(program.command('validate').description('check content, regions and templates, and lay everything out, without writing PDFs'))
  .option('--profile <file>', 'the output intent ICC profile', 'icc/FOGRA39-drukwerk.icc')
  .option('--final', 'also report concept content and facts flagged "verify" as errors')
  .action(async (flags) => {
    await checkFilters(flags);
    const result = await runBuild(buildOptions({ ...flags, out: 'out', cropMarks: true }, true));
    printDiagnostics(result.diagnostics);
    if (result.diagnostics.some((d) => d.severity === 'error')) process.exitCode = EXIT_ERRORS;
    else console.log(`all ${result.results.length} job(s) are valid`);
  });

addFilters(program.command('list').description('show the matrix of what a build would make')).action(async (flags) => {
  await checkFilters(flags);
  const { project, diagnostics } = await openProject(path.resolve(flags.project));
  if (!project) {
    printDiagnostics(diagnostics);
    process.exitCode = EXIT_ERRORS;
    return;
  }
  for (const job of planJobs(project, { regions: flags.region, materials: flags.material, langs: flags.lang, editions: flags.edition })) {
    for (const edition of job.editions) console.log(`${job.material.padEnd(9)} ${job.region.padEnd(24)} ${job.lang.padEnd(3)} ${edition.padEnd(7)} ${outputPath(job, edition)}`);
  }
});

program
  .command('preflight')
  .description('check PDFs (ours or any other) against the print-ready rules')
  .argument('<files...>', 'PDF files')
  .addOption(new Option('--edition <name>', 'which rules to apply').choices([...EDITIONS]).default('print'))
  .action(async (files: string[], flags: { edition: Edition }) => {
    let errors = 0;
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        console.error(`${file}  error  cannot read the file`);
        errors++;
        continue;
      }
      const findings = await preflightPdf(bytes, { edition: flags.edition });
      for (const f of findings) console.log(formatFinding(file, f));
      errors += findings.filter((f) => f.severity === 'error').length;
      if (findings.length === 0) console.log(`${file}  ok`);
    }
    if (errors) process.exitCode = EXIT_ERRORS;
  });

program
  .command('new-region')
  .description('start a local variant: writes content/regions/<id>.yaml with every field you can set, commented')
  .argument('<id>', 'the region id: lower-case letters, digits and dashes, e.g. middelkerke')
  .requiredOption('--extends <region>', 'the region it inherits from, e.g. west-vlaanderen')
  .option('--name <name>', 'the name as printed, e.g. "Middelkerke"')
  .option('--project <dir>', 'the project folder', '.')
  .action(async (id: string, flags: { extends: string; name?: string; project: string }) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`"${id}" is not a region id: use lower-case letters, digits and dashes, e.g. middelkerke`);
    const root = path.resolve(flags.project);
    const { project } = await openProject(root);
    const known = project ? [...project.regions.keys()].sort() : [];
    if (project && !known.includes(flags.extends)) throw new UsageError(`unknown region "${flags.extends}" to extend; known: ${known.join(', ')}`);
    const target = path.join(root, 'content', 'regions', `${id}.yaml`);
    const name = flags.name ?? id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('-');
    try {
      await writeFile(target, newRegionText(id, flags.extends, name), { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`content/regions/${id}.yaml already exists; edit it, or choose another id`);
      throw e;
    }
    console.log(`wrote content/regions/${id}.yaml: fill in the local contacts, then run npm start`);
  });

program
  .command('schema')
  .description('write the JSON Schemas of content, region and theme files, for editors with YAML support')
  .option('--out <dir>', 'where to write them', 'schema')
  .action(async (flags: { out: string }) => {
    const written = await writeSchemas(path.resolve(flags.out));
    console.log(`wrote ${written.length} schema(s) to ${flags.out}/`);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const err = e as { code?: string; exitCode?: number; message?: string };
  if (e instanceof UsageError) {
    console.error(`error: ${e.message}`);
    process.exitCode = EXIT_USAGE;
  } else if (err.code?.startsWith('commander.')) {
    process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : EXIT_USAGE;
  } else {
    if (process.argv.includes('--debug')) console.error(e);
    console.error(`internal error: ${err.message ?? String(e)}\nthis is a bug in drukwerk, not in your content; run again with --debug and report it`);
    process.exitCode = 70;
  }
}
