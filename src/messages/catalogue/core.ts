// How every message is framed (labels, counts, the CLI's own errors and notices) in Dutch and English.
import { n, plural, type Entry } from './entry.js';

const FILTER_NL: Record<string, string> = { region: 'onbekende regio', material: 'onbekend materiaal', lang: 'onbekende taal' };

export const CORE = {
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
  'summary.moreInFile': {
    en: (v) => `… and ${v.count} more in ${v.file ?? 'this run'} (fix these first, or see them all with --json)`,
    nl: (v) => `… en nog ${v.count} in ${v.file ?? 'deze run'} (verbeter eerst deze, of bekijk ze allemaal met --json)`,
  },
  'summary.moreInRun': {
    en: (v) => `… and ${v.count} more in other files (see them all with --json)`,
    nl: (v) => `… en nog ${v.count} in andere bestanden (bekijk ze allemaal met --json)`,
  },
  // drukwerk.yaml, the project's own settings
  'settings.unknownMessages': {
    en: (v) => `messages: "${v.value}" is not a language drukwerk speaks; the allowed values are ${v.allowed} (messages stay in the language of LANG, else English)`,
    nl: (v) => `messages: "${v.value}" is geen taal die drukwerk spreekt; mogelijk zijn ${v.allowed} (de meldingen blijven in de taal van LANG, anders Engels)`,
  },
  'settings.unknownKey': {
    en: (v) => `drukwerk.yaml: "${v.key}" is not a setting${v.suggestion ? ` — did you mean "${v.suggestion}"?` : ''} (settings: ${v.known}); it does nothing`,
    nl: (v) => `drukwerk.yaml: "${v.key}" is geen instelling${v.suggestion ? ` — bedoel je "${v.suggestion}"?` : ''} (instellingen: ${v.known}); het doet niets`,
  },
  'settings.otherName': {
    en: (v) => `${v.file} is not read: drukwerk reads its settings from drukwerk.yaml`,
    nl: (v) => `${v.file} wordt niet gelezen: drukwerk leest zijn instellingen uit drukwerk.yaml`,
  },
  'settings.otherNameHint': { en: () => 'rename the file to drukwerk.yaml (next to content/)', nl: () => 'geef het bestand de naam drukwerk.yaml (naast content/)' },
  'settings.linkOutside': {
    en: () => 'drukwerk.yaml is a link that leads out of the project: not read',
    nl: () => 'drukwerk.yaml is een koppeling die buiten het project leidt: niet gelezen',
  },
  'settings.linkOutsideHint': { en: () => 'put the file itself in the project', nl: () => 'zet het bestand zelf in het project' },
  'settings.unreadable': {
    en: () => 'drukwerk.yaml cannot be read as a text file (a folder, larger than 64 kB or not UTF-8): its settings do nothing',
    nl: () => 'drukwerk.yaml is niet te lezen als tekstbestand (een map, groter dan 64 kB of geen UTF-8): de instellingen doen niets',
  },
  'settings.notSettings': {
    en: () => 'drukwerk.yaml holds no settings: a setting is a name, a colon, a space and its value',
    nl: () => 'drukwerk.yaml bevat geen instellingen: een instelling is een naam, een dubbelpunt, een spatie en de waarde',
  },
  'settings.notSettingsHint': { en: () => 'write for example messages: nl (with a space after the colon)', nl: () => 'schrijf bijvoorbeeld messages: nl (met een spatie na de dubbelpunt)' },
  'settings.unknownMessagesHint': {
    en: () => 'write messages: nl for Dutch or messages: en for English',
    nl: () => 'schrijf messages: nl voor Nederlands of messages: en voor Engels',
  },
  // the CLI
  'cli.errorPrefix': { en: () => 'error', nl: () => 'fout' },
  'cli.internalError': {
    en: (v) => `internal error: ${v.detail}\nthis is a bug in drukwerk, not in your content; run again with --debug and report it`,
    nl: (v) => `interne fout: ${v.detail}\ndit is een fout in drukwerk, niet in je inhoud; voer het opnieuw uit met --debug en meld het`,
  },
  'cli.wholeNumber': { en: () => 'give a whole number of 1 or more', nl: () => 'geef een geheel getal van 1 of meer' },
  'cli.portNumber': { en: () => 'give a port number from 1 to 65535', nl: () => 'geef een poortnummer van 1 tot 65535' },
  'cli.chooseOne': {
    en: (v) => `choose ${String(v.choices).split('|').join(' or ')}`,
    nl: (v) => `kies ${String(v.choices).split('|').join(' of ')}`,
  },
  'cli.unknownFilter': {
    en: (v) => `unknown ${v.key} "${v.value}"; known: ${v.known}`,
    nl: (v) => `${FILTER_NL[String(v.key)] ?? `onbekende ${v.key}`} "${v.value}"; bekend: ${v.known}`,
  },
  'cli.notAShard': {
    en: (v) => `"${v.text}" is not a shard: write i/n, e.g. --shard 1/4 for the first of four shards`,
    nl: (v) => `"${v.text}" is geen deel: schrijf i/n, bv. --shard 1/4 voor het eerste van vier delen`,
  },
  'cli.shardOutOfRange': {
    en: (v) => `"${v.text}" is not a shard: i/n needs 1 ≤ i ≤ n, e.g. --shard 1/4 … 4/4`,
    nl: (v) => `"${v.text}" is geen deel: i/n vraagt 1 ≤ i ≤ n, bv. --shard 1/4 … 4/4`,
  },
  'cli.andMore': { en: (v) => `  … and ${n(v, 'count')} more`, nl: (v) => `  … en nog ${n(v, 'count')}` },
  'cli.cannotWriteReport': {
    en: (v) => `cannot write the report ${v.file}: ${v.why}`,
    nl: (v) => `kan het rapport ${v.file} niet schrijven: ${v.why}`,
  },
  'cli.noProject': {
    en: (v) => `--project ${v.given}: the folder ${v.root} does not exist; give the folder that holds content/ and templates/`,
    nl: (v) => `--project ${v.given}: de map ${v.root} bestaat niet; geef de map met content/ en templates/`,
  },
  'cli.projectIsFile': {
    en: (v) => `--project ${v.given}: ${v.root} is a file, not a folder; give the folder that holds content/ and templates/`,
    nl: (v) => `--project ${v.given}: ${v.root} is een bestand, geen map; geef de map met content/ en templates/`,
  },
  'cli.noRegionsFolder': {
    en: (v) => `there is no content/regions/ folder in ${v.root}: run this in the project folder, or pass --project <dir>`,
    nl: (v) => `er is geen map content/regions/ in ${v.root}: voer dit uit in de projectmap, of geef --project <map> mee`,
  },
  'cli.regionExists': {
    en: (v) => `region "${v.id}" already exists (content/regions/${v.id}.yaml): edit that file, or choose another id`,
    nl: (v) => `regio "${v.id}" bestaat al (content/regions/${v.id}.yaml): pas dat bestand aan, of kies een andere id`,
  },
  'cli.cannotWriteRegion': {
    en: (v) => `cannot write content/regions/${v.id}.yaml: ${v.why}`,
    nl: (v) => `kan content/regions/${v.id}.yaml niet schrijven: ${v.why}`,
  },
} satisfies Record<string, Entry>;
