// The project and the user's filters → the build matrix: one job per material × region × language, each with its editions.
import type { Project } from '../load/parseProject.js';
import { MATERIALS, type Material } from '../vocabulary/material.js';
import { EDITIONS, type Edition } from '../vocabulary/edition.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';

export interface Job {
  material: Material;
  region: string;
  lang: string;
  editions: Edition[];
  /** `flyer/oostende/nl` */
  id: string;
}

export interface JobFilter {
  materials?: readonly string[];
  regions?: readonly string[];
  langs?: readonly string[];
  editions?: readonly Edition[];
}

export function outputPath(job: Job, edition: Edition): string {
  return `${job.region}/${job.material}-${job.region}-${job.lang}-${edition}.pdf`;
}

export function planJobs(project: Project, filter: JobFilter = {}): Job[] {
  const jobs: Job[] = [];
  const editions = [...(filter.editions ?? EDITIONS)];
  const regions = [...project.regions.keys()].sort();
  const langs = [...project.languages.keys()].sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : byCodeUnits(a, b)));
  for (const region of regions) {
    if (filter.regions && !filter.regions.includes(region)) continue;
    for (const material of MATERIALS) {
      if (filter.materials && !filter.materials.includes(material)) continue;
      for (const lang of langs) {
        if (filter.langs && !filter.langs.includes(lang)) continue;
        if (!project.languages.get(lang)?.data[material]) continue;
        jobs.push({ material, region, lang, editions, id: `${material}/${region}/${lang}` });
      }
    }
  }
  return jobs;
}
