// The theme file's schema (templates/theme.yaml) → validation and a fully defaulted Theme.
import { z } from 'zod';
import { projectPathProblem } from './projectPath.js';

/** A font file inside fonts/: no web address, absolute path or `..`. */
const FontPath = z.string().superRefine((p, ctx) => {
  const problem = projectPathProblem(p, ['fonts']) ?? (/\.(otf|ttf)$/i.test(p) ? undefined : 'must be an .otf or .ttf file, such as fonts/Inter-Regular.otf');
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

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
  colors: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.strictObject({ c: Percent, m: Percent, y: Percent, k: Percent })),
  styles: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
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
});
