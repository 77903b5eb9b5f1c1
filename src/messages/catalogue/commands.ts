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
    en: (v) =>
      `the flyer and the brochure are also made in ${v.codes}: every description, hours and local text you write goes, translated, in content/<language>/regions/${v.id}.yaml too (see the comments in the file)`,
    nl: (v) =>
      `de flyer en de brochure bestaan ook in ${v.codes}: elke description, hours en local-tekst die je schrijft, komt vertaald ook in content/<taal>/regions/${v.id}.yaml (zie de uitleg in het bestand)`,
  },
  'newRegion.noParent': {
    en: (v) => `there is no region "${v.parent}" to extend${v.guess ? ` — did you mean "${v.guess}"?` : ''}\nthe regions are: ${v.known}`,
    nl: (v) => `er is geen regio "${v.parent}" om van te erven${v.guess ? ` — bedoel je "${v.guess}"?` : ''}\nde regio’s zijn: ${v.known}`,
  },
  'newRegion.badId': {
    en: (v) => `"${v.id}" is not a region id: use lower-case letters, digits and dashes, e.g. middelkerke`,
    nl: (v) => `"${v.id}" is geen regio-id: gebruik kleine letters, cijfers en streepjes, bv. middelkerke`,
  },
  'newRegion.reservedId': {
    en: (v) =>
      `"${v.id}" cannot be a region id: Windows reserves that name for a device, so content/regions/${v.id}.yaml and out/${v.id}/ could not exist there; choose another id, e.g. ${v.id}-gemeente`,
    nl: (v) =>
      `"${v.id}" kan geen regio-id zijn: Windows houdt die naam voor een apparaat, dus content/regions/${v.id}.yaml en out/${v.id}/ kunnen daar niet bestaan; kies een andere id, bv. ${v.id}-gemeente`,
  },
  'newRegion.emptyName': {
    en: () => '--name is empty: give the name as printed, e.g. --name "Middelkerke"',
    nl: () => '--name is leeg: geef de naam zoals hij gedrukt wordt, bv. --name "Middelkerke"',
  },
  'newRegion.longName': {
    en: (v) => `--name is longer than ${v.max} characters: give the name as printed, e.g. --name "Middelkerke"`,
    nl: (v) => `--name is langer dan ${v.max} tekens: geef de naam zoals hij gedrukt wordt, bv. --name "Middelkerke"`,
  },
  'newRegion.controlInName': {
    en: (v) => `--name contains ${v.code}${v.lineBreak ? ' (a line break)' : ''} at character ${v.at}: give the name on one line, without control characters`,
    nl: (v) => `--name bevat ${v.code}${v.lineBreak ? ' (een regeleinde)' : ''} op teken ${v.at}: geef de naam op één regel, zonder onzichtbare stuurtekens`,
  },
  'translationDone.dutch': {
    en: () => 'Dutch is the source language; only translations are recorded',
    nl: () => 'Nederlands is de brontaal; alleen vertalingen worden genoteerd',
  },
  'translationDone.dutchHint': {
    en: () => 'name a translation, e.g. drukwerk translation-done fr',
    nl: () => 'noem een vertaling, bv. drukwerk translation-done fr',
  },
  'translationDone.noDutch': {
    en: () => 'there is no Dutch content to translate from (content/nl/)',
    nl: () => 'er is geen Nederlandse inhoud om uit te vertalen (content/nl/)',
  },
  'translationDone.noLanguage': { en: (v) => `there is no content in content/${v.lang}/`, nl: (v) => `er is geen inhoud in content/${v.lang}/` },
  'translationDone.knownLanguages': { en: (v) => `known languages: ${v.known}`, nl: (v) => `de talen zijn: ${v.known}` },
  'translationDone.noSuchFile': {
    en: (v) => `content/${v.lang}/ has no translated ${v.names}`,
    nl: (v) => `content/${v.lang}/ heeft geen vertaling van ${v.names}`,
  },
  'translationDone.available': { en: (v) => `translated files: ${v.available}`, nl: (v) => `vertaalde bestanden: ${v.available}` },
  'translationDone.regionTextMissing': {
    en: (v) => `"${v.field}" is in the Dutch region file (${v.at}) but missing in this translation`,
    nl: (v) => `"${v.field}" staat in het Nederlandse regiobestand (${v.at}), maar ontbreekt in deze vertaling`,
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
  'preview.unreadable': {
    en: (v) => `${v.file}: cannot render it (${v.why}); left out of the page (build again)`,
    nl: (v) => `${v.file}: kan het niet weergeven (${v.why}); niet op de pagina gezet (bouw opnieuw)`,
  },
  'preview.thumbnails': {
    en: (v) => `${v.file}: ${n(v, 'count')} thumbnail(s)`,
    nl: (v) => `${v.file}: ${n(v, 'count')} ${n(v, 'count') === 1 ? 'miniatuur' : 'miniaturen'}`,
  },
  'serve.portInUse': {
    en: (v) => `port ${v.port} is in use: choose another with --port, or leave --port out for a free one`,
    nl: (v) => `poort ${v.port} is al in gebruik: kies een andere met --port, of laat --port weg voor een vrije poort`,
  },
  'serve.cannotListen': {
    en: (v) => `cannot listen on ${v.host}:${v.port}: ${v.detail}`,
    nl: (v) => `kan niet luisteren op ${v.host}:${v.port}: ${v.detail}`,
  },
  // the banner on the page drukwerk serve shows
  'serve.page.title': { en: () => 'Drukwerk: preview', nl: () => 'Drukwerk: voorbeeld' },
  'serve.page.building': { en: () => 'Building…', nl: () => 'Bezig met bouwen…' },
  'serve.page.buildingNote': { en: () => 'The page reloads itself as soon as the PDFs are ready.', nl: () => 'De pagina vernieuwt zichzelf zodra de PDF’s klaar zijn.' },
  'serve.page.failed': {
    en: (v) => `Not updated: ${n(v, 'errors') === 1 ? '1 error' : `${n(v, 'errors')} errors`} to fix`,
    nl: (v) => `Niet bijgewerkt: ${n(v, 'errors') === 1 ? '1 fout' : `${n(v, 'errors')} fouten`} om te verbeteren`,
  },
  'serve.page.failedNote': {
    en: () => 'The PDFs below are still those of the last time. Fix what is listed below and save the file: this page reloads itself.',
    nl: () => 'De PDF’s hieronder zijn nog die van de vorige keer. Verbeter wat hieronder staat en bewaar het bestand: deze pagina vernieuwt zichzelf.',
  },
  'serve.page.noPdfs': { en: () => 'There are no PDFs yet.', nl: () => 'Er zijn nog geen PDF’s.' },
  'serve.thumbnailsFailed': {
    en: (v) => `the thumbnails could not be made: ${v.detail}`,
    nl: (v) => `de miniaturen konden niet gemaakt worden: ${v.detail}`,
  },
  // --report FILE
  'report.noFolder': {
    en: (v) => `--report ${v.given}: the folder ${v.dir} does not exist; create it first, or write the report elsewhere`,
    nl: (v) => `--report ${v.given}: de map ${v.dir} bestaat niet; maak die eerst, of schrijf het rapport ergens anders`,
  },
  'report.folderIsFile': {
    en: (v) => `--report ${v.given}: ${v.dir} is a file, not a folder`,
    nl: (v) => `--report ${v.given}: ${v.dir} is een bestand, geen map`,
  },
  'report.isFolder': {
    en: (v) => `--report ${v.given} is a folder: give the name of the report file, e.g. ${v.example}`,
    nl: (v) => `--report ${v.given} is een map: geef de naam van het rapportbestand, bv. ${v.example}`,
  },
  'report.buildOutput': {
    en: (v) =>
      `--report ${v.given} would overwrite what the build writes in ${v.outDir}: put the report outside the output folder, or directly in it under a name with an extension other than .pdf (e.g. ${v.example})`,
    nl: (v) =>
      `--report ${v.given} zou overschrijven wat drukwerk in ${v.outDir} schrijft: zet het rapport buiten de uitvoermap, of er rechtstreeks in onder een naam met een andere extensie dan .pdf (bv. ${v.example})`,
  },
  'report.projectInput': {
    en: (v) => `--report ${v.given} is, or lies in, ${v.input} of the project, which drukwerk reads: write the report outside the project's inputs, e.g. ${v.example}`,
    nl: (v) => `--report ${v.given} is, of ligt in, ${v.input} van het project, dat drukwerk leest: schrijf het rapport buiten wat het project leest, bv. ${v.example}`,
  },
  'report.notAReport': {
    en: (v) =>
      `--report ${v.given}: the file already exists and is not a report drukwerk wrote (its first line is not "${v.mark}…"), so it is left as it is: choose another name, or move the file away yourself`,
    nl: (v) =>
      `--report ${v.given}: het bestand bestaat al en is geen rapport dat drukwerk schreef (de eerste regel is niet "${v.mark}…"), dus het blijft zoals het is: kies een andere naam, of zet het bestand zelf opzij`,
  },
  'report.notAFile': {
    en: (v) => `--report ${v.given} is not a regular file (a link, a device or a pipe), so it is left as it is: choose another name`,
    nl: (v) => `--report ${v.given} is geen gewoon bestand (een link, een apparaat of een pipe), dus het blijft zoals het is: kies een andere naam`,
  },
  'report.title': {
    en: () => 'frames set smaller to fit their text, and text that does not fit',
    nl: () => 'kaders kleiner gezet zodat de tekst past, en tekst die niet past',
  },
  // --out DIR of build, watch, serve, preview; schema --out
  'out.filesystemRoot': {
    en: (v) => `${v.option} ${v.given} is the root of the filesystem: drukwerk writes its output only into a folder of its own; give one, e.g. ${v.option} out`,
    nl: (v) => `${v.option} ${v.given} is de wortel van het bestandssysteem: drukwerk schrijft zijn uitvoer alleen in een eigen map; geef er een, bv. ${v.option} out`,
  },
  'out.projectRoot': {
    en: (v) => `${v.option} ${v.given} is the project folder ${v.root} itself: drukwerk writes its output into a folder of its own, e.g. ${v.option} ${v.example}`,
    nl: (v) => `${v.option} ${v.given} is de projectmap ${v.root} zelf: drukwerk schrijft zijn uitvoer in een eigen map, bv. ${v.option} ${v.example}`,
  },
  'out.projectInput': {
    en: (v) => `${v.option} ${v.given} is, or lies in, ${v.input} of the project ${v.root}, which drukwerk reads: give a folder outside the project's inputs, e.g. ${v.option} out`,
    nl: (v) => `${v.option} ${v.given} is, of ligt in, ${v.input} van het project ${v.root}, dat drukwerk leest: geef een map buiten wat het project leest, bv. ${v.option} out`,
  },
  'out.isFile': {
    en: (v) => `${v.option} ${v.given}: ${v.file} is a file, not a folder; give a folder (it is created when missing)`,
    nl: (v) => `${v.option} ${v.given}: ${v.file} is een bestand, geen map; geef een map (die wordt gemaakt als ze ontbreekt)`,
  },
  'schema.notOurs': {
    en: (v) => `schema --out ${v.given}: ${v.file} already exists and is not a schema drukwerk wrote, so nothing was written: choose another folder, or move the file away yourself`,
    nl: (v) => `schema --out ${v.given}: ${v.file} bestaat al en is geen schema dat drukwerk schreef, dus er is niets geschreven: kies een andere map, of zet het bestand zelf opzij`,
  },
} satisfies Record<string, Entry>;
