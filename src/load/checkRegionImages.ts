// Region files as written + the project's images → an error at the YAML line of every `logo` that names a file drukwerk cannot place.
import type { Diagnostic } from '../diagnostics.js';
import type { RegionFile } from '../variant/resolveRegions.js';
import type { ProjectFiles } from './readProjectFiles.js';

/**
 * Every logo field of every region, whatever a build selects: a logo that is missing or refused is found by `validate` too,
 * at the line that names it (the file's own problems, if any, are reported at the file as well).
 */
export function checkRegionImages(regionFiles: Iterable<RegionFile>, files: Pick<ProjectFiles, 'binaries' | 'rejected'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const region of regionFiles) {
    const fields: [string, string | undefined][] = [['logo', region.data.logo], ...(region.data.partners ?? []).map((p, i): [string, string | undefined] => [`partners[${i}].logo`, p.logo])];
    for (const [field, src] of fields) {
      if (src === undefined || files.binaries.has(src)) continue;
      const pos = region.file.positions.value.get(field) ?? { file: region.file.file, line: 1, column: 1 };
      const why = files.rejected?.get(src);
      diagnostics.push({
        severity: 'error',
        message: why ? `the logo "${src}" cannot be used: ${why}` : `the logo "${src}" does not exist`,
        ...pos,
        field,
        hint: why ? 'save the logo again, preferably as SVG (vector), else as PNG or JPEG of at least 300 ppi at its printed size' : 'put the file in images/ (e.g. images/logos/), preferably as SVG, or correct the path',
      });
    }
  }
  return diagnostics;
}
