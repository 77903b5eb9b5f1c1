// The zod schemas the validator uses → JSON Schemas for editors (one source of truth), by file name under schema/.
import { z } from 'zod';
import { contentSchemas, RegionFile, RegionTranslationFile } from './schema.js';
import { ThemeSchema } from './themeSchema.js';

const TITLES: Record<keyof typeof contentSchemas, string> = {
  shared: 'drukwerk: shared content (campaign line, labels, the four statements)',
  poster: 'drukwerk: poster content',
  flyer: 'drukwerk: flyer content',
  brochure: 'drukwerk: brochure content',
  leidraad: 'drukwerk: leidraad content',
};

export function jsonSchemas(): Map<string, object> {
  const out = new Map<string, object>();
  const make = (schema: z.ZodType, title: string): object => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title });
  for (const [name, schema] of Object.entries(contentSchemas)) out.set(`content-${name}.schema.json`, make(schema, TITLES[name as keyof typeof contentSchemas]));
  out.set('region.schema.json', make(RegionFile, 'drukwerk: region (contacts, partners and local text of a province or municipality)'));
  out.set(
    'region-translation.schema.json',
    make(RegionTranslationFile, "drukwerk: a region's text in another language (contact descriptions and hours, local text), with the Dutch text it was translated from"),
  );
  out.set('theme.schema.json', make(ThemeSchema, 'drukwerk: theme (fonts, CMYK palette, paragraph styles)'));
  return out;
}

export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
