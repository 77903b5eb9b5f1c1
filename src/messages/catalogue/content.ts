// The content's own messages (unknown fields, YAML syntax, text that does not fit) in Dutch and English.
import { n, plural, whatNl, type Entry } from './entry.js';

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

export const CONTENT = {
  'diag.unknownField': {
    en: (v) => `unknown field "${v.key}" in ${v.what}${v.suggestion ? ` — did you mean "${v.suggestion}"?` : ''}`,
    nl: (v) => `onbekend veld "${v.key}" in ${whatNl(v.what)}${v.suggestion ? ` — bedoel je "${v.suggestion}"?` : ''}`,
  },
  'hint.allowedFields': { en: (v) => `allowed here: ${v.fields}`, nl: (v) => `mogelijke velden hier: ${v.fields}` },
  'designer.lowerMinScale': {
    en: (v) => `or lower min-scale (now ${v.minScale}) on the frame in ${v.template}`,
    nl: (v) => `of verlaag min-scale (nu ${v.minScale}) op het kader in ${v.template}`,
  },
  'designer.allowMinScale': {
    en: (v) => `or allow copy-fitting with min-scale on the frame in ${v.template}`,
    nl: (v) => `of laat het kader de tekst kleiner zetten met min-scale in ${v.template}`,
  },
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
    en: (v) =>
      `"${v.field}" is not translated into ${v.langs}: a translated edition never prints Dutch region text, so the ${v.materials} of ${v.regions} in ${n(v, 'langCount') === 1 ? 'that language' : 'those languages'} ${n(v, 'count') === 1 ? 'is' : 'are'} not built`,
    nl: (v) =>
      `"${v.field}" is niet vertaald in het ${v.langsNl}: een vertaalde editie drukt nooit Nederlandse regiotekst, dus ${v.materialsNl} van ${v.regionsNl} in ${n(v, 'langCount') === 1 ? 'die taal' : 'die talen'} ${n(v, 'count') === 1 ? 'wordt' : 'worden'} niet gebouwd`,
  },
  'hint.regionTextMissing': {
    en: (v) =>
      `add ${v.field} to ${v.files}, translated from this Dutch text; then run drukwerk translation-done ${n(v, 'langCount') === 1 ? v.codes : `<language>`} regions/${v.origin}${n(v, 'langCount') === 1 ? '' : ` for each of ${v.codes}`}. Only the Dutch editions meanwhile: build with --lang nl`,
    nl: (v) =>
      `zet ${v.field} in ${v.filesNl}, vertaald uit deze Nederlandse tekst; voer dan drukwerk translation-done ${n(v, 'langCount') === 1 ? v.codes : `<taal>`} regions/${v.origin} uit${n(v, 'langCount') === 1 ? '' : ` voor elk van ${v.codes}`}. Intussen alleen de Nederlandse edities: bouw met --lang nl`,
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
  'diag.unreachable': {
    en: (v) => `contact "${v.id}" (${v.name}) gives no way to reach it: no phone, website, e-mail or address`,
    nl: (v) => `contact "${v.id}" (${v.name}) geeft geen manier om het te bereiken: geen telefoonnummer, website, e-mail of adres`,
  },
  'hint.unreachable': {
    en: () => "add one that has been checked (never a guess); for the school's own CLB, set kind: ask-at-school",
    nl: () => 'vul er een in die je nagekeken hebt (nooit een gok); voor het CLB van de eigen school zet je kind: ask-at-school',
  },
} satisfies Record<string, Entry>;
