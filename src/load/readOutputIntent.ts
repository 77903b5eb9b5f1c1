// The chosen output profile (--profile, else the theme's print.profile, else FOGRA39) → its ICC bytes, checked to be a CMYK output profile, and the PDF/X output condition from its description icc/<name>.yaml.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import { coded, nested, type Coded } from '../messages/coded.js';
import type { Pos } from '../vocabulary/position.js';
import { readYaml } from './readYaml.js';
import { DEFAULT_OUTPUT_PROFILE, iccPathProblem, type PrintSettingsT } from './themeSchema.js';
import { positionOf, validateData } from './validateData.js';
import { memo } from '../world/memo.js';

/** icc/<name>.yaml: how the print PDF's OutputIntent names the printing condition the profile describes. */
export const OutputIntentFile = z.strictObject({
  /** OutputConditionIdentifier: the characterization's name in the ICC registry, e.g. FOGRA39. */
  identifier: z.string().trim().min(1),
  /** OutputCondition: the printing condition in words, as the registry gives it. */
  condition: z.string().trim().min(1),
  /** RegistryName: where the identifier is registered, e.g. http://www.color.org. */
  registryName: z.string().trim().min(1),
  /** Info: a human-readable name of the condition, e.g. the profile's description. */
  info: z.string().trim().min(1),
});
export type OutputIntentData = z.infer<typeof OutputIntentFile>;

/** What resolving the output profile needs of a project. */
export interface ProfileSource {
  theme: object;
  themeFile: string;
  texts: ReadonlyMap<string, string>;
  binaries: ReadonlyMap<string, Buffer>;
}

export interface ResolvedOutputIntent {
  /** The profile path inside the project, e.g. icc/FOGRA39-drukwerk.icc. */
  profile: string;
  icc?: Buffer;
  /** The output condition, when the print edition is wanted and the description is valid. */
  intent?: OutputIntentData;
  diagnostics: Diagnostic[];
}

const CLASSES: Record<string, string> = { scnr: 'input', mntr: 'display', prtr: 'output', link: 'device link', spac: 'colour space', abst: 'abstract', nmcl: 'named colour' };
const SPACES: Record<string, string> = { 'RGB ': 'RGB', GRAY: 'grey', 'Lab ': 'Lab', 'XYZ ': 'XYZ', 'CMY ': 'CMY' };

/** What is wrong with an ICC profile's header for a print output intent (the `acsp` signature, the size, CMYK data, the 'prtr' class), or nothing. */
export function outputProfileProblem(icc: Uint8Array): Coded | undefined {
  const sig = (at: number): string => String.fromCharCode(...icc.subarray(at, at + 4));
  if (icc.length < 128 || sig(36) !== 'acsp') return coded('icc.notIcc');
  const declared = new DataView(icc.buffer, icc.byteOffset, icc.byteLength).getUint32(0);
  if (declared !== icc.length) return coded('icc.damaged', { declared, size: icc.length });
  const space = sig(16);
  if (space !== 'CMYK') return coded('icc.notCmyk', { space: SPACES[space] ?? `"${space.trim()}"` });
  const deviceClass = sig(12);
  if (deviceClass !== 'prtr') return coded('icc.notOutput', { deviceClass: CLASSES[deviceClass] ?? `"${deviceClass}"` });
  return undefined;
}

/** icc/<name>.icc → icc/<name>.yaml (or .yml, when only that exists). */
export function descriptionPath(profile: string, texts: ReadonlyMap<string, string>): string {
  const base = profile.replace(/\.icc$/i, '');
  return [`${base}.yaml`, `${base}.yml`].find((rel) => texts.has(rel)) ?? `${base}.yaml`;
}

/** The profiles in icc/, for the hints. */
const available = (binaries: ReadonlyMap<string, Buffer>): string | undefined =>
  [...binaries.keys()]
    .filter((rel) => /^icc\/.*\.icc$/i.test(rel))
    .sort()
    .join(', ') || undefined;

/** Where the theme names the profile, for a diagnostic about it. */
function themePosition(source: ProfileSource): Pos {
  const text = source.texts.get(source.themeFile);
  const file = text === undefined ? undefined : readYaml(source.themeFile, text).value;
  return file ? positionOf(file, 'print.profile') : { file: source.themeFile, line: 1, column: 1 };
}

/**
 * The output profile of a build: `override` (the CLI's --profile) when given, else the theme's `print.profile`, else FOGRA39.
 * Its bytes must be a CMYK output ICC profile; when `needIntent` (a print edition is built) its description icc/<name>.yaml
 * must exist and be valid. Every problem is an error: a print PDF never goes out without its output intent.
 * Cached per project: every job of a build asks.
 */
export function resolveOutputIntent(source: ProfileSource, override: string | undefined, needIntent = true): ResolvedOutputIntent {
  return memo('load.outputIntent', [source, override, needIntent], () => resolveUncached(source, override, needIntent), 64);
}

function resolveUncached(source: ProfileSource, override: string | undefined, needIntent: boolean): ResolvedOutputIntent {
  const fromTheme = (source.theme as { print?: PrintSettingsT }).print?.profile;
  const profile = override ?? fromTheme ?? DEFAULT_OUTPUT_PROFILE;
  const error = (d: Omit<Diagnostic, 'severity'>): ResolvedOutputIntent => ({ profile, diagnostics: [{ severity: 'error', ...d }] });

  if (override !== undefined) {
    const problem = iccPathProblem(override);
    if (problem) return error(coded('icc.badOption', { ...nested('why', problem), profile: override, list: available(source.binaries) }, 'icc.available'));
  }
  const icc = source.binaries.get(profile);
  if (!icc) {
    // said where it was chosen: in the theme (file, line, column), else the option or the default, which name the file itself
    const where = override === undefined && fromTheme !== undefined ? { ...themePosition(source), field: 'print.profile' } : { file: profile };
    return error({ ...coded('icc.missing', { profile, list: available(source.binaries) }, 'icc.missingHint'), ...where });
  }
  const problem = outputProfileProblem(icc);
  if (problem) return error({ ...problem, hint: coded('icc.unsuitableHint').message, hintCode: 'icc.unsuitableHint', file: profile });
  if (!needIntent) return { profile, icc, diagnostics: [] };

  const description = descriptionPath(profile, source.texts);
  const text = source.texts.get(description);
  if (text === undefined) {
    return error({
      ...coded('icc.noDescription', { description }, 'icc.noDescriptionHint'),
      file: profile,
    });
  }
  const { value: file, diagnostics } = readYaml(description, text);
  if (!file) return { profile, icc, diagnostics };
  const { value, diagnostics: invalid } = validateData(OutputIntentFile, file, 'the output intent description');
  if (!value) return { profile, icc, diagnostics: [...diagnostics, ...invalid] };
  return { profile, icc, intent: value, diagnostics };
}
