// A job and the project → whether any file it is made from (shared content, the material, the regions of its chain and their text in the job's language) is still `status: concept`.
import type { Project } from '../load/parseProject.js';
import type { Job } from './planJobs.js';

type Data = Record<string, unknown> | undefined;

export function jobIsConcept(project: Project, job: Pick<Job, 'material' | 'region' | 'lang'>): boolean {
  const lang = project.languages.get(job.lang);
  const chain = project.regions.get(job.region)?.chain ?? [];
  const texts = project.regionTexts.get(job.lang);
  const statuses = [(lang?.data.shared as Data)?.status, (lang?.data[job.material] as Data)?.status, ...chain.flatMap((id) => [project.regionFiles.get(id)?.data.status, texts?.get(id)?.data.status])];
  return statuses.some((s) => s === 'concept');
}
