// Build options → one build (of what the output folder does not already hold), then a rebuild of only what each change in content/, templates/, fonts/, images/, icc/ touches, until Ctrl-C.
import { say } from '../messages/say.js';
import type { Diagnostic } from '../diagnostics.js';
import type { JobFilter } from '../variant/planJobs.js';
import { projectOf, readProject, runBuild, type ReadProject, type RunBuildOptions } from './runBuild.js';
import { affectedJobs, isProjectFile } from './watchAffected.js';
import { watchTree } from './watchTree.js';
import type { KeptWorld } from '../pipeline.js';

export const WATCHED_FOLDERS = ['content', 'templates', 'fonts', 'images', 'icc'] as const;
const DEBOUNCE_MS = 150;

/** What a rebuild came to, for a live view (drukwerk serve). */
export type WatchState = { phase: 'building' } | { phase: 'built'; written: string[] } | { phase: 'failed'; diagnostics: readonly Diagnostic[]; message?: string };

export interface WatchIo {
  log(line: string): void;
  printDiagnostics(ds: readonly Diagnostic[]): void;
  onState?(state: WatchState): void | Promise<void>;
}

/** What a rebuild covers, for `watch.building`. */
const scope = (f: JobFilter) => ({ regions: f.regions?.join(', '), materials: f.materials?.join(', '), langs: f.langs?.join(', ') });

/** Builds once and watches; resolves when the process is asked to stop (SIGINT, SIGTERM, or the signal). */
export async function watchProject(options: RunBuildOptions, io: WatchIo, signal?: AbortSignal): Promise<void> {
  const base: JobFilter = { regions: options.regions, materials: options.materials, langs: options.langs, editions: options.editions };
  const pending = new Set<string>();
  /** Changes whose build failed: built again, with the fix, on the next change. */
  const failed = new Set<string>();
  let everything = true; // the first build, and again after a build that could not open the project
  let building: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;
  /** Templates compiled, fonts opened and caches loaded once, while they do not change. */
  const kept: KeptWorld = {};
  /** The first region the last build planned, and whether that build made anything (its World is then warm). */
  let planned: { region?: string; built: boolean } = { built: false };

  /** `read`: the project as the cycle read it to find what the change touches, built by the first filter without reading it again. */
  async function build(filters: JobFilter[], first: boolean, read?: ReadProject): Promise<boolean> {
    let ok = true;
    for (const [i, filter] of filters.entries()) {
      const started = performance.now();
      io.log(say('watch.building', scope(filter)));
      await io.onState?.({ phase: 'building' });
      let result;
      try {
        // as `drukwerk build` does: what is in the output folder, intact and made of the same inputs, is not made again
        result = await runBuild({ ...options, ...filter, keepWorld: kept, incremental: true }, i === 0 ? read : undefined);
      } catch (e) {
        // e.g. the output folder is locked by another build, or cannot be written: say so and keep watching
        const message = e instanceof Error ? e.message : String(e);
        io.log(say('watch.notRebuilt', { detail: message }));
        await io.onState?.({ phase: 'failed', diagnostics: [], message });
        ok = false;
        continue;
      }
      io.printDiagnostics(result.diagnostics);
      if (result.diagnostics.some((d) => d.severity === 'error')) {
        io.log(say('watch.notRebuiltErrors', { out: options.outDir }));
        await io.onState?.({ phase: 'failed', diagnostics: result.diagnostics });
        ok = false;
        continue;
      }
      planned = { region: result.jobs[0]?.region, built: result.results.length > 0 };
      for (const f of result.written) io.log(say('watch.wrote', { path: f.path, pages: f.pages }));
      io.log(say('watch.built', { first: first ? 1 : 0, count: result.written.length, unchanged: result.unchanged.length, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
      await io.onState?.({ phase: 'built', written: result.written.map((f) => f.path) });
    }
    return ok;
  }

  async function cycle(): Promise<void> {
    while (!stopping && (everything || pending.size)) {
      const changed = [...new Set([...failed, ...pending])].sort();
      pending.clear();
      failed.clear();
      let filters: JobFilter[];
      let read: ReadProject | undefined;
      if (everything) {
        filters = [base];
      } else {
        io.log(say('watch.changed', { files: changed.join(', ') }));
        read = await readProject(options.root);
        const { project, diagnostics } = await projectOf(read);
        read.store.save();
        if (!project) {
          io.printDiagnostics(diagnostics);
          io.log(say('watch.notRebuiltErrors', { out: options.outDir }));
          await io.onState?.({ phase: 'failed', diagnostics });
          for (const c of changed) failed.add(c);
          return;
        }
        filters = affectedJobs(changed, project, base);
        if (!filters.length) {
          io.log(say('watch.nothingToRebuild'));
          continue;
        }
      }
      const wasEverything = everything;
      everything = false;
      if (await build(filters, wasEverything, read)) continue;
      // Build the same again with the next change: a fix elsewhere must not leave these out.
      if (wasEverything) everything = true;
      for (const c of changed) failed.add(c);
      break;
    }
  }

  /** A cycle that cannot crash the watch: an unexpected error is printed and the next change tries again. */
  const safeCycle = (): Promise<void> =>
    cycle().catch(async (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      io.log(say('watch.notRebuilt', { detail: message }));
      await Promise.resolve(io.onState?.({ phase: 'failed', diagnostics: [], message })).catch(() => undefined);
      everything = true; // what this cycle had to build is not known to be done
    });

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (building || stopping) return; // the running cycle picks the changes up when it ends
      building = safeCycle().finally(() => {
        building = undefined;
        if (pending.size && !stopping) schedule();
      });
    }, DEBOUNCE_MS);
  }

  const tree = watchTree(options.root, WATCHED_FOLDERS, {
    change(rel) {
      if (!isProjectFile(rel)) return;
      pending.add(rel);
      schedule();
    },
    folder(rel, present) {
      io.log(say(present ? 'watch.folderBack' : 'watch.folderGone', { folder: rel }));
      if (!present) return;
      // a folder put back (a branch switch, a restore) may hold anything: build it all, once
      everything = true;
      schedule();
    },
  });

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    if (timer) clearTimeout(timer);
    tree.close();
    void (building ?? Promise.resolve()).finally(() => {
      io.log(say('watch.stopped'));
      resolveStopped();
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  signal?.addEventListener('abort', stop, { once: true });

  building = safeCycle().finally(() => {
    building = undefined;
  });
  await building;
  if (!stopping) {
    io.log(say('watch.watching', { folders: WATCHED_FOLDERS.map((f) => `${f}/`).join(', ') }));
    if (pending.size) schedule();
    else if (!everything && !planned.built && planned.region) {
      building = warmUp(planned.region).finally(() => {
        building = undefined;
        if (pending.size && !stopping) schedule();
      });
    }
  }
  await stopped;

  /**
   * A first build that found everything in place made no World: the first save would pay for opening the fonts,
   * compiling the templates and code run for the first time (5 s for one region of 62 on 2 cores, against under 1 s once
   * warm). So, while nobody saves, the first region the filters plan (the officer's own with --region) is built once in
   * memory, writing nothing: its PDFs are then the ones reused when a save leaves their model as it was. It stops before
   * its next job as soon as a file changes, and whatever goes wrong in it is left to the next real build to say.
   */
  async function warmUp(region: string): Promise<void> {
    try {
      await runBuild({ ...options, ...base, regions: [region], jobs: 1, dryRun: true, keepWorld: kept, stopWhen: () => stopping || pending.size > 0 });
    } catch {
      // the next build reads everything again and says what is wrong
    }
  }
}
