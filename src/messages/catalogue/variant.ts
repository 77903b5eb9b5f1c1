// What the regions and translations are told (inheritance, translations out of date or missing, the v.u.), in Dutch and English.
import type { Entry } from './entry.js';

const MISSING_NL: Record<string, string> = { name: 'naam', address: 'adres' };
const missingNl = (v: unknown): string =>
  String(v)
    .split(' ')
    .map((k) => MISSING_NL[k] ?? k)
    .join(' en geen ');

export const VARIANT = {
  // inheritance
  'region.noParent': {
    en: (v) => `region "${v.id}" extends "${v.parent}", which does not exist${v.suggestion ? ` — did you mean "${v.suggestion}"?` : ''}`,
    nl: (v) => `regio "${v.id}" erft van "${v.parent}", maar die regio bestaat niet${v.suggestion ? ` — bedoel je "${v.suggestion}"?` : ''}`,
  },
  'region.known': { en: (v) => `known regions: ${v.known}`, nl: (v) => `de regio’s zijn: ${v.known}` },
  'region.cycle': { en: (v) => `regions extend each other in a cycle: ${v.chain}`, nl: (v) => `regio’s erven in een kring van elkaar: ${v.chain}` },
  'region.cycleHint': { en: () => 'one region in the cycle must stop extending', nl: () => 'één regio in de kring moet ophouden met erven (haal haar extends: weg)' },
  'region.required': {
    en: (v) => `"${v.field}" is required but missing in region "${v.id}" and the regions it extends`,
    nl: (v) => `"${v.field}" moet ingevuld zijn, maar ontbreekt in regio "${v.id}" en in de regio’s waarvan ze erft`,
  },
  'region.requiredHint': { en: (v) => `add ${v.key}: to this entry`, nl: (v) => `voeg ${v.key}: toe aan dit item` },
  // the v.u.
  'imprint.missing': {
    en: (v) =>
      `the responsible publisher (v.u.) has no ${String(v.missing).split(' ').join(' and no ')}: printed matter distributed in Belgium must name who publishes it, so a final build refuses the materials of ${v.regions}`,
    nl: (v) =>
      `de verantwoordelijke uitgever (v.u.) heeft geen ${missingNl(v.missing)}: drukwerk dat in België verspreid wordt, moet zeggen wie het uitgeeft; daarom weigert een definitieve build de materialen van ${v.regions}`,
  },
  'imprint.ownHint': {
    en: () => 'fill in responsible_publisher here: the name and address of a person, as the network supplies them (never a guess)',
    nl: () => 'vul hier responsible_publisher in: de naam en het adres van een persoon, zoals het netwerk ze geeft (nooit een gok)',
  },
  'imprint.networkHint': {
    en: (v) => `the network names the v.u.: ask them to fill in responsible_publisher in ${v.file}, or give ${v.own ?? 'your region file'} its own (name and address together)`,
    nl: (v) => `het netwerk bepaalt de v.u.: vraag hun om responsible_publisher in te vullen in ${v.file}, of geef ${v.own ?? 'je regiobestand'} een eigen v.u. (naam en adres samen)`,
  },
  // translations of the content
  'translation.missing': {
    en: (v) => `"${v.field}" is in the Dutch text (${v.at}) but missing in this translation`,
    nl: (v) => `"${v.field}" staat in de Nederlandse tekst (${v.at}), maar ontbreekt in deze vertaling`,
  },
  'translation.missingHint': {
    en: () => 'translate it: a translation never falls back to Dutch',
    nl: () => 'vertaal het: een vertaling valt nooit terug op het Nederlands',
  },
  'translation.itemCount': {
    en: (v) => `"${v.field}" has ${v.count} item(s) in this translation, but ${v.dutchCount} in the Dutch text (${v.at})`,
    nl: (v) => `"${v.field}" heeft ${v.count} item(s) in deze vertaling, maar ${v.dutchCount} in de Nederlandse tekst (${v.at})`,
  },
  'translation.itemCountHint': {
    en: () => 'translate every item, in the same order as the Dutch text',
    nl: () => 'vertaal elk item, in dezelfde volgorde als de Nederlandse tekst',
  },
  'translation.notRecorded': {
    en: (v) => `${v.file} is not recorded as translated from a Dutch revision, so changes to the Dutch text cannot be tracked`,
    nl: (v) => `van ${v.file} is niet genoteerd uit welke Nederlandse versie het vertaald is, dus drukwerk kan niet zien wanneer de Nederlandse tekst verandert`,
  },
  'translation.notRecordedHint': {
    en: (v) => `when the translation is complete, run ${v.done}`,
    nl: (v) => `voer ${v.done} uit zodra de vertaling klaar is`,
  },
  'translation.stale': {
    en: (v) => `"${v.field}" is translated from an older Dutch text (${v.at} changed); update the translation, then run ${v.done}`,
    nl: (v) => `"${v.field}" is vertaald uit een oudere Nederlandse tekst (${v.at} is veranderd); pas de vertaling aan en voer dan ${v.done} uit`,
  },
  // translations of a region
  'regionText.noRegion': {
    en: (v) => `there is no region "${v.id}" (content/regions/${v.id}.yaml) for this text to translate`,
    nl: (v) => `er is geen regio "${v.id}" (content/regions/${v.id}.yaml) waarvan dit de vertaling kan zijn`,
  },
  'regionText.noRegionHint': {
    en: (v) => `${v.guess ? `did you mean "${v.guess}"? ` : ''}a region's translation is named after its Dutch file; the regions are: ${v.known}`,
    nl: (v) => `${v.guess ? `bedoel je "${v.guess}"? ` : ''}de vertaling van een regio heeft dezelfde naam als het Nederlandse bestand; de regio’s zijn: ${v.known}`,
  },
  'regionText.unused': {
    en: (v) => `"${v.field}" is not in the Dutch region file ${v.dutchFile}, so this translation is never printed`,
    nl: (v) => `"${v.field}" staat niet in het Nederlandse regiobestand ${v.dutchFile}, dus deze vertaling wordt nooit gedrukt`,
  },
  'regionText.unusedInheritedHint': {
    en: (v) => `it is written in ${v.ancestorFile}: translate it in ${v.translation}, or remove it here`,
    nl: (v) => `het staat in ${v.ancestorFile}: vertaal het in ${v.translation}, of haal het hier weg`,
  },
  'regionText.unusedHint': {
    en: (v) => `remove it, or give it the contact id and field that ${v.dutchFile} writes`,
    nl: (v) => `haal het weg, of geef het de id van het contact en het veld zoals ${v.dutchFile} ze schrijft`,
  },
} satisfies Record<string, Entry>;
