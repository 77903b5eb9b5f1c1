// The theme file's schema (templates/theme.yaml) → validation and a fully defaulted Theme.
import { z } from 'zod';
import { coded, type Coded } from '../messages/coded.js';
import { projectPathProblem } from './projectPath.js';

/** A font file inside fonts/: no web address, absolute path or `..`. */
const FontPath = z.string().superRefine((p, ctx) => {
  const problem = projectPathProblem(p, ['fonts']) ?? (/\.(otf|ttf)$/i.test(p) ? undefined : coded('field.fontFile'));
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { coded: problem } });
});

/** The default output intent profile of the print edition: FOGRA39 (coated paper). */
export const DEFAULT_OUTPUT_PROFILE = 'icc/FOGRA39-drukwerk.icc';

/** Why a path does not name an ICC profile inside icc/, or nothing when it does. */
export function iccPathProblem(p: string): Coded | undefined {
  const problem = projectPathProblem(p, ['icc'], DEFAULT_OUTPUT_PROFILE);
  return problem ?? (/\.icc$/i.test(p) ? undefined : coded('field.iccFile', { example: DEFAULT_OUTPUT_PROFILE }));
}

/** An ICC profile inside icc/: no web address, absolute path or `..`. */
const IccPath = z.string().superRefine((p, ctx) => {
  const problem = iccPathProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { coded: problem } });
});

/** The print edition's settings: the output intent profile (a CMYK output profile in icc/, described by icc/<name>.yaml). */
export const PrintSettings = z.strictObject({
  profile: IccPath.default(DEFAULT_OUTPUT_PROFILE).describe(
    'the output intent ICC profile of the print edition: a CMYK output profile in icc/, described by icc/<name>.yaml; `build --profile` overrides it',
  ),
});
export type PrintSettingsT = z.infer<typeof PrintSettings>;

const FontRole = z.enum(['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display']);
const Percent = z.number().min(0).max(100);

export const ThemeSchema = z.strictObject({
  fonts: z.strictObject({
    regular: FontPath,
    italic: FontPath,
    semibold: FontPath,
    bold: FontPath,
    boldItalic: FontPath,
    display: FontPath,
    /** Per-script fallback: runs of Arabic script use these (regular and bold weights). */
    arabic: FontPath.optional(),
    arabicBold: FontPath.optional(),
  }),
  /** OpenType features every font is measured and drawn with, e.g. cv08 (Inter's capital I with serifs: "Ieper", not "leper"). */
  fontFeatures: z
    .array(z.string().regex(/^[a-z0-9]{4}$/, 'field.featureTag'))
    .max(32)
    .optional()
    .describe("OpenType features every font is measured and drawn with (e.g. cv08: Inter's capital I with serifs); a font without one ignores it"),
  colors: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/, 'field.nameId'),
    z.strictObject({
      c: Percent,
      m: Percent,
      y: Percent,
      k: Percent,
      /** sRGB for the screen edition instead of the converted CMYK (e.g. where that fails text contrast). */
      screen: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, 'field.colour')
        .optional(),
    }),
  ),
  styles: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/, 'field.nameId'),
    z.strictObject({
      font: FontRole,
      size: z.number().min(4).max(300),
      leading: z.number().min(4).max(400),
      color: z.string(),
      align: z.enum(['left', 'right', 'center', 'justify']).default('left'),
      spaceBefore: z.number().min(0).default(0),
      spaceAfter: z.number().min(0).default(0),
      hyphenate: z.boolean().default(false),
      tracking: z.number().default(0),
      uppercase: z.boolean().default(false),
    }),
  ),
  /** The print edition: which output profile (`build --profile` overrides it). */
  print: PrintSettings.optional(),
});
