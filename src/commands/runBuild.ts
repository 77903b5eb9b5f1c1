// Project folder + build options → every job built, preflighted and, when nothing failed, written to the output folder.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { collectReviewFindings } from '../load/collectVerifyFlags.js';
import type { YamlFile } from '../load/readYaml.js';
import { buildJob, type BuildOptions, type JobResult } from '../pipeline.js';
import { planJobs, type JobFilter } from '../variant/planJobs.js';
import { writeOutputs, type ManifestEntry } from '../write/writeOutputs.js';
import { openProject } from './openProject.js';

export interface RunBuildOptions extends BuildOptions, JobFilter {
  root: string;
  outDir: string;
  /** Lay out and check, but write nothing (`validate`). */
  dryRun?: boolean;
}

export interface RunBuildResult {
  diagnostics: Diagnostic[];
  results: JobResult[];
  written: ManifestEntry[];
}

export async function runBuild(options: RunBuildOptions): Promise<RunBuildResult> {
  const { project, session, diagnostics } = await openProject(options.root);
  if (!project || !session) return { diagnostics, results: [], written: [] };
  const jobs = planJobs(project, options);
  const results: JobResult[] = [];
  for (const job of jobs) {
    const result = await buildJob(session, job, options);
    results.push(result);
    diagnostics.push(...result.diagnostics);
  }
  if (options.final) {
    const used = new Set(jobs.flatMap((j) => [`${j.lang}/${j.material}`, `${j.lang}/shared`, ...(project.regions.get(j.region)?.chain.map((r) => `regions/${r}`) ?? [])]));
    const files: YamlFile[] = [];
    for (const lang of project.languages.values()) for (const [name, f] of Object.entries(lang.files)) if (f && used.has(`${lang.lang}/${name}`)) files.push(f);
    for (const r of project.regionFiles.values()) if (used.has(`regions/${r.id}`)) files.push(r.file);
    diagnostics.push(...collectReviewFindings(files, 'error'));
  }
  if (options.dryRun || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, results, written: [] };
  const written = await writeOutputs(path.resolve(options.root, options.outDir), results.flatMap((r) => r.files));
  return { diagnostics, results, written };
}
