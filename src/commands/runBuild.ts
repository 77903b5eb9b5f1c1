// Project folder + build options → the jobs planned (filters, shard), the unchanged ones skipped, the rest built (in-process or on worker threads) and, when nothing failed, written with the manifest.
import { tuneV8ForBuild } from './v8Flags.js';
import { autoWorkers, cappedJobs } from './jobCount.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../load/parseProject.js';
import { readProjectFiles, type ProjectFiles } from '../load/readProjectFiles.js';
import type { BuildOptions, JobResult, KeptWorld } from '../pipeline.js';
import { planInputs, storedPlan } from './storedPlan.js';
import type { Edition } from '../vocabulary/edition.js';
import { toolVersion } from '../world/toolVersion.js';
import { PACKAGE_ROOT } from '../world/codeVersion.js';
import type { Shard } from '../parallel/shard.js';
import type { LocalBuilder } from '../parallel/workerPool.js';
import { outputPath, type Job, type JobFilter } from '../variant/planJobs.js';
import { isIntact, loadManifest, manifestTime, type ManifestEntry } from '../write/manifest.js';
import { acquireLock } from '../write/outLock.js';
import { OutputError } from '../write/outputError.js';
import { ensureDirInside, prepareOutDir } from '../write/safePath.js';
import { cacheDirProblem } from '../world/storeFolder.js';
import { say } from '../messages/say.js';
import { openStore, type Store } from '../world/store.js';
import { createStaging, removeStrayTemps, type Staging } from '../write/writeOutputs.js';

export type { ManifestEntry } from '../write/manifest.js';
export { OutputError } from '../write/outputError.js';

export interface RunBuildOptions extends BuildOptions, JobFilter {
  root: string;
  outDir: string;
  /** Lay out and check, but write nothing (`validate`). */
  dryRun?: boolean;
  /**
   * A dry run that stops before its next job once this says so (`drukwerk watch` warming its World while nobody saves):
   * the jobs not built are left out of the results. Only for a dry run: a build that writes must write everything.
   */
  stopWhen?: () => boolean;
  /** Threads that build: this one and jobs-1 workers; 1 builds in this thread alone; 'auto' (the CLI's default) chooses by the number of jobs (autoWorkers). Default 1 here. */
  jobs?: number | 'auto';
  /** Skip jobs whose outputs are in the output folder with the same input hash and sha256 as in its manifest. Default false here; the CLI's default unless `--force`. */
  incremental?: boolean;
  /** false: a built PDF's bytes are dropped from the results once written to its temporary file (the CLI, so memory stays flat); default true. */
  retainBytes?: boolean;
  /** Only this part of the job matrix (`--shard i/n`). */
  shard?: Shard;
  /** Called as each job is built or found unchanged, in the order that happens. */
  onProgress?: (event: ProgressEvent) => void;
  /** A World whose templates, fonts and store this thread keeps from one build to the next (`drukwerk watch`); builds on worker threads make their own. */
  keepWorld?: KeptWorld;
}

export interface ProgressEvent {
  kind: 'built' | 'unchanged';
  job: Job;
  files: { path: string; pages: number; bytes: number }[];
  /** Jobs done so far (built or unchanged) and of this build in all. */
  done: number;
  total: number;
  /** Jobs to build (not unchanged) in all. */
  toBuild: number;
}

export interface RunBuildResult {
  diagnostics: Diagnostic[];
  /** The jobs built in this run, in job order (unchanged jobs are not built). */
  results: JobResult[];
  written: ManifestEntry[];
  /** Outputs verified intact on disk and not rebuilt. */
  unchanged: ManifestEntry[];
  /** Every job of the run (after filters and shard). */
  jobs: Job[];
  /** PDFs of the previous build the project no longer makes, removed from the output folder and its manifest. */
  removed: ManifestEntry[];
  /** PDFs the project no longer makes that were changed by hand since: left in place, no longer in the manifest. */
  unlisted: ManifestEntry[];
}

// the command line names these in its help without loading the build
export { autoWorkers, cappedJobs, defaultJobs, JOBS_FOR_WORKERS } from './jobCount.js';

/** What a result's file holds once its bytes are on disk and not retained. */
const RELEASED = Buffer.alloc(0);

export interface ReadProject {
  files: ProjectFiles;
  /** What reading found (a file too large, not UTF-8): parsing adds its own. */
  diagnostics: Diagnostic[];
  store: Store;
}

/** The project's files read, with the store they are planned and built with; nothing parsed yet. */
export async function readProject(root: string): Promise<ReadProject> {
  // the store is written inside .cache: a .cache that leads out of the project stops every command before it
  const cacheProblem = cacheDirProblem(root);
  if (cacheProblem) throw new OutputError(cacheProblem);
  const store = openStore(root);
  const { files, diagnostics } = await readProjectFiles(root, store);
  return { files, diagnostics, store };
}

/**
 * Reads and checks the project; no fonts parsed, no templates compiled. The YAML it parses is read back from the project's
 * store, and what it parses anew is kept in `store` until the caller saves it (a build does when it is done).
 */
export async function loadProject(root: string): Promise<{ files: ProjectFiles; project?: Project; diagnostics: Diagnostic[]; store: Store }> {
  const read = await readProject(root);
  return { ...read, ...(await projectOf(read)) };
}

/** What readProject read, parsed: the reading's diagnostics and the parse's, and the project when none is an error. `read` is left as it was, so a build can still be given it. */
export async function projectOf(read: ReadProject): Promise<{ project?: Project; diagnostics: Diagnostic[] }> {
  const { parsedProject } = await import('../load/parseProject.js');
  const parsed = parsedProject(read.files, read.store);
  const diagnostics = [...read.diagnostics, ...parsed.diagnostics];
  return { project: diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.project, diagnostics };
}

/** This thread's World (on the base kept from the last build under `drukwerk watch`, or new) as a builder of jobs; undefined, with diagnostics, when it cannot be made. What it computes goes to `store`. */
async function localBuilder(project: Project, options: BuildOptions, diagnostics: Diagnostic[], store: Store, kept?: { world: KeptWorld; shared: string }): Promise<LocalBuilder | undefined> {
  // imported here: a no-op build never loads pdfkit, fontkit or sharp
  const { worldOf, buildJob, takeStoreEntries } = await import('../pipeline.js');
  const { world, diagnostics: worldDiagnostics } = worldOf(project, store, kept);
  diagnostics.push(...worldDiagnostics);
  if (!world) return undefined;
  // what each job computed goes to the store as the job is done, as a worker's does: the store writes it in batches (Store.add)
  return {
    build: async (job) => {
      // a World kept between builds (watch) reuses what a job made after its model when an edit left the model as it was
      const result = await buildJob(world, job, options, kept !== undefined);
      store.add(takeStoreEntries(world));
      return result;
    },
    finish: () => store.add(takeStoreEntries(world)),
  };
}

/** Whether a previous output is one this build answers for (its filters cover it) that the planned jobs no longer make. */
function noLongerMade(options: RunBuildOptions, jobs: readonly Job[]): (e: ManifestEntry) => boolean {
  // a shard is balanced over today's matrix, so which shard a file no longer in it belonged to is unknown: a shard prunes nothing
  if (options.shard) return () => false;
  const planned = new Set(jobs.flatMap((j) => j.editions.map((edition) => outputPath(j, edition))));
  const covers = (values: readonly string[] | undefined, value: string): boolean => !values || values.includes(value);
  return (e) => !planned.has(e.path) && covers(options.regions, e.region) && covers(options.materials, e.material) && covers(options.langs, e.lang) && covers(options.editions, e.edition);
}

async function buildInProcess(jobs: readonly Job[], here: LocalBuilder | undefined, onResult: (r: JobResult) => void, stopWhen?: () => boolean): Promise<JobResult[]> {
  if (!here) return [];
  const results: JobResult[] = [];
  for (const job of jobs) {
    if (stopWhen?.()) break;
    const result = await here.build(job);
    results.push(result);
    onResult(result);
    // building never waits on I/O, so without this the staged writes would only run after the last job, every PDF held in memory until then
    await new Promise((resolve) => setImmediate(resolve));
  }
  here.finish();
  return results;
}

/** Which jobs have every output intact in the folder with the input hash they would have now. */
async function findUnchanged(
  outDir: string,
  jobs: readonly Job[],
  inputHash: (job: Job, edition: Edition) => string,
  previous: ReadonlyMap<string, ManifestEntry>,
  trustBefore: number | undefined,
): Promise<Map<string, ManifestEntry[]>> {
  const unchanged = new Map<string, ManifestEntry[]>();
  await Promise.all(
    jobs.map(async (job) => {
      const entries: ManifestEntry[] = [];
      for (const edition of job.editions) {
        const entry = previous.get(outputPath(job, edition));
        if (!entry || entry.inputHash !== inputHash(job, edition) || !(await isIntact(outDir, entry, trustBefore))) return;
        entries.push(entry);
      }
      unchanged.set(job.id, entries);
    }),
  );
  return unchanged;
}

/** `read`: the project as the caller has just read it (`drukwerk watch`, which read it to see what a change touches), not read again. */
export async function runBuild(options: RunBuildOptions, read?: ReadProject): Promise<RunBuildResult> {
  const { files, diagnostics, store } = read ?? (await readProject(options.root));
  try {
    return await buildProject(options, files, diagnostics, store);
  } finally {
    // once per build, by this thread, whatever the outcome: what was computed is right for its key, errors or not
    store.save();
  }
}

async function buildProject(options: RunBuildOptions, files: ProjectFiles, diagnostics: Diagnostic[], store: Store): Promise<RunBuildResult> {
  if (options.stopWhen && !options.dryRun) throw new Error('stopWhen is for a dry run only: a build that writes must build every job');
  const empty = { results: [], written: [], unchanged: [], jobs: [], removed: [], unlisted: [] };
  // files as planned before (the same bytes, options and code) are not parsed: the plan and its findings are read back, and the parser is not even loaded
  const tool = toolVersion();
  const inputs = planInputs(files, options, tool);
  const stored = storedPlan(store, inputs);
  const planned = stored ? { plan: stored, project: undefined } : (await import('./buildPlan.js')).computePlan(files, options, tool, store, inputs);
  const { plan } = planned;
  // a file that could not be read stops the build as well, after the parse has said what else is wrong
  const unreadable = diagnostics.some((d) => d.severity === 'error');
  diagnostics.push(...plan.diagnostics);
  if (unreadable) return { diagnostics, ...empty };
  const { jobs } = plan;
  if (plan.stopped) return { diagnostics, ...empty, jobs };
  const inputHash = (job: Job, edition: Edition): string => {
    const hash = plan.inputHashes[outputPath(job, edition)];
    if (hash === undefined) throw new Error(`the plan has no input hash for ${outputPath(job, edition)}`);
    return hash;
  };
  // parsed only when something is built, and then once
  let project = planned.project;
  const parsed = async (): Promise<Project> => {
    project ??= (await import('../load/parseProject.js')).parsedProject(files, store).project;
    if (!project) throw new Error('the project planned without errors but did not load');
    return project;
  };
  const buildOptions: BuildOptions = { cropMarks: options.cropMarks, final: options.final, creationDate: options.creationDate, profile: options.profile };
  const outDir = options.dryRun ? path.resolve(options.root, options.outDir) : await prepareOutDir(options.root, options.outDir);
  const release = options.dryRun ? undefined : await acquireLock(outDir);
  try {
    const read = options.dryRun ? undefined : await loadManifest(outDir);
    const previous = read?.entries ?? new Map<string, ManifestEntry>();
    const trustBefore = options.dryRun ? undefined : await manifestTime(outDir);
    const unchangedByJob = options.incremental && !options.dryRun ? await findUnchanged(outDir, jobs, inputHash, previous, trustBefore) : new Map<string, ManifestEntry[]>();
    const toBuild = jobs.filter((j) => !unchangedByJob.has(j.id));
    // a region folder that leads out of the output folder is found before anything is built (staging checks every folder again); a region with nothing to build writes nothing there
    if (!options.dryRun) for (const region of new Set(toBuild.map((j) => j.region))) await ensureDirInside(outDir, path.join(outDir, region), say('write.place.outDir', { dir: outDir }), false);
    let done = 0;
    const progress = (kind: ProgressEvent['kind'], job: Job, files: ProgressEvent['files']): void => {
      done++;
      options.onProgress?.({ kind, job, files, done, total: jobs.length, toBuild: toBuild.length });
    };
    for (const job of jobs) {
      const entries = unchangedByJob.get(job.id);
      if (entries)
        progress(
          'unchanged',
          job,
          entries.map((e) => ({ path: e.path, pages: e.pages, bytes: e.bytes })),
        );
    }
    // each PDF goes to a temporary file as soon as it is built, so memory stays flat however many variants; renamed into place only when the whole build is clean
    let staging: Staging | undefined;
    if (!options.dryRun) {
      // the folders of the regions built now and of those the last build wrote: where a killed build can have left them
      await removeStrayTemps(outDir, [...jobs.map((j) => j.region), ...[...previous.values()].map((e) => e.region)]);
      staging = createStaging(outDir);
    }
    let failed = false;
    // the first write that failed (a full disk): handled where it is made, so it can never be an unhandled rejection; it stops the build at the next result
    let writeError: unknown;
    const writes: Promise<unknown>[] = [];
    const onResult = (r: JobResult): void => {
      if (writeError) throw writeError;
      progress(
        'built',
        r.job,
        r.files.map((f) => ({ path: f.path, pages: f.pages, bytes: f.bytes.length })),
      );
      if (r.diagnostics.some((d) => d.severity === 'error')) failed = true;
      if (!staging || failed) return;
      for (const f of r.files) {
        writes.push(
          staging.stage(f, inputHash(f.job, f.edition)).catch((e: unknown) => {
            writeError ??= e;
          }),
        );
        if (options.retainBytes === false) f.bytes = RELEASED;
      }
    };
    // never more threads than cores: each is a heap of its own, and on 2 cores 20 threads only took memory (3.5 GB)
    const workers = options.jobs === 'auto' ? autoWorkers(toBuild.length) : cappedJobs(options.jobs ?? 1);
    try {
      const kept = options.keepWorld && { world: options.keepWorld, shared: plan.shared };
      const here = async () => (toBuild.length ? localBuilder(await parsed(), buildOptions, diagnostics, store, kept) : undefined);
      let results: JobResult[];
      const inWorkers = workers > 1 && toBuild.length > 1 && !options.stopWhen;
      tuneV8ForBuild(inWorkers);
      if (!inWorkers) {
        results = await buildInProcess(toBuild, await here(), onResult, options.stopWhen);
      } else {
        // this thread builds too, as one of the `workers`
        const { buildInWorkers, workerEntry } = await import('../parallel/workerPool.js');
        const entry = workerEntry();
        // a package whose build did not finish (or a dist/ copied without it): said as such, not as a bug in drukwerk
        if (!existsSync(entry)) throw new OutputError(say('build.workerMissing', { file: entry, root: PACKAGE_ROOT, out: options.outDir }));
        results = (await buildInWorkers(toBuild, { files, options: buildOptions, workers, onResult: (r) => onResult(r), here, store })) ?? [];
      }
      await Promise.all(writes);
      if (writeError) throw writeError;
      for (const r of results) diagnostics.push(...r.diagnostics);
      diagnostics.push(...plan.finalFindings);
      const unchanged = jobs.flatMap((j) => unchangedByJob.get(j.id) ?? []);
      if (!staging || diagnostics.some((d) => d.severity === 'error')) {
        await staging?.discard();
        return { diagnostics, results, written: [], unchanged, jobs, removed: [], unlisted: [] };
      }
      const { written: staged, removed, unlisted } = await staging.commit({ unchanged, previous, trustBefore, prune: noLongerMade(options, jobs), previousWhole: read?.whole === true });
      const committed = new Map(staged.map((e) => [e.path, e]));
      // in job order, as built: the order workers finished in varies
      // biome-ignore lint/style/noNonNullAssertion: with no error every file of results was staged, and commit gives back every staged file
      const written = results.flatMap((r) => r.files.map((f) => committed.get(f.path)!));
      return { diagnostics, results, written, unchanged, jobs, removed, unlisted };
    } catch (e) {
      await Promise.allSettled(writes);
      const staged = staging !== undefined;
      await staging?.discard();
      // nothing is replaced before commit() has both manifests on disk: say that the previous output is intact
      if (staged && e instanceof OutputError && e === writeError) throw new OutputError(`${e.message}\n${say('write.nothingReplaced', { outDir })}`);
      throw e;
    }
  } finally {
    await release?.();
  }
}
