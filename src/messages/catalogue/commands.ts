// What the other commands (new-region, translation-done, schema, preview, serve) say, in Dutch and English.
import { n, type Entry } from './entry.js';

export const COMMANDS = {
  'serve.open': {
    en: (v) => `open ${v.url} in your browser: the page follows every save (Ctrl-C stops)`,
    nl: (v) => `open ${v.url} in je browser: de pagina volgt elke keer dat je bewaart (Ctrl-C stopt)`,
  },
  'newRegion.wrote': {
    en: (v) => `wrote content/regions/${v.id}.yaml (inherits everything from ${v.parent}): fill in what is local, then build it with: npx drukwerk build --region ${v.id}`,
    nl: (v) => `content/regions/${v.id}.yaml geschreven (erft alles van ${v.parent}): vul in wat lokaal is en bouw het dan met: npx drukwerk build --region ${v.id}`,
  },
  'newRegion.translations': {
    en: (v) => `the flyer and the brochure are also made in ${v.codes}: every description, hours and local text you write goes, translated, in content/<language>/regions/${v.id}.yaml too (see the comments in the file)`,
    nl: (v) => `de flyer en de brochure bestaan ook in ${v.codes}: elke description, hours en local-tekst die je schrijft, komt vertaald ook in content/<taal>/regions/${v.id}.yaml (zie de uitleg in het bestand)`,
  },
  'newRegion.noParent': {
    en: (v) => `there is no region "${v.parent}" to extend${v.guess ? ` — did you mean "${v.guess}"?` : ''}\nthe regions are: ${v.known}`,
    nl: (v) => `er is geen regio "${v.parent}" om van te erven${v.guess ? ` — bedoel je "${v.guess}"?` : ''}\nde regio’s zijn: ${v.known}`,
  },
  'translation.recorded': {
    en: (v) => `recorded ${v.files} of content/${v.lang}/ as translated from today's Dutch text`,
    nl: (v) => `${v.files} van content/${v.lang}/ genoteerd als vertaald uit de Nederlandse tekst van vandaag`,
  },
  'schema.wrote': { en: (v) => `wrote ${n(v, 'count')} schema(s) to ${v.out}/`, nl: (v) => `${n(v, 'count')} schema’s geschreven naar ${v.out}/` },
  'preview.missing': {
    en: (v) => `${v.file}  warning  listed in manifest.json but not there; left out of the page (build again)`,
    nl: (v) => `${v.file}  waarschuwing  staat in manifest.json maar bestaat niet; niet op de pagina gezet (bouw opnieuw)`,
  },
  'preview.wrote': {
    en: (v) => `wrote ${n(v, 'count')} thumbnail(s) and ${v.page}: open it in a browser`,
    nl: (v) => `${n(v, 'count')} miniaturen en ${v.page} geschreven: open het in een browser`,
  },
} satisfies Record<string, Entry>;
