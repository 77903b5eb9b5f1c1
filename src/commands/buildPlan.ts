// The parsed project + the build options → the plan of a build (what the checks found before anything is laid out, the jobs, each output's input hash, what --final adds), kept in the store (storedPlan.ts) under the hash of every file, the options and the code: a build whose files did not change parses nothing.
import type { Diagnostic } from '../diagnostics.js';
import { collectReviewFindings, reviewSummary, withNetworkHint, type Owner } from '../load/collectVerifyFlags.js';
import { SOURCE_LANG } from '../load/checkTranslations.js';
import { parsedProject, type Project } from '../load/parseProject.js';
import type { ProjectFiles } from '../load/readProjectFiles.js';
import { resolveOutputIntent } from '../load/readOutputIntent.js';
import type { YamlFile } from '../load/readYaml.js';
import { createInputHasher } from '../incremental/inputHash.js';
import { jobsOfShard } from '../parallel/shard.js';
import { checkImprint } from '../variant/checkImprint.js';
import { unreachableContacts } from '../variant/checkReachable.js';
import { outputPath, planJobs, type Job } from '../variant/planJobs.js';
import { untranslatedRegionText } from '../variant/untranslatedRegionText.js';
import type { Store } from '../world/store.js';
import { keepPlan, type BuildPlan, type PlanOptions } from './storedPlan.js';
import { ID_PART } from '../vocabulary/ids.js';

const REGION_FILE = new RegExp(`^content/(?:[a-z]{2}(?:-[A-Z]{2})?/)?regions/(${ID_PART})\\.ya?ml$`);

/** `also`: findings of other checks (unreachable contacts) that the network's hint and the summary include. */
function reviewFindings(project: Project, jobs: readonly Job[], also: readonly Diagnostic[] = []): Diagnostic[] {
  const chainOf = (j: Job): string[] => project.regions.get(j.region)?.chain ?? [];
  const used = new Set(jobs.flatMap((j) => [`${j.lang}/${j.material}`, `${j.lang}/shared`, ...chainOf(j).flatMap((r) => [`regions/${r}`, `${j.lang}/regions/${r}`])]));
  const files: YamlFile[] = [];
  for (const lang of project.languages.values()) for (const [name, f] of Object.entries(lang.files)) if (f && used.has(`${lang.lang}/${name}`)) files.push(f);
  for (const r of project.regionFiles.values()) if (used.has(`regions/${r.id}`)) files.push(r.file);
  for (const [lang, texts] of project.regionTexts) for (const t of texts.values()) if (used.has(`${lang}/regions/${t.id}`)) files.push(t.file);
  // a region being built is its officer's to fix; the shared content, the translations and the regions it inherits are the network's
  const built = new Set(jobs.map((j) => j.region));
  const ownerOf = (file: string): Owner => {
    const region = REGION_FILE.exec(file)?.[1];
    return region !== undefined && built.has(region) ? 'own' : 'network';
  };
  const shared = project.languages.get(SOURCE_LANG)?.data.shared as { campaign?: { network?: string } } | undefined;
  const network = shared?.campaign?.network ?? 'the network';
  const findings = [...collectReviewFindings(files, 'error', ownerOf, network), ...also.map((d) => (d.file && ownerOf(d.file) === 'network' ? withNetworkHint(d, network) : d))];
  const summary = reviewSummary(findings, ownerOf, network);
  return summary ? [summary, ...findings] : findings;
}

/** The plan computed from the project as parsed. */
export function planOf(project: Project | undefined, parsed: readonly Diagnostic[], options: PlanOptions, tool: string): BuildPlan {
  const plan: BuildPlan = { diagnostics: [...parsed], stopped: true, jobs: [], inputHashes: {}, shared: '', finalFindings: [] };
  if (!project) return plan;
  const jobs = jobsOfShard(planJobs(project, options), options.shard);
  plan.jobs = jobs;
  // a printed contact nobody can reach: said while the content is a concept, refused with --final (with the review's findings)
  const builtRegions = [...new Set(jobs.map((j) => j.region))].sort().flatMap((id) => project.regions.get(id) ?? []);
  const unreachable = unreachableContacts(builtRegions, options.final ? 'error' : 'warning');
  if (!options.final) plan.diagnostics.push(...unreachable);
  // a translated edition never prints Dutch region text: a text its language lacks stops the build before anything is laid out
  const untranslated = untranslatedRegionText(project, jobs);
  if (untranslated.length) {
    plan.diagnostics.push(...untranslated);
    return plan;
  }
  // a wrong output profile is found before anything is laid out, and said once (each job checks it again, from the same cache)
  const intent = resolveOutputIntent(
    project,
    options.profile,
    jobs.some((j) => j.editions.includes('print')),
  );
  if (jobs.length && intent.diagnostics.length) {
    plan.diagnostics.push(...intent.diagnostics);
    return plan;
  }
  plan.stopped = false;
  const hasher = createInputHasher(project, options, tool);
  plan.shared = hasher.shared;
  for (const job of jobs) for (const edition of job.editions) plan.inputHashes[outputPath(job, edition)] = hasher.hash(job, edition);
  if (options.final)
    plan.finalFindings = [
      ...reviewFindings(project, jobs, unreachable),
      ...checkImprint(
        jobs.map((j) => j.region),
        project.regions,
        project.regionFiles,
      ),
    ];
  return plan;
}

/** The plan of a build of `files` that the store does not hold (storedPlan): the project parsed, planned, and the plan kept under `inputs`. */
export function computePlan(files: ProjectFiles, options: PlanOptions, tool: string, store: Store, inputs: readonly string[]): { plan: BuildPlan; project?: Project } {
  const { project, diagnostics } = parsedProject(files, store);
  const plan = planOf(diagnostics.some((d) => d.severity === 'error') ? undefined : project, diagnostics, options, tool);
  keepPlan(store, inputs, plan);
  return { plan, project };
}
