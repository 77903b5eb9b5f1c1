// The document's content language (`nl`, `fr`, `ar`…) → the language tag written as the PDF's /Lang and dc:language: Belgian variants where the campaign's readers live.
const REGIONAL: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE' };

/** `nl` → `nl-BE`, `fr` → `fr-BE`; a tag that already names a region, and other languages (`en`, `ar`), stay as they are. */
export function pdfLanguage(lang: string): string {
  const tag = lang.trim();
  return REGIONAL[tag.toLowerCase()] ?? tag;
}
