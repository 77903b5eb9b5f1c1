// A new region id, its parent, name and the project's translated languages → the text of content/regions/<id>.yaml: every field a municipality can set and where its translations go, commented in Dutch, nothing filled in; and the checks of the id and name it is made from.
import { say } from '../messages/say.js';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ID } from '../vocabulary/ids.js';

const MESSAGES = {
  badId: (id: string) => say('newRegion.badId', { id }),
  reservedId: (id: string) => say('newRegion.reservedId', { id }),
  emptyName: () => say('newRegion.emptyName'),
  longName: (max: number) => say('newRegion.longName', { max }),
  controlInName: (code: string, at: number, lineBreak: boolean) => say('newRegion.controlInName', { code, at, lineBreak: lineBreak ? 1 : undefined }),
};

export const REGION_ID = ID;
/** Device names Windows reserves, also before an extension (con.yaml): CON, PRN, AUX, NUL, COM0–9, LPT0–9. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;
const NAME_MAX = 120;
/** Control characters, line and paragraph separators and bidirectional overrides: they would break the file's lines or hide what it says. */
const UNSAFE_IN_NAME = /[\p{Cc}\p{Zl}\p{Zp}\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** Whether a name is one Windows reserves for a device (case-insensitive, also with an extension). */
export const isReservedOnWindows = (name: string): boolean => WINDOWS_RESERVED.test(name);

/** What is wrong with a new region's id, or undefined. */
export function regionIdProblem(id: string): string | undefined {
  if (!REGION_ID.test(id)) return MESSAGES.badId(id);
  if (isReservedOnWindows(id)) return MESSAGES.reservedId(id);
  return undefined;
}

/** What is wrong with a new region's name (`--name`), or undefined. */
export function regionNameProblem(name: string): string | undefined {
  if (!name.trim()) return MESSAGES.emptyName();
  if ([...name].length > NAME_MAX) return MESSAGES.longName(NAME_MAX);
  const bad = UNSAFE_IN_NAME.exec(name);
  if (bad) {
    const cp = bad[0].codePointAt(0) ?? 0; // a match is one character or more
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return MESSAGES.controlInName(code, [...name.slice(0, bad.index)].length + 1, cp === 10 || cp === 13);
  }
  return undefined;
}

/** The languages the project translates into: the folders content/<lang>/ beside the Dutch one (none when it cannot be read). */
export async function translatedLanguages(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, 'content'), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && /^[a-z]{2}(?:-[A-Z]{2})?$/.test(e.name) && e.name !== 'nl')
    .map((e) => e.name)
    .sort();
}

const LANGUAGE_NL: Record<string, string> = { fr: 'Frans', en: 'Engels', ar: 'Arabisch' };

/** The comment that tells the officer where the region's text goes in each translated language (none without translations). */
function translationNote(id: string, languages: readonly string[]): string {
  if (!languages.length) return '';
  const names = languages.map((l) => `${LANGUAGE_NL[l] ?? l} (${l})`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}` : names[0];
  return `# Vertalingen. De flyer en de brochure bestaan ook in het ${list}, en drukken nooit Nederlandse tekst.
# Elke description, hours en local-tekst (flyer, brochure) die je hier schrijft, zet je vertaald in
${languages.map((l) => `#   content/${l}/regions/${id}.yaml`).join('\n')}
# onder dezelfde sleutels als hier (contacts, de id van het contact, het veld), met "status: concept" bovenaan.
# Voer daarna per taal "drukwerk translation-done <taal> regions/${id}" uit. Namen, telefoonnummers, adressen,
# e-mail en websites schrijf je alleen hier. Zolang een vertaling ontbreekt, weigert "drukwerk build" die taal en
# zegt het welk veld ontbreekt; bouw intussen alleen het Nederlands met --lang nl.

`;
}

export function newRegionText(id: string, parent: string, name: string, languages: readonly string[] = []): string {
  // the name is checked (regionNameProblem): one line, so it cannot end a comment below; the yaml library quotes it for the name field
  const quoted = stringify(name, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
  return `# yaml-language-server: $schema=../../schema/region.schema.json
# Regio "${name}" (${id}). Deze regio erft alles van "${parent}": vul alleen in wat hier anders is.
# Laat een veld weg (of zet er een # voor) om de waarde van "${parent}" te houden.
# Schrijf nooit een gegeven dat je niet zelf kunt nakijken: geen gok voor een telefoonnummer of adres.
# Elk contact heeft minstens een telefoonnummer, website, e-mail of adres; anders weigert "drukwerk build --final".

name: ${quoted}
extends: ${parent}
status: concept            # zet op final als de gegevens nagekeken en goedgekeurd zijn
kind: municipality         # province, arrondissement of municipality

# Het logo van de gemeente: zet het bestand in images/logos/ (liefst SVG) en haal de # weg.
# logo: images/logos/${id}.svg

# Een eigen verantwoordelijke uitgever (v.u.) voor de drukwerken van deze gemeente: naam én adres, zoals het netwerk
# ze opgeeft. Laat weg om de v.u. van "${parent}" te houden.
# responsible_publisher:
#   name: Voornaam Naam
#   address: Straat 1, 0000 Gemeente

# Lokale partners voor de logostrook. Let op: deze lijst vervangt die van "${parent}" helemaal,
# dus herhaal de partners die je wilt houden.
# partners:
#   - name: Stad ${name}
#     logo: images/logos/${id}.svg

# Contacten, elk onder een korte id (kleine letters, cijfers en streepjes).
# - Dezelfde id als bij "${parent}" (bijvoorbeeld vdab) verandert alleen de velden die je invult.
# - Een nieuwe id voegt een contact toe; dan is name verplicht.
# - "clb: null" haalt een geërfd contact weg.
# Velden: name, description, phone, email, website, address, hours,
#   kind (alleen "ask-at-school": het CLB van de eigen school, dat je via de school bereikt),
#   verify (wat nog nagekeken moet worden: "drukwerk build --final" weigert zolang het er staat),
#   sources (id's uit de lijst sources hieronder of van "${parent}").
# contacts:
#   jeugddienst:
#     name: Jeugddienst ${name}
#     description: Wat de jeugddienst voor jongeren doet, in één zin.
#     phone: 000 00 00 00       # een voorbeeld: drukwerk weigert het tot je het echte nummer invult
#     website: www.example.org
#     verify: telefoonnummer nakijken vóór het drukken

# Waar de QR-code van de affiche, de flyer en de brochure naartoe leidt. Laat weg voor de campagnesite (of het adres
# dat "${parent}" kiest). Zet alleen een adres dat je zelf hebt nagekeken, zoals de pagina van je gemeente voor
# jongeren; nooit een gok. Haal de # weg bij de materialen die je wilt laten doorverwijzen.
# qr:
#   poster: www.example.org/jongeren
#   flyer: www.example.org/jongeren
#   brochure: www.example.org/jongeren

# Eén korte alinea lokale tekst per materiaal (poster, flyer, brochure, leidraad).
# local:
#   brochure: Woon je in ${name}? Dan kan je ook terecht bij de jeugddienst.
#   leidraad: Wat scholen in ${name} moeten weten, in een paar zinnen.

${translationNote(id, languages)}# Bronnen van je gegevens. Ook deze lijst vervangt die van "${parent}" helemaal:
# kopieer de bronnen van "${parent}" mee als je er een toevoegt.
# sources:
#   - id: gemeente-jeugddienst
#     title: Gemeente ${name} – Jeugddienst
#     url: https://www.example.org/jeugddienst
`;
}
