#!/usr/bin/env node
// Command line → the commands (build, validate, list, preflight); formats diagnostics and sets the exit code. Nothing else.
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, type ErrorOptions, Help, type HelpConfiguration, InvalidArgumentError, Option } from 'commander';
import { jsonDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { shownDiagnostics } from './shownDiagnostics.js';
// Light modules only at the top: every run (--help, --version, a wrong command line) loads them. What a command needs
// beyond them (the content schemas, the YAML library, the build) is imported in its action.
import type { RunBuildOptions } from './commands/runBuild.js';
import type { ReportTarget } from './commands/reportPath.js';
import { cappedJobs, defaultJobs, JOBS_FOR_WORKERS } from './commands/jobCount.js';
import { OutputError } from './write/outputError.js';
import { parseShard, type Shard } from './parallel/shard.js';
import { createProgress } from './commands/progress.js';
import { creationDate } from './commands/creationDate.js';
import { EDITIONS, type Edition } from './vocabulary/edition.js';
import { MATERIALS } from './vocabulary/material.js';
import { formatFinding } from './preflight/formatFinding.js';
import { formatReport } from './commands/formatReport.js';
import { planJobs, outputPath } from './variant/planJobs.js';
import { jobIsConcept } from './variant/jobStatus.js';
import { writeFileAtomic, writeFileExclusive } from './write/safeFile.js';
import { ensureDirInside } from './write/safePath.js';
import { didYouMean } from './load/didYouMean.js';
import { reason } from './messages/reason.js';
import type { ManifestEntry } from './write/manifest.js';
import { chooseMessageLanguage, messageLanguage, say, setMessageLanguage } from './messages/say.js';
import { localText } from './messages/coded.js';
import type { MessageId } from './messages/catalogue.js';
import { commanderError } from './messages/commanderError.js';
import { projectMessages, projectSettings } from './commands/projectSettings.js';
import { PACKAGE_ROOT } from './world/codeVersion.js';

const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

/** `--project <dir>` as given on the command line, before commander reads it: the arguments' own errors are said in the project's language too. */
function projectArg(argv: readonly string[]): string {
  for (const [i, arg] of argv.entries()) {
    const next = argv[i + 1];
    if (arg === '--project' && next !== undefined) return next;
    if (arg.startsWith('--project=')) return arg.slice('--project='.length);
  }
  return '.';
}
setMessageLanguage(chooseMessageLanguage(process.env, await projectMessages(path.resolve(projectArg(process.argv.slice(2))))));

/** A list of files, at most 20 of them, each on its own line. */
function fileLines(header: string, entries: readonly ManifestEntry[], out: string): string {
  const shown = entries.slice(0, 20).map((e) => `  ${out}/${e.path}`);
  if (entries.length > shown.length) shown.push(say('cli.andMore', { count: entries.length - shown.length }));
  return [header, ...shown].join('\n');
}

class UsageError extends Error {}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError(say('cli.wholeNumber'));
  return Number(value);
}

function shardArg(value: string): Shard {
  const { shard, error } = parseShard(value);
  // biome-ignore lint/style/noNonNullAssertion: parseShard gives an error whenever it gives no shard
  if (!shard) throw new InvalidArgumentError(error!);
  return shard;
}

const list = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

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

/** Set from the program options before a command runs. */
const output = { root: process.cwd(), verbose: false, quiet: false };

/**
 * Lines of project files, for the excerpt under a diagnostic: each file read once per printing, and read again the next
 * time (watch prints after every rebuild, and the file may have changed in between).
 */
function sourceLineReader(): (file: string | undefined, line: number | undefined) => string | undefined {
  const sourceLines = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!file || line === undefined || !/\.(ya?ml|hbs)$/.test(file)) return undefined;
    const abs = path.resolve(output.root, file);
    if (!sourceLines.has(abs)) {
      let lines: string[] | undefined;
      try {
        const text = readFileSync(abs, 'utf8');
        lines = text.length <= 4 << 20 ? text.split('\n') : undefined;
      } catch {
        lines = undefined;
      }
      sourceLines.set(abs, lines);
    }
    const text = sourceLines.get(abs)?.[line - 1];
    return text !== undefined && text.length <= 400 ? text : undefined;
  };
}

function printDiagnostics(ds: readonly Diagnostic[]): void {
  const merged = sortDiagnostics(mergeVariants(ds));
  const lang = messageLanguage();
  for (const line of shownDiagnostics(merged, { lang, verbose: output.verbose, sourceLine: sourceLineReader() })) console.error(line);
  const errors = merged.filter((d) => d.severity === 'error').length;
  const warnings = merged.filter((d) => d.severity === 'warning').length;
  if (errors || warnings) console.error(`\n${say('summary.counts', { errors, warnings })}`);
}

/** Diagnostics for --json: in the language chosen for messages, each with its code. */
const asJson = (ds: readonly Diagnostic[]): Diagnostic[] => ds.map((d) => jsonDiagnostic(d, messageLanguage()));

/** A line for the person at the terminal, left out with --quiet (errors are never left out). */
const note = (line: string): void => {
  if (!output.quiet) console.log(line);
};

interface CommonFlags {
  project: string;
  region?: string[];
  material?: string[];
  lang?: string[];
  edition?: Edition[];
}

async function checkFilters(flags: CommonFlags): Promise<void> {
  if (!flags.region?.length && !flags.material?.length && !flags.lang?.length) return;
  const { loadProject } = await import('./commands/runBuild.js');
  const { project, diagnostics, store } = await loadProject(path.resolve(flags.project));
  // the YAML parsed here is read back by the build that follows
  store.save();
  if (!project) return; // the build reports the project's own errors
  const known: Record<'region' | 'material' | 'lang', string[]> = { region: [...project.regions.keys()].sort(), material: [...MATERIALS], lang: [...project.languages.keys()].sort() };
  for (const key of ['region', 'material', 'lang'] as const) {
    for (const value of flags[key] ?? []) {
      if (!known[key].includes(value)) throw new UsageError(say('cli.unknownFilter', { key, value, known: known[key].join(', ') }));
    }
  }
  void diagnostics;
}

/** `--out` of build, watch, serve and preview, checked before anything is read or written (checkOutDir): absolute. */
async function outDirOf(flags: { project: string; out: string }): Promise<string> {
  const { checkOutDir, PathOptionError } = await import('./commands/outDir.js');
  try {
    return await checkOutDir(path.resolve(flags.project), flags.out);
  } catch (e) {
    if (e instanceof PathOptionError) throw new UsageError(e.message);
    throw e;
  }
}

function buildOptions(flags: CommonFlags & { out: string; cropMarks: boolean; final?: boolean; profile?: string }, dryRun: boolean): RunBuildOptions {
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
    // not given: the pipeline takes the theme's print.profile, else FOGRA39 (resolveOutputIntent)
    profile: flags.profile,
    dryRun,
  };
}

/** `<dir>`, `<map>`: an option's value as its help names it, in the language chosen for messages. */
const value = (id: MessageId): string => `<${say(id)}>`;

/**
 * Commander's own words in its help (headings, `[options]`, "default:") through the catalogue. The help is made when it
 * is shown, after the language was chosen from the environment and the project above.
 */
const HEADINGS: Record<string, MessageId> = {
  'Usage:': 'help.usage',
  'Arguments:': 'help.arguments',
  'Options:': 'help.options',
  'Global Options:': 'help.globalOptions',
  'Commands:': 'help.commands',
};
const USAGE_WORDS: Record<string, MessageId> = { '[options]': 'help.optionsWord', '[command]': 'help.commandWord' };
const commanderHelp = new Help();
const usageWords = (usage: string): string =>
  usage
    .split(' ')
    .map((word) => {
      const id = USAGE_WORDS[word];
      return id ? say(id) : word;
    })
    .join(' ');
/** A description with commander's extra information after it: "(choices: …, default: …)". */
function withExtra(description: string, choices: readonly string[] | undefined, shownDefault: string | undefined): string {
  const extra = [
    ...(choices ? [say('help.choices', { choices: choices.map((c) => JSON.stringify(c)).join(', ') })] : []),
    ...(shownDefault === undefined ? [] : [say('help.default', { value: shownDefault })]),
  ];
  return extra.length ? `${description} (${extra.join(', ')})`.trimStart() : description;
}
const helpInLanguage: HelpConfiguration = {
  // commander hands every heading to styleTitle: the one place that sees them all
  styleTitle: (title) => {
    const id = HEADINGS[title];
    return id ? say(id) : title;
  },
  commandUsage: (cmd) => usageWords(commanderHelp.commandUsage(cmd)),
  subcommandTerm: (cmd) => usageWords(commanderHelp.subcommandTerm(cmd)),
  // as commander's: a default is shown for an option that takes a value, or a boolean default
  optionDescription: (option) =>
    withExtra(
      option.description,
      option.argChoices,
      option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'))
        ? option.defaultValueDescription || JSON.stringify(option.defaultValue)
        : undefined,
    ),
  argumentDescription: (argument) =>
    withExtra(argument.description, argument.argChoices, argument.defaultValue === undefined ? undefined : argument.defaultValueDescription || JSON.stringify(argument.defaultValue)),
};

/** Commander's errors for a wrong command line, in the language chosen for messages; every command made from the program is one too. */
class DrukwerkCommand extends Command {
  override createCommand(name?: string): Command {
    return new DrukwerkCommand(name);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(commanderError(errorOptions?.code ?? '', message), errorOptions);
  }
}

function addFilters(cmd: Command): Command {
  return cmd
    .option(`--project ${value('help.dir')}`, say('help.project'), '.')
    .option('--region <ids>', say('help.regionFilter'), list)
    .option(`--material ${value('help.names')}`, say('help.materialFilter', { materials: MATERIALS.join(', ') }), list)
    .option('--lang <codes>', say('help.langFilter'), list)
    .addOption(
      new Option(`--edition ${value('help.name')}`, say('help.editionFilter')).choices([...EDITIONS]).argParser((v: string, prev: Edition[] = []) => {
        if (!EDITIONS.includes(v as Edition)) throw new InvalidArgumentError(say('cli.chooseOne', { choices: EDITIONS.join('|') }));
        return [...prev, v as Edition];
      }),
    );
}

const packageVersion = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const program = new DrukwerkCommand('drukwerk')
  // before the commands: each copies the help settings of the program when it is made
  .configureHelp(helpInLanguage)
  .helpOption('-h, --help', say('help.helpOption'))
  .helpCommand(`help [${say('help.command')}]`, say('help.helpCommand'))
  .description(say('help.program'))
  .version(packageVersion, '-V, --version', say('help.version'))
  // a program option: accepted before or after the command (`drukwerk --debug build`, `drukwerk build --debug`)
  .option('--debug', say('help.debug'))
  .option('-q, --quiet', say('help.quiet'))
  .option('-v, --verbose', say('help.verbose'))
  .hook('preAction', async (_program, command) => {
    const flags = { ...program.opts(), ...command.opts() } as { quiet?: boolean; verbose?: boolean; project?: string };
    output.quiet = flags.quiet === true;
    output.verbose = flags.verbose === true && !output.quiet;
    output.root = path.resolve(flags.project ?? '.');
    // a project that is not there is one message, not the errors of every file it lacks
    if (flags.project !== undefined) {
      const info = await stat(output.root).catch(() => undefined);
      if (!info) throw new UsageError(say('cli.noProject', { given: flags.project, root: output.root }));
      if (!info.isDirectory()) throw new UsageError(say('cli.projectIsFile', { given: flags.project, root: output.root }));
    }
    const settings = await projectSettings(output.root);
    setMessageLanguage(chooseMessageLanguage(process.env, settings.messages));
    if (!output.quiet) for (const line of shownDiagnostics(settings.diagnostics, { lang: messageLanguage(), verbose: output.verbose, sourceLine: sourceLineReader() })) console.error(line);
  })
  .showHelpAfterError()
  .exitOverride();

addFilters(program.command('build').description(say('help.build')))
  .option(`--out ${value('help.dir')}`, say('help.out'), 'out')
  .option('--no-crop-marks', say('help.noCropMarks'))
  .option('--final', say('help.final'))
  .option(`--report ${value('help.file')}`, say('help.report'))
  .option(`--profile ${value('help.file')}`, say('help.profile'))
  .option('--jobs <n>', say('help.jobs', { cores: defaultJobs(), min: JOBS_FOR_WORKERS }), positiveInt)
  .option('--force', say('help.force'))
  .option('--shard <i/n>', say('help.shard'), shardArg)
  .option('--json', say('help.buildJson'))
  .action(async (flags) => {
    // before anything is read or built: an output folder or report drukwerk must not write to is a wrong command line
    const outDir = await outDirOf(flags);
    let reportTarget: ReportTarget | undefined;
    if (flags.report) {
      const { checkReportPath, ReportPathError } = await import('./commands/reportPath.js');
      try {
        reportTarget = await checkReportPath(flags.report, path.resolve(flags.project), outDir);
      } catch (e) {
        if (e instanceof ReportPathError) throw new UsageError(e.message);
        throw e;
      }
    }
    await checkFilters(flags);
    const { runBuild } = await import('./commands/runBuild.js');
    if (flags.jobs !== undefined && flags.jobs > defaultJobs()) console.error(say('build.jobsCapped', { asked: flags.jobs, cores: defaultJobs(), used: cappedJobs(flags.jobs) }));
    const started = performance.now();
    const progress = output.quiet || (flags.json && !process.stderr.isTTY) ? undefined : createProgress(process.stderr);
    let result;
    try {
      result = await runBuild({
        ...buildOptions(flags, false),
        retainBytes: false,
        jobs: flags.jobs ?? 'auto',
        incremental: !flags.force,
        shard: flags.shard as Shard | undefined,
        onProgress: (e) => progress?.update(e),
      });
    } catch (e) {
      progress?.finish();
      if (!(e instanceof OutputError)) throw e;
      if (flags.json) console.log(JSON.stringify({ ok: false, error: e.message }, null, 2));
      console.error(`${say('cli.errorPrefix')}: ${e.message}`);
      process.exitCode = EXIT_ERRORS;
      return;
    }
    progress?.finish();
    const report = formatReport(result.results, result.diagnostics);
    if (reportTarget) {
      const { reportFileText } = await import('./commands/reportPath.js');
      try {
        // an earlier report is replaced; otherwise the name must still be free, so a file made since is never overwritten
        await (reportTarget.replace ? writeFileAtomic : writeFileExclusive)(reportTarget.file, reportFileText(report));
      } catch (e) {
        throw new OutputError(say('cli.cannotWriteReport', { file: flags.report, why: reason(e) }));
      }
    }
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    const seconds = (performance.now() - started) / 1000;
    if (failed) process.exitCode = EXIT_ERRORS;
    if (flags.json) {
      const file = (f: { path: string; pages: number; bytes: number; sha256: string }) => ({ path: f.path, pages: f.pages, bytes: f.bytes, sha256: f.sha256 });
      const peakRssBytes = process.resourceUsage().maxRSS * 1024;
      console.log(
        JSON.stringify(
          {
            ok: !failed,
            concept: result.results.some((r) => r.concept),
            out: flags.out,
            written: result.written.map(file),
            unchanged: result.unchanged.map(file),
            removed: result.removed.map(file),
            diagnostics: asJson(sortDiagnostics(mergeVariants(result.diagnostics))),
            jobs: result.jobs.length,
            seconds: Number(seconds.toFixed(3)),
            peakRssBytes,
          },
          null,
          2,
        ),
      );
      return;
    }
    printDiagnostics(result.diagnostics);
    if (failed) {
      console.error(say('build.nothingWritten', { out: flags.out }));
      return;
    }
    const pages = result.written.reduce((n, f) => n + f.pages, 0);
    const fits = result.results.reduce((n, r) => n + r.copyFits.length, 0);
    if (output.verbose && report) note(report.trimEnd());
    else if (fits) note(say('build.copyFits', { count: fits }));
    note(say('build.wrote', { pdfs: result.written.length, pages, out: flags.out, seconds: seconds.toFixed(1), unchanged: result.unchanged.length }));
    if (result.removed.length) note(fileLines(say('build.removed', { count: result.removed.length, out: flags.out }), result.removed, flags.out));
    if (result.unlisted.length) note(fileLines(say('build.unlisted', { count: result.unlisted.length }), result.unlisted, flags.out));
    if (result.results.some((r) => r.concept)) note(say('build.concept'));
  });

addFilters(program.command('validate').description(say('help.validate')))
  .option(`--profile ${value('help.file')}`, say('help.profile'))
  .option('--final', say('help.validateFinal'))
  .option('--json', say('help.validateJson'))
  .action(async (flags) => {
    await checkFilters(flags);
    const { runBuild } = await import('./commands/runBuild.js');
    const progress = output.quiet || (flags.json && !process.stderr.isTTY) ? undefined : createProgress(process.stderr, undefined, 'checked');
    const result = await runBuild({ ...buildOptions({ ...flags, out: 'out', cropMarks: true }, true), onProgress: (e) => progress?.update(e) });
    progress?.finish();
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    if (failed) process.exitCode = EXIT_ERRORS;
    const concept = result.results.some((r) => r.concept);
    if (flags.json) {
      const jobs = result.results.map((r) => ({ id: r.job.id, concept: r.concept, ok: !r.diagnostics.some((d) => d.severity === 'error') }));
      console.log(JSON.stringify({ ok: !failed, concept, jobs, diagnostics: asJson(sortDiagnostics(mergeVariants(result.diagnostics))) }, null, 2));
      return;
    }
    printDiagnostics(result.diagnostics);
    if (!failed) note(say('validate.ok', { jobs: result.results.length, concept: concept ? 1 : 0 }));
  });

addFilters(program.command('list').description(say('help.list')))
  .option('--json', say('help.listJson'))
  .action(async (flags) => {
    await checkFilters(flags);
    const { openProject } = await import('./commands/openProject.js');
    const { project, diagnostics } = await openProject(path.resolve(flags.project));
    if (!project) {
      if (flags.json) console.log(JSON.stringify({ ok: false, outputs: [], diagnostics: asJson(sortDiagnostics(diagnostics)) }, null, 2));
      else printDiagnostics(diagnostics);
      process.exitCode = EXIT_ERRORS;
      return;
    }
    const jobs = planJobs(project, { regions: flags.region, materials: flags.material, langs: flags.lang, editions: flags.edition });
    const outputs = jobs.flatMap((job) =>
      job.editions.map((edition) => ({ material: job.material, region: job.region, lang: job.lang, edition, path: outputPath(job, edition), concept: jobIsConcept(project, job) })),
    );
    if (flags.json) {
      console.log(JSON.stringify({ ok: true, outputs }, null, 2));
      return;
    }
    for (const o of outputs) console.log(`${o.material.padEnd(9)} ${o.region.padEnd(24)} ${o.lang.padEnd(3)} ${o.edition.padEnd(7)} ${o.path}`);
  });

program
  .command('preflight')
  .description(say('help.preflight'))
  .argument(`<${say('help.files')}...>`, say('help.pdfFiles'))
  .addOption(new Option(`--edition ${value('help.name')}`, say('help.preflightEdition')).choices([...EDITIONS]))
  .option('--page-multiple <n>', say('help.pageMultiple'), positiveInt)
  .option('--json', say('help.preflightJson'))
  .action(async (files: string[], flags: { edition?: Edition; json?: boolean; pageMultiple?: number }) => {
    const { preflightFiles, preflightSummary } = await import('./commands/preflightFiles.js');
    const results = await preflightFiles(files, { edition: flags.edition, pageMultiple: flags.pageMultiple }, (r) => {
      if (flags.json) return;
      const lang = messageLanguage();
      if (r.findings[0]?.check === 'file') console.error(`${r.file}  ${say('label.error')}  ${localText(r.findings[0], lang)}`);
      else for (const f of r.findings) console.log(formatFinding(r.file, f, lang));
      if (r.findings.length === 0) console.log(say('preflight.ok', { file: r.file }));
    });
    const summary = preflightSummary(results);
    if (flags.json)
      console.log(
        JSON.stringify(
          { ok: results.every((r) => r.errors === 0), summary, files: results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, message: localText(f, messageLanguage()) })) })) },
          null,
          2,
        ),
      );
    else console.log(summary);
    if (results.some((r) => r.errors > 0)) process.exitCode = EXIT_ERRORS;
  });

program
  .command('new-region')
  .description(say('help.newRegion'))
  .argument('<id>', say('help.regionId'))
  .requiredOption(`--extends ${value('help.region')}`, say('help.extends'))
  .option(`--name ${value('help.name')}`, say('help.regionName'))
  .option(`--project ${value('help.dir')}`, say('help.project'), '.')
  .action(async (id: string, flags: { extends: string; name?: string; project: string }) => {
    const { newRegionText, regionIdProblem, regionNameProblem, translatedLanguages } = await import('./commands/newRegion.js');
    const idProblem = regionIdProblem(id);
    if (idProblem) throw new UsageError(idProblem);
    const nameProblem = flags.name === undefined ? undefined : regionNameProblem(flags.name);
    if (nameProblem) throw new UsageError(nameProblem);
    const root = path.resolve(flags.project);
    // The region files on disk, so a project with a content error elsewhere can still get a new region.
    const regionDir = path.join(root, 'content', 'regions');
    const known = await readdir(regionDir).then(
      (names) =>
        names
          .filter((n) => /\.ya?ml$/.test(n))
          .map((n) => n.replace(/\.ya?ml$/, ''))
          .sort(),
      () => {
        throw new UsageError(say('cli.noRegionsFolder', { root }));
      },
    );
    if (known.includes(id)) throw new UsageError(say('cli.regionExists', { id }));
    if (!known.includes(flags.extends)) {
      const guess = didYouMean(flags.extends, known);
      throw new UsageError(say('newRegion.noParent', { parent: flags.extends, guess, known: known.join(', ') }));
    }
    const target = path.join(regionDir, `${id}.yaml`);
    const languages = await translatedLanguages(root);
    const name =
      flags.name ??
      id
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('-');
    // content/regions/ (or content/) as a link leading out of the project is refused, not written through
    await ensureDirInside(root, regionDir, say('write.place.project', { root }), false);
    try {
      await writeFileExclusive(target, newRegionText(id, flags.extends, name, languages));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(say('cli.regionExists', { id }));
      throw new OutputError(say('cli.cannotWriteRegion', { id, why: reason(e) }));
    }
    note(say('newRegion.wrote', { id, parent: flags.extends }));
    if (languages.length) note(say('newRegion.translations', { id, codes: languages.join(', ') }));
  });

program
  .command('translation-done')
  .description(say('help.translationDone'))
  .argument(`<${say('help.lang')}>`, say('help.translation'))
  .argument(`[${say('help.files')}...]`, say('help.translationFiles'))
  .option(`--project ${value('help.dir')}`, say('help.project'), '.')
  .action(async (lang: string, names: string[], flags: { project: string }) => {
    const { translationDone } = await import('./commands/translationDone.js');
    const result = await translationDone(path.resolve(flags.project), lang, names);
    if (result.diagnostics.length) {
      printDiagnostics(result.diagnostics);
      process.exitCode = EXIT_ERRORS;
      return;
    }
    note(say('translation.recorded', { files: result.recorded.join(', '), lang }));
  });

program
  .command('schema')
  .description(say('help.schema'))
  .option(`--out ${value('help.dir')}`, say('help.schemaOut'), 'schema')
  .action(async (flags: { out: string }) => {
    const { writeSchemas } = await import('./commands/writeSchemas.js');
    const { PathOptionError } = await import('./commands/outDir.js');
    const written = await writeSchemas(flags.out).catch((e: unknown) => {
      throw e instanceof PathOptionError ? new UsageError(e.message) : e;
    });
    note(say('schema.wrote', { count: written.length, out: flags.out }));
  });

addFilters(program.command('watch').description(say('help.watch')))
  .option(`--out ${value('help.dir')}`, say('help.out'), 'out')
  .option('--no-crop-marks', say('help.noCropMarks'))
  .option('--final', say('help.final'))
  .option(`--profile ${value('help.file')}`, say('help.profile'))
  .action(async (flags) => {
    await outDirOf(flags);
    await checkFilters(flags);
    const { watchProject } = await import('./commands/watch.js');
    await watchProject(buildOptions(flags, false), { log: (line) => console.log(line), printDiagnostics });
  });

function portArg(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 65535) throw new InvalidArgumentError(say('cli.portNumber'));
  return Number(value);
}

addFilters(program.command('serve').description(say('help.serve')))
  .option(`--out ${value('help.dir')}`, say('help.out'), 'out')
  .option('--port <n>', say('help.port', { port: 4321 }), portArg)
  .option('--no-crop-marks', say('help.noCropMarks'))
  .option(`--profile ${value('help.file')}`, say('help.profile'))
  .action(async (flags) => {
    await outDirOf(flags);
    await checkFilters(flags);
    const { serveProject, ServeError } = await import('./commands/serve.js');
    try {
      await serveProject(buildOptions(flags, false), { log: (line) => console.log(line), printDiagnostics }, { port: flags.port });
    } catch (e) {
      if (e instanceof ServeError) throw new UsageError(e.message);
      throw e;
    }
  });

program
  .command('preview')
  .description(say('help.preview'))
  .option(`--out ${value('help.dir')}`, say('help.previewOut'), 'out')
  .option(`--project ${value('help.dir')}`, say('help.previewProject'), '.')
  .action(async (flags: { out: string; project: string }) => {
    await outDirOf(flags);
    // imported here: the page renderer (pdf.js, canvas) is the heaviest module and no other command needs it
    const { PreviewError, writePreviews } = await import('./commands/preview.js');
    try {
      // rendering takes seconds: one line per PDF (rewritten in place on a terminal)
      const tty = process.stderr.isTTY;
      const log = (line: string): void => void process.stderr.write(tty ? `\r\x1b[K${line.slice(0, (process.stderr.columns ?? 120) - 1)}` : `${line}\n`);
      const root = path.resolve(flags.project);
      // the output folder of `build --project P --out O`: O inside P
      const result = await writePreviews(path.resolve(root, flags.out), { root, shownAs: flags.out, log });
      if (tty) process.stderr.write('\r\x1b[K');
      for (const w of result.warnings) console.error(`${say('label.warning')}: ${w}`);
      for (const m of result.missing) console.error(say('preview.missing', { file: `${flags.out}/${m}` }));
      note(say('preview.wrote', { count: result.thumbnails, page: `${flags.out}/${result.page}` }));
    } catch (e) {
      if (e instanceof PreviewError) throw new UsageError(e.message);
      throw e;
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const err = e as { code?: string; exitCode?: number; message?: string };
  if (e instanceof UsageError) {
    console.error(`${say('cli.errorPrefix')}: ${e.message}`);
    process.exitCode = EXIT_USAGE;
  } else if (e instanceof OutputError) {
    console.error(`${say('cli.errorPrefix')}: ${e.message}`);
    process.exitCode = EXIT_ERRORS;
  } else if (err.code?.startsWith('commander.')) {
    process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : EXIT_USAGE;
  } else {
    if (process.argv.includes('--debug')) console.error(e);
    console.error(say('cli.internalError', { detail: err.message ?? String(e) }));
    process.exitCode = 70;
  }
}
