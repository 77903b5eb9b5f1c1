// Changed file paths + the project + the user's filters → the job filters to rebuild (pure: no I/O). Nothing affected → [].
import type { Project } from '../load/parseProject.js';
import { MATERIALS } from '../vocabulary/material.js';
import type { JobFilter } from '../variant/planJobs.js';

/** What `affectedJobs` needs of a project: which regions extend which, and the languages. */
export type ProjectShape = { regions: ReadonlyMap<string, { chain: readonly string[] }>; languages: ReadonlyMap<string, unknown> } | Pick<Project, 'regions' | 'languages'>;

/** Editor droppings and hidden files never trigger a build. */
export function isIgnored(rel: string): boolean {
  const name = rel.split('/').pop() ?? '';
  return name === '' || name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || /\.(swp|swx|tmp|bak)$/i.test(name) || /^\d+$/.test(name);
}

const PROJECT_FILES: Record<string, RegExp> = {
  content: /\.ya?ml$/i,
  templates: /\.(hbs|ya?ml)$/i,
  fonts: /\.(otf|ttf)$/i,
  images: /\.(png|jpe?g|tiff?|webp|svg)$/i,
  icc: /\.(icc|ya?ml)$/i,
};

/** Whether a path (relative to the root) is a file a build reads: not an editor's temporary file, not a note next to it. */
export function isProjectFile(rel: string): boolean {
  const top = rel.split('/')[0] ?? '';
  return !isIgnored(rel) && (PROJECT_FILES[top]?.test(rel) ?? false);
}

/** Intersects a list the user gave (undefined = all) with the list a change touches (undefined = all); [] means nothing. */
function meet(user: readonly string[] | undefined, touched: readonly string[] | undefined): string[] | undefined {
  if (!touched) return user ? [...user] : undefined;
  return user ? touched.filter((x) => user.includes(x)) : [...touched];
}

function narrow(base: JobFilter, touched: { regions?: string[]; materials?: string[]; langs?: string[] }): JobFilter | undefined {
  const regions = meet(base.regions, touched.regions);
  const materials = meet(base.materials, touched.materials);
  const langs = meet(base.langs, touched.langs);
  if ([regions, materials, langs].some((l) => l !== undefined && l.length === 0)) return undefined;
  const f: JobFilter = {};
  if (regions) f.regions = regions;
  if (materials) f.materials = materials;
  if (langs) f.langs = langs;
  if (base.editions) f.editions = [...base.editions];
  return f;
}

/** The region and every region that extends it, directly or further down. */
export function regionAndDescendants(project: ProjectShape, id: string): string[] {
  return [...project.regions.entries()]
    .filter(([, r]) => r.chain.includes(id))
    .map(([rid]) => rid)
    .sort();
}

/** One change → what it touches: a filter on regions/materials/languages, 'all', or nothing (undefined). */
function touchedBy(rel: string, project: ProjectShape): { regions?: string[]; materials?: string[]; langs?: string[] } | 'all' | undefined {
  if (!isProjectFile(rel)) return undefined;
  const region = /^content\/regions\/([^/]+)\.ya?ml$/.exec(rel)?.[1];
  if (region) {
    const ids = regionAndDescendants(project, region);
    // A new, broken or removed region file is not (or no longer) in the project: rebuild it by id when it is.
    return { regions: ids.length ? ids : [region] };
  }
  const [, lang, id] = /^content\/([^/]+)\/regions\/([^/]+)\.ya?ml$/.exec(rel) ?? [];
  if (lang && id) {
    const ids = regionAndDescendants(project, id);
    return { regions: ids.length ? ids : [id], langs: [lang] };
  }
  const [, contentLang, name] = /^content\/([^/]+)\/([^/]+)\.ya?ml$/.exec(rel) ?? [];
  if (contentLang && name) {
    if (name === 'shared') return { langs: [contentLang] };
    if ((MATERIALS as readonly string[]).includes(name)) return { materials: [name], langs: [contentLang] };
    return 'all'; // a misplaced file: the build will name it
  }
  if (rel.startsWith('content/')) return 'all';
  const layout = /^templates\/([^/]+)\.hbs$/.exec(rel)?.[1];
  if (layout && (MATERIALS as readonly string[]).includes(layout)) return { materials: [layout] };
  return 'all'; // partials, the theme, fonts, images, icc
}

/**
 * Changed paths (relative to the project root, forward slashes) → the filters whose jobs must be rebuilt, each already
 * narrowed to the user's own filters. A region file → that region and every region extending it (all materials);
 * its translation content/<lang>/regions/<id>.yaml → the same regions in that language; content/<lang>/<material>.yaml → that material in that language for every region; shared.yaml → that language;
 * a material's layout → that material; partials, theme, fonts, images, icc (profiles and their descriptions) → everything.
 */
export function affectedJobs(changedPaths: Iterable<string>, project: ProjectShape, base: JobFilter = {}): JobFilter[] {
  const out: JobFilter[] = [];
  const seen = new Set<string>();
  for (const raw of changedPaths) {
    const touched = touchedBy(raw.split('\\').join('/').replace(/^\.\//, ''), project);
    if (!touched) continue;
    const filter = narrow(base, touched === 'all' ? {} : touched);
    if (!filter) continue;
    if (touched === 'all') return [filter];
    const key = JSON.stringify(filter);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(filter);
    }
  }
  return out;
}
