// Message ids + their values → the text in Dutch and in English: every summary, notice and hint the CLI prints, and the diagnostics that carry a code.
export type Values = Record<string, string | number | undefined>;
type Text = (v: Values) => string;

const n = (v: Values, key: string): number => Number(v[key] ?? 0);
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Every entry has both forms; the type makes a missing one a compile error, and a test checks none is empty. */
export const CATALOGUE = {
  // how a diagnostic is printed
  'label.error': { en: () => 'error', nl: () => 'fout' },
  'label.warning': { en: () => 'warning', nl: () => 'waarschuwing' },
  'label.info': { en: () => 'info', nl: () => 'info' },
  'label.field': { en: () => 'field', nl: () => 'veld' },
  'label.in': { en: () => 'in', nl: () => 'in' },
  'label.hint': { en: () => 'hint', nl: () => 'tip' },
  'label.designer': { en: () => 'for the designer', nl: () => 'voor de vormgever' },
  'summary.counts': {
    en: (v) => `${n(v, 'errors')} error(s), ${n(v, 'warnings')} warning(s)`,
    nl: (v) => `${plural(n(v, 'errors'), 'fout', 'fouten')}, ${plural(n(v, 'warnings'), 'waarschuwing', 'waarschuwingen')}`,
  },
  'summary.more': {
    en: (v) => `… and ${n(v, 'count')} more like these (all of them with --json)`,
    nl: (v) => `… en nog ${n(v, 'count')} zoals deze (allemaal met --json)`,
  },
  // build
  'build.nothingWritten': {
    en: (v) => `nothing was written: fix the errors above; the PDFs in ${v.out}/ are unchanged`,
    nl: (v) => `er is niets geschreven: verbeter de fouten hierboven; de PDF’s in ${v.out}/ zijn niet veranderd`,
  },
  'build.wrote': {
    en: (v) => `wrote ${n(v, 'pdfs')} PDF(s), ${n(v, 'pages')} pages, to ${v.out}/ in ${v.seconds} s${n(v, 'unchanged') ? `; unchanged: ${n(v, 'unchanged')}` : ''}`,
    nl: (v) => `${plural(n(v, 'pdfs'), 'PDF', 'PDF’s')} geschreven, ${plural(n(v, 'pages'), 'pagina', 'pagina’s')}, naar ${v.out}/ in ${v.seconds} s${n(v, 'unchanged') ? `; ongewijzigd: ${n(v, 'unchanged')}` : ''}`,
  },
  'build.concept': {
    en: () => 'the content is still a concept: every page carries a CONCEPT mark (build with --final once it is approved)',
    nl: () => 'de inhoud is nog een concept: elke pagina krijgt een CONCEPT-stempel (bouw met --final zodra alles goedgekeurd is)',
  },
  'build.copyFits': {
    en: (v) => `${plural(n(v, 'count'), 'frame was', 'frames were')} set smaller to fit their text; details with --verbose or --report <file>`,
    nl: (v) => `${plural(n(v, 'count'), 'kader', 'kaders')} kleiner gezet zodat de tekst past; details met --verbose of --report <bestand>`,
  },
  'build.copyFit': {
    en: (v) => `copy-fit  ${v.job}  page ${v.page}  frame "${v.frame}"  scaled to ${v.percent} %`,
    nl: (v) => `kleiner gezet  ${v.job}  pagina ${v.page}  kader "${v.frame}"  op ${v.percent} %`,
  },
  // validate
  'validate.ok': {
    en: (v) => `all ${n(v, 'jobs')} job(s) are valid${v.concept ? '; the content is still a concept (build with --final once it is approved)' : ''}`,
    nl: (v) => `alle ${n(v, 'jobs')} opdrachten zijn in orde${v.concept ? '; de inhoud is nog een concept (bouw met --final zodra alles goedgekeurd is)' : ''}`,
  },
  // serve
  'serve.open': {
    en: (v) => `open ${v.url} in your browser: the page follows every save (Ctrl-C stops)`,
    nl: (v) => `open ${v.url} in je browser: de pagina volgt elke keer dat je bewaart (Ctrl-C stopt)`,
  },
  // diagnostics with a code
  'diag.unknownField': {
    en: (v) => `unknown field "${v.key}" in ${v.what}${v.suggestion ? ` — did you mean "${v.suggestion}"?` : ''}`,
    nl: (v) => `onbekend veld "${v.key}" in ${WHAT_NL[String(v.what)] ?? v.what}${v.suggestion ? ` — bedoel je "${v.suggestion}"?` : ''}`,
  },
  'hint.allowedFields': { en: (v) => `allowed here: ${v.fields}`, nl: (v) => `mogelijke velden hier: ${v.fields}` },
  'diag.overflow': {
    en: (v) => `text does not fit in frame "${v.frame}" on page ${v.page} of ${v.where}: ${n(v, 'lines')} line(s), ${v.mm} mm too much`,
    nl: (v) => `de tekst past niet in het kader "${v.frame}" op pagina ${v.page} van ${v.where}: ${plural(n(v, 'lines'), 'regel', 'regels')}, ${v.mm} mm te veel`,
  },
  'diag.overflowContent': {
    en: (v) => `the content does not fit in frame "${v.frame}" on page ${v.page} of ${v.where}: ${v.mm} mm too much`,
    nl: (v) => `de inhoud past niet in het kader "${v.frame}" op pagina ${v.page} van ${v.where}: ${v.mm} mm te veel`,
  },
  'hint.overflow': {
    en: () => 'shorten the text, or leave out a contact or a sentence',
    nl: () => 'kort de tekst in, of laat een contact of een zin weg',
  },
  'diag.regionTextMissing': {
    en: (v) => `"${v.field}" is not translated into ${v.langs}: a translated edition never prints Dutch region text, so the ${v.materials} of ${v.regions} in ${n(v, 'langCount') === 1 ? 'that language' : 'those languages'} ${n(v, 'count') === 1 ? 'is' : 'are'} not built`,
    nl: (v) => `"${v.field}" is niet vertaald in het ${v.langsNl}: een vertaalde editie drukt nooit Nederlandse regiotekst, dus ${v.materialsNl} van ${v.regionsNl} in ${n(v, 'langCount') === 1 ? 'die taal' : 'die talen'} ${n(v, 'count') === 1 ? 'wordt' : 'worden'} niet gebouwd`,
  },
  'hint.regionTextMissing': {
    en: (v) => `add ${v.field} to ${v.files}, translated from this Dutch text; then run drukwerk translation-done ${n(v, 'langCount') === 1 ? v.codes : `<language>`} regions/${v.origin}${n(v, 'langCount') === 1 ? '' : ` for each of ${v.codes}`}. Only the Dutch editions meanwhile: build with --lang nl`,
    nl: (v) => `zet ${v.field} in ${v.filesNl}, vertaald uit deze Nederlandse tekst; voer dan drukwerk translation-done ${n(v, 'langCount') === 1 ? v.codes : `<taal>`} regions/${v.origin} uit${n(v, 'langCount') === 1 ? '' : ` voor elk van ${v.codes}`}. Intussen alleen de Nederlandse edities: bouw met --lang nl`,
  },
  'diag.yamlSyntax': {
    en: (v) => `YAML syntax error: ${v.detail}`,
    nl: (v) => `dit bestand is geen geldige YAML: ${YAML_NL[String(v.code)] ?? v.detail}`,
  },
  'hint.yaml.TAB_AS_INDENT': { en: () => 'indent with spaces, not tabs (2 spaces per level)', nl: () => 'spring in met spaties, niet met tabs (2 spaties per niveau)' },
  'hint.yaml.BLOCK_AS_IMPLICIT_KEY': {
    en: () => 'a text with ": " in it needs quotes, e.g. hours: "Open: ma–vr 9–12 uur"; otherwise check that this line is indented like the fields next to it',
    nl: () => 'zet een tekst met ": " erin tussen aanhalingstekens, bv. hours: "Open: ma–vr 9–12 uur"; kijk anders of deze regel even ver inspringt als de velden ernaast',
  },
  'hint.yaml.MULTILINE_IMPLICIT_KEY': {
    en: () => 'check the indentation of this line and the one above: the fields of one entry start in the same column; a text with ": " in it needs quotes',
    nl: () => 'kijk hoe ver deze regel en die erboven inspringen: de velden van één item beginnen in dezelfde kolom; een tekst met ": " erin moet tussen aanhalingstekens',
  },
  'hint.yaml.BAD_INDENT': {
    en: () => 'check the indentation: the fields of one entry start in the same column, 2 spaces further than the line that opens it',
    nl: () => 'kijk de inspringing na: de velden van één item beginnen in dezelfde kolom, 2 spaties verder dan de regel die het item opent',
  },
  'build.jobsCapped': {
    en: (v) => `--jobs ${v.asked} is more than the ${v.cores} core(s) of this machine: building on at most ${v.used} thread(s)`,
    nl: (v) => `--jobs ${v.asked} is meer dan de ${v.cores} kern(en) van deze computer: er wordt gebouwd op hoogstens ${v.used} thread(s)`,
  },
  // other commands
  'cli.errorPrefix': { en: () => 'error', nl: () => 'fout' },
  'cli.internalError': {
    en: (v) => `internal error: ${v.detail}\nthis is a bug in drukwerk, not in your content; run again with --debug and report it`,
    nl: (v) => `interne fout: ${v.detail}\ndit is een fout in drukwerk, niet in je inhoud; voer het opnieuw uit met --debug en meld het`,
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
} satisfies Record<string, { en: Text; nl: Text }>;

export type MessageId = keyof typeof CATALOGUE;

/** The names of the files a schema checks, as the messages name them. */
const WHAT_NL: Record<string, string> = {
  'a region': 'een regio',
  'a region translation': 'een vertaling van een regio',
  'the theme': 'het thema',
  'the output intent description': 'de beschrijving van het kleurprofiel',
};

/** The YAML parser's error codes in words an officer knows. */
const YAML_NL: Record<string, string> = {
  BAD_INDENT: 'deze regel springt niet even ver in als de regels rond hem',
  TAB_AS_INDENT: 'deze regel springt in met een tab',
  BLOCK_AS_IMPLICIT_KEY: 'deze regel springt verkeerd in, of er staat een ": " in een tekst zonder aanhalingstekens',
  MULTILINE_IMPLICIT_KEY: 'een veld loopt over twee regels: meestal springt deze regel of die erboven verkeerd in',
  MISSING_CHAR: 'er ontbreekt een teken (een afsluitend aanhalingsteken of haakje)',
  UNEXPECTED_TOKEN: 'hier staat een teken dat YAML niet verwacht',
  DUPLICATE_KEY: 'dit veld staat er twee keer',
};
