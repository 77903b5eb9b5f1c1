// The project and the build options → per output (job × edition) the sha256 of everything that goes into its bytes; needs no layout, so checking a whole province is cheap.
import { createHash } from 'node:crypto';
import type { ContentName, Project } from '../load/parseProject.js';
import type { Job } from '../variant/planJobs.js';
import type { Edition } from '../vocabulary/edition.js';

/** The build options that change the bytes of a PDF. */
export interface HashedOptions {
  cropMarks: boolean;
  creationDate: Date;
  profile?: string;
}

export interface InputHasher {
  /** The input hash of one output. */
  hash(job: Job, edition: Edition): string;
  /** The hash of what every output shares: tool, options, templates, fonts, images, profiles. */
  shared: string;
  /** The project files an output depends on (for tests and `--explain`-like listings). */
  inputsOf(job: Job): string[];
}

/**
 * Every file of these folders goes into every output: templates and partials and theme, fonts, images (all of them), the ICC profiles.
 * All of fonts/, not only the fonts the theme names: the script fonts a theme leaves out (DEFAULT_SCRIPT_FONTS in pipeline.ts) are used too.
 */
const SHARED_PREFIXES = ['templates/', 'fonts/', 'images/', 'icc/'];

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export function createInputHasher(project: Project, options: HashedOptions, tool: string): InputHasher {
  const fileHashes = new Map<string, string>();
  const fileHash = (rel: string): string | undefined => {
    let h = fileHashes.get(rel);
    if (h === undefined) {
      const data = project.texts.get(rel) ?? project.binaries.get(rel);
      if (data === undefined) return undefined;
      h = sha(data);
      fileHashes.set(rel, h);
    }
    return h;
  };
  const shared = createHash('sha256');
  shared.update(`tool ${tool}\0cropMarks ${options.cropMarks}\0creationDate ${options.creationDate.toISOString()}\0profile ${options.profile ?? ''}\0`);
  const sharedFiles = [...project.texts.keys(), ...project.binaries.keys()].filter((rel) => SHARED_PREFIXES.some((p) => rel.startsWith(p))).sort();
  for (const rel of sharedFiles) shared.update(`${rel}\0${fileHash(rel)}\0`);
  const sharedHash = shared.digest('hex');

  const find = (base: string): string | undefined => [`${base}.yaml`, `${base}.yml`].find((rel) => project.texts.has(rel));

  const ownInputs = (job: Job): string[] => {
    const own: string[] = [];
    for (const name of ['shared', job.material] as ContentName[]) {
      const rel = project.languages.get(job.lang)?.files[name]?.file ?? find(`content/${job.lang}/${name}`);
      if (rel) own.push(rel);
    }
    for (const id of project.regions.get(job.region)?.chain ?? [job.region]) {
      const rel = project.regionFiles.get(id)?.file.file ?? find(`content/regions/${id}`);
      if (rel) own.push(rel);
      // the region's text in a translated job's language
      const text = project.regionTexts.get(job.lang)?.get(id)?.file.file ?? find(`content/${job.lang}/regions/${id}`);
      if (text) own.push(text);
    }
    return own;
  };
  const inputsOf = (job: Job): string[] => [...ownInputs(job), ...sharedFiles];

  const jobHashes = new Map<string, string>();
  return {
    shared: sharedHash,
    inputsOf,
    hash(job, edition) {
      let jobHash = jobHashes.get(job.id);
      if (!jobHash) {
        const h = createHash('sha256').update(`shared ${sharedHash}\0job ${job.id}\0`);
        // the chain in order: which region extends which matters, not only the set of files
        for (const rel of ownInputs(job)) h.update(`${rel}\0${fileHash(rel)}\0`);
        jobHash = h.digest('hex');
        jobHashes.set(job.id, jobHash);
      }
      return sha(`${jobHash}\0edition ${edition}`);
    },
  };
}
