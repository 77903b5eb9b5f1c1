// What layout says about text that does not fit, pages, glyphs a font lacks and QR codes, in Dutch and English.
import type { Entry, Values } from './entry.js';

/** Where a run of text leaves its room, as the audit names it: its column, its frame, the page or the safe zone. */
function room(v: Values, lang: 'en' | 'nl'): string {
  const inside = v.frame !== undefined ? (lang === 'en' ? `frame "${v.frame}"` : `het kader "${v.frame}"`) : lang === 'en' ? 'the page' : 'de pagina';
  if (v.room === 'column') return lang === 'en' ? `its column in ${inside}` : `de kolom in ${inside}`;
  if (v.room === 'safeZone') return lang === 'en' ? `the safe zone (${v.zone} mm inside the trim)` : `de veilige zone (${v.zone} mm binnen de snijrand)`;
  return inside;
}

export const LAYOUT = {
  'layout.runsOut': {
    en: (v) => `text runs out of ${room(v, 'en')} on page ${v.page} of ${v.where}: "${v.text}" by ${v.mm} mm`,
    nl: (v) => `tekst loopt ${v.mm} mm buiten ${room(v, 'nl')} op pagina ${v.page} van ${v.where}: "${v.text}"`,
  },
  'layout.runsOutSideHint': {
    en: () => 'a word that cannot be broken is wider than its column: shorten it (a web address: link to a shorter page), or write it with a break opportunity',
    nl: () => 'een woord dat niet afgebroken kan worden, is breder dan de kolom: maak het korter (een webadres: verwijs naar een kortere pagina), of schrijf het zo dat het afgebroken kan worden',
  },
  'layout.runsOutHint': { en: () => 'shorten the text, or give the frame more room', nl: () => 'kort de tekst in, of laat iets weg' },
  'layout.tocUnsettled': {
    en: (v) => `the page numbers in the table of contents of ${v.where} did not settle after ${v.passes} passes`,
    nl: (v) => `de paginanummers in de inhoudstafel van ${v.where} bleven na ${v.passes} keer opmaken nog verschuiven`,
  },
  'layout.tocUnsettledHint': {
    en: () => 'check the contents page by page; a heading near a page break moves back and forth',
    nl: () => 'kijk de inhoudstafel pagina per pagina na; een titel vlak bij een paginawissel springt heen en weer',
  },
  'layout.notMultiple': {
    en: (v) => `${v.where} has ${v.total} pages, which is not a multiple of ${v.multiple}, and there is no filler page to pad it`,
    nl: (v) => `${v.where} heeft ${v.total} pagina’s, en dat is geen veelvoud van ${v.multiple}; er is geen notitiepagina om aan te vullen`,
  },
  'layout.notMultipleHint': {
    en: (v) => `add a <page role="filler"> (a notes page) to the template, or change the content by ${v.missing} page(s)`,
    nl: (v) => `maak de tekst ${v.missing} pagina(’s) langer of korter; de vormgever kan ook een <page role="filler"> (een notitiepagina) aan het sjabloon toevoegen`,
  },
  'layout.pageCount': {
    en: (v) => `${v.where} has ${v.count} pages, but must have exactly ${v.expected}`,
    nl: (v) => `${v.where} heeft ${v.count} pagina’s, maar moet er precies ${v.expected} hebben`,
  },
  'layout.pageCountTooManyHint': {
    en: () => 'shorten the content, or let copy-fitting (min-scale) make it fit',
    nl: () => 'kort de tekst in of laat iets weg',
  },
  'layout.pageCountTooFewHint': { en: () => 'the template must fill every page it promises', nl: () => 'het sjabloon moet elke pagina vullen die het belooft' },
  'layout.noGlyph': {
    en: (v) => `the font has no glyph for "${v.char}" (${v.codePoint}) in ${v.where}`,
    nl: (v) => `het lettertype heeft geen teken voor "${v.char}" (${v.codePoint}) in ${v.where}`,
  },
  'layout.noGlyphHint': {
    en: (v) => `replace the character, or use a font (${v.font}) that has it`,
    nl: (v) => `vervang het teken door een ander; de vormgever kan ook een lettertype (${v.font}) kiezen dat het teken heeft`,
  },
  'layout.noGlyphFurniture': {
    en: (v) => `the font has no glyph for "${v.char}" in the ${v.name} of ${v.where}`,
    nl: (v) => `het lettertype heeft geen teken voor "${v.char}" in de ${v.name === 'running-head' ? 'kopregel' : v.name === 'folio' ? 'paginanummering' : v.name} van ${v.where}`,
  },
  'layout.blockTooTall': {
    en: (v) => `a ${v.name} is taller than the text area of flow "${v.flow}" on page ${v.page} of ${v.where}: ${v.mm} mm too much`,
    nl: (v) => `een ${v.name} is hoger dan het tekstvlak van flow "${v.flow}" op pagina ${v.page} van ${v.where}: ${v.mm} mm te veel`,
  },
  'layout.blockTooTallHint': {
    en: (v) => `make it shorter or split it into smaller blocks (${v.source})`,
    nl: (v) => `maak het korter of verdeel het over kleinere blokken (${v.source})`,
  },
  'layout.qrSmall': {
    en: (v) => `the QR code is ${v.mm} mm wide in ${v.where}; codes smaller than 15 mm may not scan`,
    nl: (v) => `de QR-code is ${v.mm} mm breed in ${v.where}; codes kleiner dan 15 mm worden misschien niet gescand`,
  },
  'layout.qrSmallHint': { en: () => 'give the <qr> a size of at least 15 mm', nl: () => 'geef de <qr> een grootte van minstens 15 mm' },
  'layout.qrData': {
    en: (v) => `the QR code's data cannot be encoded in ${v.where}: ${v.detail}`,
    nl: (v) => `de gegevens van de QR-code kunnen niet gecodeerd worden in ${v.where}: ${v.detail}`,
  },
} satisfies Record<string, Entry>;
