// Region files as read (valid or not) + the project's images → an error at the YAML line of every `logo` that names a file drukwerk cannot place; a refused image nobody names, at the image.
import type { Diagnostic } from '../diagnostics.js';
import { coded, nested } from '../messages/coded.js';
import type { ProjectFiles } from './readProjectFiles.js';
import type { YamlFile } from './readYaml.js';

/** A logo path the schema accepts (what it refuses, it reports itself). */
const LOGO = /^images\/[\w\-./]+\.(svg|png|jpe?g|tiff?|webp)$/i;

const logoAt = (value: unknown): string | undefined => {
  const logo = (value as { logo?: unknown } | null)?.logo;
  return typeof logo === 'string' && LOGO.test(logo) && !logo.includes('..') ? logo : undefined;
};

/**
 * Every logo field of every region, whatever a build selects: a logo that is missing or refused is found by `validate` too,
 * once, at the line that names it (with the spot in the image when it has one). A refused image that no region names is
 * reported at the image itself.
 */
export function checkRegionImages(regionFiles: Iterable<YamlFile>, files: Pick<ProjectFiles, 'binaries' | 'rejected'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const named = new Set<string>();
  for (const file of regionFiles) {
    const partners = (file.data as { partners?: unknown } | null)?.partners;
    const fields: [string, string | undefined][] = [
      ['logo', logoAt(file.data)],
      ...(Array.isArray(partners) ? partners : []).map((p, i): [string, string | undefined] => [`partners[${i}].logo`, logoAt(p)]),
    ];
    for (const [field, src] of fields) {
      if (src === undefined || files.binaries.has(src)) continue;
      const pos = file.positions.value.get(field) ?? { file: file.file, line: 1, column: 1 };
      const refused = files.rejected?.get(src);
      if (refused) named.add(src);
      const spot = refused?.line !== undefined && refused.file === src ? `${src}:${refused.line}:${refused.column ?? 1}` : undefined;
      const values = refused && { ...nested('why', refused), src, spot };
      diagnostics.push({
        severity: 'error',
        // the image's own hint says what to do about it (outline the text, flatten the groups); the general one only when it has none
        ...(!refused || !values
          ? coded('logo.missing', { src }, 'logo.missingHint')
          : refused.hintCode
            ? coded('logo.unusable', values, refused.hintCode)
            : coded('logo.unusable', values, 'logo.unusableHint')),
        ...pos,
        field,
      });
    }
  }
  for (const [src, refused] of files.rejected ?? []) if (!named.has(src)) diagnostics.push(refused);
  return diagnostics;
}
