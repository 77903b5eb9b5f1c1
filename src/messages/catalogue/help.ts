// The command line's help (what each command and option does, commander's headings) and commander's errors for a wrong command line, in Dutch and English.
import { n, type Entry } from './entry.js';

/** The same text for every command that has the option. */
const PROFILE_EN = "the output intent ICC profile, in icc/ with its description icc/<name>.yaml (default: the theme's print.profile, else icc/FOGRA39-drukwerk.icc)";
const PROFILE_NL = 'het kleurprofiel (ICC) voor de drukker, in icc/ met zijn beschrijving icc/<naam>.yaml (standaard: print.profile van het thema, anders icc/FOGRA39-drukwerk.icc)';

export const HELP = {
  // commander's own words
  'help.usage': { en: () => 'Usage:', nl: () => 'Gebruik:' },
  'help.arguments': { en: () => 'Arguments:', nl: () => 'Wat je meegeeft:' },
  'help.options': { en: () => 'Options:', nl: () => 'Opties:' },
  'help.globalOptions': { en: () => 'Global Options:', nl: () => 'Opties voor elk commando:' },
  'help.commands': { en: () => 'Commands:', nl: () => 'Commando’s:' },
  'help.optionsWord': { en: () => '[options]', nl: () => '[opties]' },
  'help.commandWord': { en: () => '[command]', nl: () => '[commando]' },
  'help.default': { en: (v) => `default: ${v.value}`, nl: (v) => `standaard: ${v.value}` },
  'help.choices': { en: (v) => `choices: ${v.choices}`, nl: (v) => `kies uit: ${v.choices}` },
  'help.helpOption': { en: () => 'display help for command', nl: () => 'toon deze uitleg' },
  'help.helpCommand': { en: () => 'display help for command', nl: () => 'toon de uitleg bij een commando' },
  // the placeholders in `--project <dir>`, `<files...>`
  'help.dir': { en: () => 'dir', nl: () => 'map' },
  'help.file': { en: () => 'file', nl: () => 'bestand' },
  'help.files': { en: () => 'files', nl: () => 'bestanden' },
  'help.name': { en: () => 'name', nl: () => 'naam' },
  'help.names': { en: () => 'names', nl: () => 'namen' },
  'help.region': { en: () => 'region', nl: () => 'regio' },
  'help.lang': { en: () => 'lang', nl: () => 'taal' },
  'help.command': { en: () => 'command', nl: () => 'commando' },
  // the program
  'help.program': {
    en: () => 'Print-ready information materials from YAML content: poster, flyer, brochure and leidraad for every region.',
    nl: () => 'Drukklaar infomateriaal uit YAML-inhoud: poster, flyer, brochure en leidraad voor elke regio.',
  },
  'help.version': { en: () => 'print the version of drukwerk', nl: () => 'toon de versie van drukwerk' },
  'help.debug': {
    en: () => 'print the stack trace of an internal error (for a bug report)',
    nl: () => 'toon bij een interne fout de technische details (om de fout te melden)',
  },
  'help.quiet': { en: () => 'print only errors and warnings', nl: () => 'toon alleen fouten en waarschuwingen' },
  'help.verbose': {
    en: () => 'also print every frame set smaller to fit and the hints for the designer',
    nl: () => 'toon ook elk kader dat kleiner gezet is zodat de tekst past, en de tips voor de vormgever',
  },
  // options several commands share
  'help.project': { en: () => 'the project folder', nl: () => 'de projectmap' },
  'help.regionFilter': {
    en: () => 'only these regions (comma-separated or repeated)',
    nl: () => 'alleen deze regio’s (gescheiden door komma’s, of de optie herhaald)',
  },
  'help.materialFilter': { en: (v) => `only these materials: ${v.materials}`, nl: (v) => `alleen deze materialen: ${v.materials}` },
  'help.langFilter': { en: () => 'only these languages', nl: () => 'alleen deze talen (bv. nl of nl,fr)' },
  'help.editionFilter': { en: () => 'only this edition', nl: () => 'alleen deze editie: print voor de drukker, screen voor het scherm' },
  'help.out': { en: () => 'the output folder', nl: () => 'de uitvoermap' },
  'help.noCropMarks': { en: () => 'leave out the crop marks of the print edition', nl: () => 'laat de snijtekens van de drukeditie (print) weg' },
  'help.final': {
    en: () => 'refuse concept content and list every fact still flagged "verify"',
    nl: () => 'weiger inhoud die nog een concept is, en toon elk gegeven dat nog nagekeken moet worden ("verify")',
  },
  'help.profile': { en: () => PROFILE_EN, nl: () => PROFILE_NL },
  // build
  'help.build': { en: () => 'render every material for every region into PDFs', nl: () => 'maak de PDF’s: elk materiaal voor elke regio' },
  'help.report': {
    en: () => 'write the overset and copy-fit report to this file',
    nl: () => 'schrijf in dit bestand welke teksten niet pasten en welke kaders kleiner gezet zijn',
  },
  'help.jobs': {
    en: (v) => `threads that build (this one and N-1 workers; 1 builds in this thread alone; default: one per core (${v.cores}) for ${n(v, 'min')} jobs or more, else 1)`,
    nl: (v) => `met hoeveel processorkernen tegelijk bouwen (1: alles na elkaar; standaard: één per kern (${v.cores}) vanaf ${n(v, 'min')} opdrachten, anders 1)`,
  },
  'help.force': {
    en: () => 'rebuild every PDF, also those whose inputs did not change',
    nl: () => 'bouw elke PDF opnieuw, ook als er niets aan veranderd is',
  },
  'help.shard': {
    en: () => 'build only the i-th of n stable parts of the job matrix (for several CI machines)',
    nl: () => 'bouw alleen deel i van n vaste delen van alle opdrachten (om het werk over meerdere CI-machines te verdelen)',
  },
  'help.buildJson': {
    en: () => 'print one JSON document (files written and unchanged, diagnostics) to stdout and nothing else there',
    nl: () => 'schrijf één JSON-document (de geschreven en de ongewijzigde bestanden, de meldingen) naar stdout, en verder niets daar',
  },
  // validate
  'help.validate': {
    en: () => 'check content, regions and templates, and lay everything out, without writing PDFs',
    nl: () => 'controleer inhoud, regio’s en sjablonen en zet alles op de pagina, zonder PDF’s te schrijven',
  },
  'help.validateFinal': {
    en: () => 'also report concept content and facts flagged "verify" as errors',
    nl: () => 'meld ook inhoud die nog een concept is en gegevens die nog nagekeken moeten worden ("verify") als fouten',
  },
  'help.validateJson': {
    en: () => 'print one JSON document (jobs, concept status, diagnostics) to stdout and nothing else there',
    nl: () => 'schrijf één JSON-document (de opdrachten, of het nog een concept is, de meldingen) naar stdout, en verder niets daar',
  },
  // list
  'help.list': { en: () => 'show the matrix of what a build would make', nl: () => 'toon welke PDF’s bouwen zou maken: materiaal, regio, taal en editie' },
  'help.listJson': {
    en: () => 'print the matrix as one JSON document (each output with its path and concept status)',
    nl: () => 'schrijf de lijst als één JSON-document (elk bestand met zijn pad en of het nog een concept is)',
  },
  // preflight
  'help.preflight': {
    en: () => 'check PDFs (ours or any other) against the print-ready rules, or the screen rules for a tagged file without output intent',
    nl: () => 'controleer PDF’s (van drukwerk of andere) op de regels voor de drukker, of op de regels voor het scherm bij een schermeditie',
  },
  'help.pdfFiles': { en: () => 'PDF files', nl: () => 'de PDF-bestanden' },
  'help.preflightEdition': {
    en: () => 'which rules to apply (default: what the file is: print for a PDF/X output intent, screen for a tagged file)',
    nl: () => 'welke regels (standaard: wat het bestand is: print bij een kleurprofiel voor de drukker (PDF/X), screen bij een schermeditie)',
  },
  'help.pageMultiple': {
    en: () => 'the page count must be a multiple of n: 4 saddle-stitched, 2 printed on both sides, 1 on one side (default: an odd count is a warning)',
    nl: () => 'het aantal pagina’s moet een veelvoud van n zijn: 4 geniet, 2 dubbelzijdig, 1 enkelzijdig (standaard: een oneven aantal is een waarschuwing)',
  },
  'help.preflightJson': {
    en: () => 'print one JSON document (each file with its edition and findings, and the summary) to stdout and nothing else',
    nl: () => 'schrijf één JSON-document (elk bestand met zijn editie en wat er gevonden is, en de samenvatting) naar stdout, en verder niets',
  },
  // new-region
  'help.newRegion': {
    en: () => 'start a local variant: writes content/regions/<id>.yaml with every field you can set, commented',
    nl: () => 'begin een eigen versie voor je gemeente: schrijft content/regions/<id>.yaml met elk veld dat je kunt invullen, met uitleg',
  },
  'help.regionId': {
    en: () => 'the region id: lower-case letters, digits and dashes, e.g. middelkerke',
    nl: () => 'de id van de regio: kleine letters, cijfers en streepjes, bv. middelkerke',
  },
  'help.extends': { en: () => 'the region it inherits from, e.g. west-vlaanderen', nl: () => 'de regio waarvan ze alles erft, bv. west-vlaanderen' },
  'help.regionName': { en: () => 'the name as printed, e.g. "Middelkerke"', nl: () => 'de naam zoals hij gedrukt wordt, bv. "Middelkerke"' },
  // translation-done
  'help.translationDone': {
    en: () => 'record that a translation is up to date with the Dutch text as it is now (its translates: block)',
    nl: () => 'noteer dat een vertaling klopt met de Nederlandse tekst van nu (in haar translates:-blok)',
  },
  'help.translation': { en: () => 'the translation, e.g. fr', nl: () => 'de vertaling, bv. fr' },
  'help.translationFiles': {
    en: () => "only these files (flyer, brochure, shared, regions/<id> for a region's text); default all of them",
    nl: () => 'alleen deze bestanden (flyer, brochure, shared, regions/<id> voor de tekst van een regio); standaard allemaal',
  },
  // schema
  'help.schema': {
    en: () => 'write the JSON Schemas of content, region and theme files, for editors with YAML support',
    nl: () => 'schrijf de JSON-schema’s van de inhouds-, regio- en themabestanden, voor editors die YAML kennen',
  },
  'help.schemaOut': { en: () => 'where to write them', nl: () => 'de map waarin ze komen' },
  // watch, serve, preview
  'help.watch': {
    en: () => 'build once, then rebuild what each saved change touches (content, templates, fonts, images, icc) until Ctrl-C',
    nl: () => 'bouw één keer, en daarna opnieuw wat elke bewaarde wijziging raakt (inhoud, sjablonen, lettertypen, afbeeldingen, icc), tot Ctrl-C',
  },
  'help.serve': {
    en: () => 'a live preview page on this computer: builds, then rebuilds what each save touches and reloads the page, with errors shown on it, until Ctrl-C',
    nl: () => 'een voorbeeldpagina op deze computer die meekijkt: bouwt, bouwt opnieuw wat elke keer bewaren raakt en laadt de pagina opnieuw, met de fouten erop, tot Ctrl-C',
  },
  'help.port': {
    en: (v) => `the port on 127.0.0.1 (default ${v.port}, or a free one when it is taken)`,
    nl: (v) => `de poort op 127.0.0.1 (standaard ${v.port}, of een vrije als die bezet is)`,
  },
  'help.preview': {
    en: () => 'render every page of the built PDFs (out/manifest.json) to thumbnails and write out/index.html to browse and download them',
    nl: () => 'maak van elke pagina van de gebouwde PDF’s (out/manifest.json) een miniatuur, en schrijf out/index.html om ze te bekijken en te downloaden',
  },
  'help.previewOut': { en: () => 'the output folder of the build', nl: () => 'de uitvoermap van het bouwen' },
  'help.previewProject': { en: () => 'the project folder (for the region names)', nl: () => 'de projectmap (voor de namen van de regio’s)' },
  // commander's errors for a wrong command line (commanderError.ts reads their values from its English text)
  'argv.unknownOption': { en: (v) => `unknown option '${v.flag}'`, nl: (v) => `onbekende optie '${v.flag}'` },
  'argv.unknownCommand': { en: (v) => `unknown command '${v.name}'`, nl: (v) => `onbekend commando '${v.name}'` },
  'argv.didYouMean': { en: (v) => `(Did you mean ${v.guess}?)`, nl: (v) => `(bedoel je ${v.guess}?)` },
  'argv.didYouMeanOneOf': { en: (v) => `(Did you mean one of ${v.guesses}?)`, nl: (v) => `(bedoel je een van ${v.guesses}?)` },
  'argv.missingArgument': { en: (v) => `missing required argument '${v.name}'`, nl: (v) => `je gaf geen ${v.name} mee` },
  'argv.optionMissingArgument': { en: (v) => `option '${v.flags}' argument missing`, nl: (v) => `optie '${v.flags}' heeft een waarde nodig` },
  'argv.requiredOption': { en: (v) => `required option '${v.flags}' not specified`, nl: (v) => `optie '${v.flags}' is verplicht` },
  'argv.tooMany': {
    en: (v) => `too many arguments${v.command ? ` for '${v.command}'` : ''}. Expected ${n(v, 'expected')} argument${n(v, 'expected') === 1 ? '' : 's'} but got ${n(v, 'got')}.`,
    nl: (v) => `te veel meegegeven${v.command ? ` bij '${v.command}'` : ''}: ${n(v, 'expected')} verwacht, ${n(v, 'got')} gekregen`,
  },
  'argv.invalidOption': {
    en: (v) => `option '${v.flags}' argument '${v.value}' is invalid.`,
    nl: (v) => `'${v.value}' gaat niet bij optie '${v.flags}':`,
  },
  'argv.invalidArgument': {
    en: (v) => `command-argument value '${v.value}' is invalid for argument '${v.name}'.`,
    nl: (v) => `'${v.value}' gaat niet als '${v.name}':`,
  },
  'argv.allowedChoices': { en: (v) => `Allowed choices are ${v.choices}.`, nl: (v) => `kies uit ${v.choices}` },
} satisfies Record<string, Entry>;
