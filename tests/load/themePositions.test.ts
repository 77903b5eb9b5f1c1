// Theme checks in parseProject (a missing font file, a style with an unknown colour) → the line and column of the entry in templates/theme.yaml.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseProject } from '../../src/load/parseProject.js';
import { readProjectFiles, type ProjectFiles } from '../../src/load/readProjectFiles.js';
import { REPO } from '../support/tempProject.js';
import { withoutCodes } from '../support/withoutCodes.js';

const THEME = 'templates/theme.yaml';
let shipped: ProjectFiles;
beforeAll(async () => {
  shipped = (await readProjectFiles(REPO)).files;
});

/** The theme's diagnostics after replacing `from` by `to` in it, and the 1-based line and column where `needle` then stands. */
function themeDiagnostics(from: string, to: string, needle: string): { ds: Diagnostic[]; line: number; column: number } {
  const text = shipped.texts.get(THEME)!;
  if (!text.includes(from)) throw new Error(`fixture: "${from}" is not in ${THEME}`);
  const changed = text.replace(from, to);
  const texts = new Map(shipped.texts).set(THEME, changed);
  const lines = changed.split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  const ds = parseProject({ ...shipped, texts }).diagnostics.filter((d) => d.file === THEME);
  return { ds, line: index + 1, column: lines[index]!.indexOf(needle) + 1 };
}

describe('theme checks: at the entry in templates/theme.yaml', () => {
  it('a font file that does not exist: at the font’s value', () => {
    const { ds, line, column } = themeDiagnostics('regular: fonts/Inter-Regular.otf', 'regular: fonts/Nope.otf', 'fonts/Nope.otf');
    expect(column).toBe(12);
    expect(withoutCodes(ds)).toEqual([
      { severity: 'error', message: 'the regular font "fonts/Nope.otf" does not exist', file: THEME, line, column, field: 'fonts.regular', hint: 'fonts must be .otf or .ttf files inside fonts/' },
    ]);
  });

  it('a style with a colour the theme does not define: at the colour', () => {
    const { ds, line, column } = themeDiagnostics('color: grey, spaceAfter: 0.5 }', 'color: gray, spaceAfter: 0.5 }', 'gray');
    expect(withoutCodes(ds)).toEqual([
      { severity: 'error', message: 'style "contact-extra" uses the colour "gray", which the theme does not define', file: THEME, line, column, field: 'styles.contact-extra.color' },
    ]);
  });
});
