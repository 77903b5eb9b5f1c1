// The theme file's schema (templates/theme.yaml) → validation and a fully defaulted Theme.
import { z } from 'zod';

const FontRole = z.enum(['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display']);
const Percent = z.number().min(0).max(100);

export const ThemeSchema = z.strictObject({
  fonts: z.strictObject({
    regular: z.string(),
    italic: z.string(),
    semibold: z.string(),
    bold: z.string(),
    boldItalic: z.string(),
    display: z.string(),
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
