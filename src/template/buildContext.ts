// A job and the project → the Handlebars context: content, shared content and region, every string wrapped with its field.
import type { Project } from '../load/parseProject.js';
import type { Pos } from '../vocabulary/position.js';
import type { Job } from '../variant/planJobs.js';
import { FieldTable, SourcedText, sourceData } from './fieldMarkers.js';
import { webHref } from './helpers.js';
import { jobIsConcept } from '../variant/jobStatus.js';
import { translateRegion, type RegionTextGap } from '../variant/translateRegion.js';

export interface RenderContext {
  context: Record<string, unknown>;
  fields: FieldTable;
  /** True when any content file or region in the chain is still `concept`. */
  concept: boolean;
  /** Region texts a translated job would print that its language lacks: left out of the context, never printed in Dutch. */
  untranslated: RegionTextGap[];
}

type Data = Record<string, unknown>;

/** The partner strip: the region's own logo first, then the partners' logos (each with its organisation's name, the alt text), then the partners that have none, by name. */
function logoStrip(region: Data): Data {
  const partners = (region.partners ?? []) as Data[];
  const logos = [...(region.logo ? [{ src: region.logo, name: region.name }] : []), ...partners.filter((p) => p.logo).map((p) => ({ src: p.logo, name: p.name }))];
  return { logos, named_partners: partners.filter((p) => !p.logo) };
}

/** The colophon's v.u. (name, address: complete only with both) and edition date. */
function imprint(region: Data, edition: string): Data {
  const publisher = (region.responsible_publisher ?? {}) as Data;
  return { name: publisher.name, address: publisher.address, complete: Boolean(publisher.name && publisher.address), edition };
}

/**
 * The address the material's QR code opens, as a full https URL that remembers its field: the region's `qr.<material>`
 * (inherited through `extends`), else the campaign website.
 */
function qrTarget(region: Data, campaign: Data, material: string, fields: FieldTable): SourcedText | undefined {
  const own = ((region.qr ?? {}) as Data)[material];
  const address = own instanceof SourcedText ? own : campaign.website;
  return address instanceof SourcedText ? new SourcedText(webHref(address.value), address.ref, fields) : undefined;
}

/** Locales for the edition date ("december 2026"); Arabic keeps the digits the phone numbers next to it use. */
const DATE_LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** The month and year of an edition, in the job's language; computed in UTC, so every machine prints the same. */
export function editionDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Used when a caller gives no build date (tests of one stage); builds pass their creation date. */
const NO_DATE = new Date('2026-01-01T00:00:00Z');

/** `date` is the build's creation date (SOURCE_DATE_EPOCH, else the last commit of the content): the edition date printed in the colophon. */
export function buildContext(project: Project, job: Job, date: Date = NO_DATE): RenderContext {
  const fields = new FieldTable();
  const lang = project.languages.get(job.lang);
  if (!lang) throw new Error(`job ${job.id}: the project has no language ${job.lang}`);
  const resolved = project.regions.get(job.region);
  if (!resolved) throw new Error(`job ${job.id}: the project has no region ${job.region}`);
  const { region, gaps } = translateRegion(resolved, job.lang, job.material, project.regionTexts.get(job.lang));
  const lookup =
    (name: 'shared' | Job['material']) =>
    (path: string): Pos | undefined =>
      lang.files[name]?.positions.value.get(path);
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
    untranslated: gaps,
    context: {
      material: job.material,
      lang: job.lang,
      shared,
      labels: shared.labels,
      campaign: shared.campaign,
      content,
      statements,
      region: { partners: [], local: {}, ...regionData, id: job.region, contacts, ...logoStrip(regionData) },
      imprint: imprint(regionData, editionDate(date, job.lang)),
      qr: qrTarget(regionData, shared.campaign as Data, job.material, fields),
    },
  };
}
