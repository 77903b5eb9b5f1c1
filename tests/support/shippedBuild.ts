// The shipped project built once in memory (dry run) for the acceptance tests, and the matrix of files it must make.
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import type { Edition } from '../../src/vocabulary/edition.js';
import { REPO } from './tempProject.js';

export const PROFILE = 'icc/FOGRA39-drukwerk.icc';
export const CREATION_DATE = new Date('2026-01-01T00:00:00Z');

/** Trim size per material, in mm. */
export const TRIM_MM: Record<string, [number, number]> = { poster: [297, 420], flyer: [148, 210], brochure: [148, 210], leidraad: [210, 297] };

export const REGIONS = ['oostende', 'west-vlaanderen'] as const;
/** Which languages each material exists in (flyer and brochure are translated). */
export const LANGS: Record<string, string[]> = { poster: ['nl'], flyer: ['nl', 'fr', 'en', 'ar'], brochure: ['nl', 'fr', 'en', 'ar'], leidraad: ['nl'] };

export interface ShippedFile {
  path: string;
  region: string;
  material: string;
  lang: string;
  edition: Edition;
}

/** Every file the shipped project must build in the edition: all materials, both regions, every language. */
export function expectedFiles(edition: Edition): ShippedFile[] {
  const files: ShippedFile[] = [];
  for (const region of REGIONS) {
    for (const material of Object.keys(TRIM_MM)) {
      for (const lang of LANGS[material]!) files.push({ path: `${region}/${material}-${region}-${lang}-${edition}.pdf`, region, material, lang, edition });
    }
  }
  return files;
}

const built = new Map<Edition, Promise<RunBuildResult>>();

/**
 * The whole shipped matrix of one edition, as the pipeline makes it, without writing anything: built once per test
 * process, so the files that check the shipped content (print, screen, both) share it when they run in one fork.
 * A result is read, never changed.
 */
export function buildShipped(edition: Edition): Promise<RunBuildResult> {
  let result = built.get(edition);
  if (!result) {
    result = runBuild({ root: REPO, outDir: 'out', cropMarks: true, final: false, creationDate: CREATION_DATE, profile: PROFILE, dryRun: true, editions: [edition] });
    built.set(edition, result);
  }
  return result;
}

export function filesOf(result: RunBuildResult): Map<string, Buffer> {
  return new Map(result.results.flatMap((r) => r.files).map((f) => [f.path, f.bytes]));
}
