// A job and the project → the Handlebars context: content, shared content and region, every string wrapped with its field.
import type { Project } from '../load/parseProject.js';
import type { Pos } from '../model/types.js';
import type { Job } from '../variant/planJobs.js';
import { FieldTable, sourceData } from './fieldMarkers.js';
import { jobIsConcept } from '../variant/jobStatus.js';

export interface RenderContext {
  context: Record<string, unknown>;
  fields: FieldTable;
  /** True when any content file or region in the chain is still `concept`. */
  concept: boolean;
}

type Data = Record<string, unknown>;

export function buildContext(project: Project, job: Job): RenderContext {
  const fields = new FieldTable();
  const lang = project.languages.get(job.lang)!;
  const region = project.regions.get(job.region)!;
  const lookup = (name: 'shared' | Job['material']) => (path: string): Pos | undefined => lang.files[name]?.positions.value.get(path);
  const shared = sourceData(lang.data.shared, lookup('shared'), fields, '') as Data;
  const content = sourceData(lang.data[job.material], lookup(job.material), fields, '') as Data;
  const regionData = sourceData(region.data, (p) => region.positions.get(p), fields, '') as Data;
  const contacts = Object.entries((regionData.contacts ?? {}) as Record<string, Data>).map(([id, c]) => ({ id, ...c }));
  const details = (content.statements ?? []) as Data[];
  const statements = ((shared.statements ?? []) as Data[]).map((s) => ({
    ...s,
    ...(details.find((d) => String(d.id) === String(s.id)) ?? {}),
  }));
  return {
    fields,
    concept: jobIsConcept(project, job),
    context: {
      material: job.material,
      lang: job.lang,
      shared,
      labels: shared.labels,
      campaign: shared.campaign,
      content,
      statements,
      region: { partners: [], local: {}, ...regionData, id: job.region, contacts },
    },
  };
}
