// What loading a project says (files, YAML, fields and their values, phone numbers, images, fonts, profiles, the --final review), in Dutch and English.
import { n, plural, whatNl, type Entry, type Values } from './entry.js';
import { inner } from './inner.js';

type Lang = 'en' | 'nl';

/** What a field must be, and what it is instead (`expected`, `actual` of the validator). */
const KIND: Record<string, Record<Lang, string>> = {
  object: { en: 'a map of fields', nl: 'een blok met velden eronder' },
  array: { en: 'a list', nl: 'een lijst' },
  string: { en: 'a text', nl: 'een tekst' },
  number: { en: 'a number', nl: 'een getal' },
  boolean: { en: 'true or false', nl: 'true of false' },
  null: { en: 'empty', nl: 'leeg' },
  int: { en: 'a whole number', nl: 'een geheel getal' },
};
const kind = (v: Values, key: string, lang: Lang): string => {
  const k = String(v[key]);
  if (KIND[k]) return KIND[k][lang];
  if (k === 'numberValue') return lang === 'en' ? `the number ${v.value}` : `het getal ${v.value}`;
  if (k === 'value') return lang === 'en' ? `the value ${v.value}` : `de waarde ${v.value}`;
  // a kind the validator names but no content file asks for: said, not left in English
  return lang === 'en' ? `something else (${k})` : `iets anders (${k})`;
};

const FILE_KIND_NL: Record<string, string> = { text: 'inhoud, regio’s en sjablonen', font: 'lettertypes', image: 'afbeeldingen', icc: 'ICC-kleurprofielen' };

const PHONE_EXAMPLES_NL = (examples: unknown): string => String(examples).replace(/ or /g, ' of ');

/** What an id may hold (`letterFirst`: the names of the theme's colours and styles, which also start with a letter). */
const idRule = (v: Values, lang: Lang): string =>
  lang === 'en'
    ? `an id has only lowercase letters, digits and hyphens (-)${v.letterFirst ? ', and starts with a letter' : ''}`
    : `een id heeft alleen kleine letters, cijfers en koppeltekens (-)${v.letterFirst ? ', en begint met een letter' : ''}`;

export const LOAD = {
  // a field and what is wrong with it
  'field.problem': {
    en: (v) => `${v.field ? `"${v.field}"` : v.what} ${inner(v, 'problem', 'en')}`,
    nl: (v) => `${v.field ? `"${v.field}"` : whatNl(v.what)} ${inner(v, 'problem', 'nl')}`,
  },
  'field.required': { en: () => 'is required but missing', nl: () => 'moet ingevuld zijn, maar ontbreekt' },
  'field.wrongType': {
    en: (v) => `must be ${kind(v, 'expected', 'en')}, not ${kind(v, 'actual', 'en')}`,
    nl: (v) => {
      const actual = kind(v, 'actual', 'nl');
      const instead = actual === 'leeg' ? 'maar is leeg' : actual.startsWith('een ') ? `geen ${actual.slice(4)}` : `niet ${actual}`;
      return `moet ${kind(v, 'expected', 'nl')} zijn, ${instead}`;
    },
  },
  'hint.mapNotText': {
    en: () => 'the fields that belong under this one start on the next lines, 2 spaces further in; check the indentation',
    nl: () => 'de velden die hieronder horen, beginnen op de volgende regels, 2 spaties verder naar rechts; kijk na hoe ver elke regel inspringt',
  },
  'field.oneOf': { en: (v) => `must be one of ${v.values}`, nl: (v) => `moet een van deze zijn: ${v.values}` },
  'field.tooFewItems': { en: (v) => `needs at least ${v.min} item(s)`, nl: (v) => `moet minstens ${plural(n(v, 'min'), 'item', 'items')} hebben` },
  'field.empty': { en: () => 'must not be empty', nl: () => 'mag niet leeg zijn' },
  'field.tooFewChars': { en: (v) => `needs at least ${v.min} characters`, nl: (v) => `moet minstens ${v.min} tekens lang zijn` },
  'field.atLeast': { en: (v) => `must be at least ${v.min}`, nl: (v) => `moet minstens ${v.min} zijn` },
  'field.tooManyItems': { en: (v) => `may have at most ${v.max} item(s)`, nl: (v) => `mag hoogstens ${plural(n(v, 'max'), 'item', 'items')} hebben` },
  'field.tooLong': { en: (v) => `is longer than ${v.max} characters`, nl: (v) => `is langer dan ${v.max} tekens` },
  'field.atMost': { en: (v) => `must be at most ${v.max}`, nl: (v) => `mag hoogstens ${v.max} zijn` },
  'field.privateUse': { en: () => 'contains a private-use character', nl: () => 'bevat een speciaal teken dat niet gedrukt kan worden (uit het privégebied van Unicode)' },
  'field.webAddress': { en: () => 'must be a web address such as www.vdab.be', nl: () => 'moet een webadres zijn, zoals www.vdab.be' },
  'field.qrTooLong': {
    en: (v) => `is longer than ${v.max} characters: the QR code of a longer address has modules too small to scan on the flyer (20 mm); use a shorter address`,
    nl: (v) => `is langer dan ${v.max} tekens: de QR-code van een langer adres heeft te kleine blokjes om te scannen op de flyer (20 mm); gebruik een korter adres`,
  },
  'field.email': { en: () => 'must be an e-mail address', nl: () => 'moet een e-mailadres zijn' },
  'field.pathInsideImagesOrFonts': {
    en: () => 'must be a path inside images/ or fonts/, such as images/logos/oostende.svg',
    nl: () => 'moet een pad in images/ of fonts/ zijn, zoals images/logos/oostende.svg',
  },
  'field.logoKind': {
    en: () => 'must be an image drukwerk can place: .svg (preferred: it stays sharp), .png, .jpg, .tif or .webp',
    nl: () => 'moet een afbeelding zijn die drukwerk kan plaatsen: .svg (het best: die blijft scherp), .png, .jpg, .tif of .webp',
  },
  'field.iconName': { en: () => 'must be an icon name such as graduation-cap', nl: () => 'moet de naam van een icoon zijn, zoals graduation-cap' },
  'field.oneBlockKind': {
    en: () => 'a block needs exactly one of p, list, table, note or heading',
    nl: () => 'een blok heeft precies één van p, list, table, note of heading nodig',
  },
  'field.translationHash': { en: () => 'must be a hash written by drukwerk translation-done', nl: () => 'moet een code zijn die drukwerk translation-done schreef' },
  'field.regionId': { en: () => 'must be the id of another region, such as west-vlaanderen', nl: () => 'moet de id van een andere regio zijn, zoals west-vlaanderen' },
  // ids: a key under contacts:, colors: or styles:, a section's id
  'field.badId': {
    en: (v) => `"${v.key}" cannot be an id${v.parent ? ` in ${v.parent}` : ''}: ${idRule(v, 'en')}`,
    nl: (v) => `"${v.key}" kan geen id zijn${v.parent ? ` in ${v.parent}` : ''}: ${idRule(v, 'nl')}`,
  },
  'field.badKey': {
    en: (v) => `the key "${v.key}"${v.parent ? ` in ${v.parent}` : ''} ${inner(v, 'problem', 'en')}`,
    nl: (v) => `de sleutel "${v.key}"${v.parent ? ` in ${v.parent}` : ''} ${inner(v, 'problem', 'nl')}`,
  },
  'field.id': { en: (v) => `must be an id: ${idRule(v, 'en')}`, nl: (v) => `moet een id zijn: ${idRule(v, 'nl')}` },
  'field.nameId': { en: () => `must be a name: ${idRule({ letterFirst: 1 }, 'en')}`, nl: () => `moet een naam zijn: ${idRule({ letterFirst: 1 }, 'nl')}` },
  'hint.idLike': { en: (v) => `write it as ${v.suggestion}`, nl: (v) => `schrijf het als ${v.suggestion}` },
  'field.url': {
    en: () => 'must be a full web address, such as https://www.vdab.be',
    nl: () => 'moet een volledig webadres zijn, zoals https://www.vdab.be',
  },
  // what the validator says in its own words, said in ours: a field no message of its own covers
  'field.exactItems': { en: (v) => `needs exactly ${v.count} item(s)`, nl: (v) => `moet precies ${plural(n(v, 'count'), 'item', 'items')} hebben` },
  'field.greaterThan': { en: (v) => `must be more than ${v.min}`, nl: (v) => `moet meer dan ${v.min} zijn` },
  'field.lessThan': { en: (v) => `must be less than ${v.max}`, nl: (v) => `moet minder dan ${v.max} zijn` },
  'field.multipleOf': { en: (v) => `must be a multiple of ${v.divisor}`, nl: (v) => `moet een veelvoud van ${v.divisor} zijn` },
  'field.badFormat': { en: () => 'is not written the way this field needs', nl: () => 'is niet geschreven zoals dit veld het vraagt' },
  'field.invalid': { en: () => 'has a value drukwerk cannot use here', nl: () => 'heeft een waarde die drukwerk hier niet kan gebruiken' },
  'field.fontFile': { en: () => 'must be an .otf or .ttf file, such as fonts/Inter-Regular.otf', nl: () => 'moet een .otf- of .ttf-bestand zijn, zoals fonts/Inter-Regular.otf' },
  'field.iccFile': { en: (v) => `must be an .icc file, such as ${v.example}`, nl: (v) => `moet een .icc-bestand zijn, zoals ${v.example}` },
  'field.featureTag': { en: () => 'an OpenType feature tag of four letters or digits, such as cv08', nl: () => 'een OpenType-featurecode van vier letters of cijfers, zoals cv08' },
  'field.colour': { en: () => 'a colour as #rrggbb', nl: () => 'een kleur als #rrggbb' },
  // a path written in content or the theme
  'path.webAddress': {
    en: (v) => `must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in ${v.folder}/)`,
    nl: (v) => `moet een bestand in het project zijn, geen webadres: drukwerk haalt niets van het internet (zet het bestand in ${v.folder}/)`,
  },
  'path.absolute': {
    en: (v) => `must be a path inside the project, not an absolute path, such as ${v.example}`,
    nl: (v) => `moet een pad in het project zijn, geen absoluut pad; bv. ${v.example}`,
  },
  'path.backslash': { en: (v) => `must use forward slashes, such as ${v.example}`, nl: (v) => `moet schuine strepen naar rechts (/) gebruiken, zoals ${v.example}` },
  'path.leaves': { en: () => 'must not leave the project folder', nl: () => 'mag niet buiten de projectmap gaan' },
  'path.notInside': {
    en: (v) => `must be a path inside ${String(v.folders).split(' ').join(' or ')}, such as ${v.example}`,
    nl: (v) => `moet een pad in ${String(v.folders).split(' ').join(' of ')} zijn, zoals ${v.example}`,
  },
  // phone numbers
  'field.phone': {
    en: (v) => `is not a phone number: "${v.raw}" ${inner(v, 'why', 'en')}`,
    nl: (v) => `is geen telefoonnummer: "${v.raw}" ${inner(v, 'why', 'nl')}`,
  },
  'hint.phone': { en: (v) => `write it like ${v.examples}`, nl: (v) => `schrijf het zoals ${PHONE_EXAMPLES_NL(v.examples)}` },
  'phone.empty': { en: () => 'is empty', nl: () => 'is leeg' },
  'phone.doubleSeparator': { en: (v) => `has "${v.char}" right after another separator`, nl: (v) => `heeft "${v.char}" vlak na een ander scheidingsteken` },
  'phone.startsWith': { en: (v) => `starts with "${v.char}"`, nl: (v) => `begint met "${v.char}"` },
  'phone.notDigit': {
    en: (v) => `has "${v.char}", which is not a digit or one of the separators space / . -`,
    nl: (v) => `bevat "${v.char}", dat is geen cijfer en geen van de scheidingstekens spatie / . -`,
  },
  'phone.noDigits': { en: () => 'has no digits', nl: () => 'heeft geen cijfers' },
  'phone.endsWith': { en: (v) => `ends with "${v.char}"`, nl: (v) => `eindigt op "${v.char}"` },
  'phone.foreign': { en: () => 'is not a Belgian number (+32): only Belgian numbers are printed', nl: () => 'is geen Belgisch nummer (+32): alleen Belgische nummers worden gedrukt' },
  'phone.zeroAfter32': { en: () => 'has a 0 after +32: write either +32 56 … or 056 …', nl: () => 'heeft een 0 na +32: schrijf +32 56 … of 056 …' },
  'phone.notBelgian': {
    en: () => 'is not a Belgian number: it starts with 0 (or +32), or it is a short number of 3 or 4 digits such as 102',
    nl: () => 'is geen Belgisch nummer: dat begint met 0 (of +32), of het is een kort nummer van 3 of 4 cijfers zoals 102',
  },
  // the sources behind the facts
  'sources.unknown': {
    en: (v) => `source "${v.id}" is not in the sources list${v.suggestion ? ` — did you mean "${v.suggestion}"?` : ''}`,
    nl: (v) => `bron "${v.id}" staat niet in de lijst sources${v.suggestion ? ` — bedoel je "${v.suggestion}"?` : ''}`,
  },
  'sources.knownHint': {
    en: (v) => `sources known here: ${v.known} (the sources: lists of ${v.where}); a new source goes in this file's sources: list, with its id, title and url`,
    nl: (v) => `de bronnen die hier bekend zijn: ${v.known} (de lijsten sources: van ${v.where}); een nieuwe bron zet je in de lijst sources: van dit bestand, met id, title en url`,
  },
  'sources.noneHint': {
    en: (v) => `${v.where} has no sources: list; add one to this file, with the source's id, title and url`,
    nl: (v) => `${v.where} heeft geen lijst sources:; voeg er een toe aan dit bestand, met de id, title en url van de bron`,
  },
  'sources.duplicate': {
    en: (v) => `source id "${v.id}" is listed twice${v.first ? ` (first on line ${v.first})` : ''}: a reference to it could mean either`,
    nl: (v) => `bron-id "${v.id}" staat twee keer in de lijst${v.first ? ` (eerst op regel ${v.first})` : ''}: een verwijzing ernaar kan dan beide bedoelen`,
  },
  'phone.placeholder': { en: () => 'looks like a placeholder, not a real number', nl: () => 'lijkt een invulvoorbeeld, geen echt nummer' },
  'hint.phonePlaceholder': {
    en: () => 'write the number you have checked, or leave phone out until you have it (never a guess)',
    nl: () => 'schrijf het nummer dat je nagekeken hebt, of laat phone weg tot je het hebt (nooit een gok)',
  },
  'phone.digitCount': {
    en: (v) => `has ${v.count} digits; a Belgian ${v.mobile ? 'mobile number has 10' : 'number has 9 (10 for a mobile number)'}`,
    nl: (v) => `heeft ${v.count} cijfers; een Belgisch ${v.mobile ? 'gsm-nummer heeft er 10' : 'nummer heeft er 9 (10 voor een gsm-nummer)'}`,
  },
  // YAML
  'yaml.unreadable': { en: (v) => `the YAML cannot be read: ${v.detail}`, nl: (v) => `dit bestand kan niet gelezen worden: ${v.detail}` },
  'yaml.duplicateKey': {
    en: (v) => `the key "${v.key}" appears twice ${v.parent ? `in "${v.parent}"` : 'at the top level of the file'}; keep one`,
    nl: (v) => `het veld "${v.key}" staat twee keer ${v.parent ? `in "${v.parent}"` : 'bovenaan in het bestand'}; hou er één over`,
  },
  'yaml.unknownTag': {
    en: (v) => `the YAML tag ${v.tag} is not supported: drukwerk reads only text, numbers, true/false, lists and maps`,
    nl: (v) => `de YAML-tag ${v.tag} kan niet: drukwerk leest alleen tekst, getallen, true/false, lijsten en blokken met velden`,
  },
  'yaml.unknownTagHint': {
    en: () => 'remove the tag; write the value as plain text (in quotes if it starts with !)',
    nl: () => 'haal de tag weg; schrijf de waarde als gewone tekst (tussen aanhalingstekens als ze met ! begint)',
  },
  'yaml.reservedKey': {
    en: (v) => `the key "${v.key}" cannot be used: it is a name reserved by the program`,
    nl: (v) => `het veld "${v.key}" kan niet: die naam is voorbehouden voor het programma`,
  },
  'yaml.reservedKeyHint': {
    en: () => 'choose another name (ids use lower-case letters, digits and dashes)',
    nl: () => 'kies een andere naam (een id bestaat uit kleine letters, cijfers en streepjes)',
  },
  'yaml.tooDeep': { en: (v) => `the data is nested more than ${v.max} levels deep`, nl: (v) => `de gegevens zijn meer dan ${v.max} niveaus diep genest` },
  'yaml.tooDeepHint': { en: () => 'content needs only a few levels of lists and maps', nl: () => 'inhoud heeft maar een paar niveaus van lijsten en blokken nodig' },
  'yaml.aliasNoAnchor': {
    en: (v) => `the alias *${v.name} has no anchor &${v.name} before it`,
    nl: (v) => `de verwijzing *${v.name} heeft geen anker &${v.name} ervoor`,
  },
  'yaml.aliasInside': {
    en: (v) => `the alias *${v.name} is inside the list or map it refers to`,
    nl: (v) => `de verwijzing *${v.name} staat in de lijst of het blok waarnaar ze verwijst`,
  },
  'yaml.aliasInsideHint': {
    en: () => 'an alias may only repeat a value defined before it, outside it',
    nl: () => 'een verwijzing mag alleen een waarde herhalen die ervoor staat, erbuiten',
  },
  'yaml.keyNotPlain': { en: () => 'a key must be a plain name, not a list, map or alias', nl: () => 'een veldnaam moet een gewone naam zijn, geen lijst, blok of verwijzing' },
  'yaml.tooManyAliases': {
    en: (v) => `the YAML uses too many aliases (more than ${v.max} expansions); write the values out`,
    nl: (v) => `het bestand gebruikt te veel verwijzingen (meer dan ${v.max}); schrijf de waarden voluit`,
  },
  'yaml.commentAfterText': {
    en: (v) => `${v.field ? `"${v.field}"` : 'the text'} ends at "${v.text}": in YAML a # after a space starts a comment, so "${v.cut}" is left out of the text`,
    nl: (v) => `${v.field ? `"${v.field}"` : 'de tekst'} stopt bij "${v.text}": in YAML begint een # na een spatie een opmerking, dus "${v.cut}" valt weg uit de tekst`,
  },
  'yaml.commentAfterTextHint': {
    en: () => 'if the # belongs to the text, put the whole text between double quotes ("…"); a comment goes on a line of its own',
    nl: () => 'hoort de # bij de tekst, zet dan de hele tekst tussen dubbele aanhalingstekens ("…"); een opmerking zet je op een eigen regel',
  },
  'yaml.loneSurrogate': {
    en: (v) => `${v.path ? `"${v.path}"` : 'the file'} contains half a character, ${v.char} without its other half (at character ${v.at})`,
    nl: (v) => `${v.path ? `"${v.path}"` : 'het bestand'} bevat een half teken, ${v.char} zonder zijn andere helft (op teken ${v.at})`,
  },
  'yaml.loneSurrogateHint': {
    en: () => 'a \\u escape names half of a character here: write the character itself, or remove the escape',
    nl: () => 'een \\u-code noemt hier de helft van een teken: schrijf het teken zelf, of haal de code weg',
  },
  'yaml.controlChar': {
    en: (v) => `${v.path ? `"${v.path}"` : 'the file'} contains the control character ${v.char} (at character ${v.at})`,
    nl: (v) => `${v.path ? `"${v.path}"` : 'het bestand'} bevat het onzichtbare stuurteken ${v.char} (op teken ${v.at})`,
  },
  'yaml.controlCharHint': {
    en: () => 'remove it: only tabs and line breaks are allowed in text',
    nl: () => 'haal het weg: in tekst mogen alleen tabs en regeleindes staan',
  },
  // the files of a project
  'load.tooManyContacts': {
    en: (v) => `the region lists ${v.count} contacts; at most ${v.max} are allowed`,
    nl: (v) => `de regio heeft ${v.count} contacten; er mogen er hoogstens ${v.max} zijn`,
  },
  'load.tooManyContactsHint': {
    en: () => 'a printed material has room for a few contacts: keep the ones a reader needs, or split the region',
    nl: () => 'op drukwerk is plaats voor een paar contacten: hou de contacten die een lezer nodig heeft, of splits de regio',
  },
  'load.themeMissing': { en: () => 'the theme is missing', nl: () => 'het thema ontbreekt' },
  'load.themeMissingHint': {
    en: () => 'every project needs templates/theme.yaml with fonts, colours and styles',
    nl: () => 'elk project heeft templates/theme.yaml nodig, met lettertypes, kleuren en stijlen',
  },
  'load.dutchRegionText': { en: () => 'the Dutch text of a region is its region file itself', nl: () => 'de Nederlandse tekst van een regio staat in het regiobestand zelf' },
  'load.dutchRegionTextHint': {
    en: (v) => `write it in content/regions/${v.id}.yaml; content/<language>/regions/ holds its translations`,
    nl: (v) => `schrijf hem in content/regions/${v.id}.yaml; in content/<taal>/regions/ staan alleen de vertalingen`,
  },
  'load.regionFileName': {
    en: (v) => `"${v.name}" cannot be a region's id, and a region file is named after its id: lowercase letters and digits, with single hyphens between them`,
    nl: (v) => `"${v.name}" kan geen id van een regio zijn, en een regiobestand heet naar zijn id: kleine letters en cijfers, met enkele koppeltekens ertussen`,
  },
  'load.regionFileNameHint': { en: (v) => `rename the file to ${v.suggestion}.yaml`, nl: (v) => `geef het bestand de naam ${v.suggestion}.yaml` },
  'load.sameFileTwice': {
    en: (v) => `${v.file} and ${v.twin} are the same file twice (.yml and .yaml): drukwerk does not guess which one counts`,
    nl: (v) => `${v.file} en ${v.twin} zijn twee keer hetzelfde bestand (.yml en .yaml): drukwerk gokt niet welk van de twee telt`,
  },
  'load.sameFileTwiceHint': { en: (v) => `keep one of them, and remove ${v.file} or ${v.twin}`, nl: (v) => `houd er één over, en verwijder ${v.file} of ${v.twin}` },
  'load.notContentPlace': { en: () => 'this file is not where drukwerk looks for content', nl: () => 'dit bestand staat niet waar drukwerk inhoud zoekt' },
  'load.notContentPlaceHint': {
    en: () => 'content goes in content/<language>/<material>.yaml, regions in content/regions/<id>.yaml, their translations in content/<language>/regions/<id>.yaml (lower-case ids)',
    nl: () => 'inhoud hoort in content/<taal>/<materiaal>.yaml, regio’s in content/regions/<id>.yaml, hun vertalingen in content/<taal>/regions/<id>.yaml (id in kleine letters)',
  },
  'load.noMaterial': { en: (v) => `there is no material "${v.name}"`, nl: (v) => `er is geen materiaal "${v.name}"` },
  'load.noMaterialHint': { en: (v) => `content files are: ${v.materials}`, nl: (v) => `de inhoudsbestanden zijn: ${v.materials}` },
  'load.sharedMissing': { en: (v) => `content/${v.lang}/shared.yaml is missing`, nl: (v) => `content/${v.lang}/shared.yaml ontbreekt` },
  'load.sharedMissingHint': {
    en: () => 'it holds the campaign line, labels and the four statements',
    nl: () => 'daarin staan de campagnezin, de labels en de vier uitspraken',
  },
  'load.noRegions': { en: () => 'there are no regions', nl: () => 'er zijn geen regio’s' },
  'load.noRegionsHint': { en: () => 'add content/regions/<id>.yaml', nl: () => 'maak content/regions/<id>.yaml' },
  'load.layoutMissing': { en: (v) => `the layout for the ${v.material} is missing`, nl: (v) => `de opmaak (het sjabloon) voor de ${v.material} ontbreekt` },
  'load.fontMissing': { en: (v) => `the ${v.role} font "${v.font}" does not exist`, nl: (v) => `het lettertype "${v.font}" (${v.role}) bestaat niet` },
  'load.fontMissingHint': { en: () => 'fonts must be .otf or .ttf files inside fonts/', nl: () => 'lettertypes zijn .otf- of .ttf-bestanden in fonts/' },
  'load.fontUnusable': {
    en: (v) => `the ${v.role} font "${v.font}" cannot be used: ${inner(v, 'why', 'en')}`,
    nl: (v) => `het lettertype "${v.font}" (${v.role}) is niet bruikbaar: ${inner(v, 'why', 'nl')}`,
  },
  'load.fontUnusableHint': {
    en: () => 'put the original font file back (fonts must be .otf or .ttf files inside fonts/)',
    nl: () => 'zet het oorspronkelijke lettertypebestand terug (lettertypes zijn .otf- of .ttf-bestanden in fonts/)',
  },
  'load.styleColour': {
    en: (v) => `style "${v.name}" uses the colour "${v.colour}", which the theme does not define`,
    nl: (v) => `stijl "${v.name}" gebruikt de kleur "${v.colour}", maar die staat niet in het thema`,
  },
  // fonts
  'font.notOpenType': { en: () => 'it is not an OpenType (.otf) or TrueType (.ttf) font', nl: () => 'het is geen OpenType- (.otf) of TrueType-lettertype (.ttf)' },
  'font.collection': {
    en: () => 'it is a font collection (.ttc/.otc): name a file that holds one font',
    nl: () => 'het is een verzameling lettertypes (.ttc/.otc): noem een bestand met één lettertype',
  },
  'font.cutShort': {
    en: (v) => `it is cut short: its "${v.table}" table ends at byte ${v.end}, but the file has ${v.size} bytes`,
    nl: (v) => `het is afgebroken: de tabel "${v.table}" eindigt op byte ${v.end}, maar het bestand heeft ${v.size} bytes`,
  },
  'font.noUnitsPerEm': { en: () => 'its head table gives no units per em', nl: () => 'de head-tabel geeft geen units per em' },
  'font.unreadableTables': { en: (v) => `its tables cannot be read (${v.detail})`, nl: (v) => `de tabellen kunnen niet gelezen worden (${v.detail})` },
  // reading files
  'file.linkToNothing': { en: (v) => `skipped the symbolic link ${v.file}: it points to nothing`, nl: (v) => `de snelkoppeling ${v.file} is overgeslagen: ze wijst nergens naar` },
  'file.linkOutside': {
    en: (v) => `${v.file} is a symbolic link that points outside the project; drukwerk reads only files inside the project folder`,
    nl: (v) => `${v.file} is een snelkoppeling naar iets buiten het project; drukwerk leest alleen bestanden in de projectmap`,
  },
  'file.linkOutsideHint': { en: () => 'copy the file into the project instead of linking to it', nl: () => 'kopieer het bestand in het project in plaats van ernaar te verwijzen' },
  'file.folderLink': {
    en: (v) => `skipped the symbolic link ${v.file}: links to folders are not followed`,
    nl: (v) => `de snelkoppeling ${v.file} is overgeslagen: drukwerk volgt geen snelkoppelingen naar mappen`,
  },
  'file.notAFile': {
    en: (v) => `skipped ${v.file}: it is not a file but a named pipe, socket or device`,
    nl: (v) => `${v.file} is overgeslagen: het is geen gewoon bestand maar een pipe, socket of apparaat`,
  },
  'file.folderLinkHint': { en: () => 'move or copy the folder into place instead', nl: () => 'verplaats of kopieer de map naar die plek' },
  'file.notUtf8': {
    en: (v) => `the file is not UTF-8 text (invalid byte 0x${v.byte} at offset ${v.offset})`,
    nl: (v) => `het bestand is geen UTF-8-tekst (ongeldige byte 0x${v.byte} op positie ${v.offset})`,
  },
  'file.notUtf8Hint': { en: () => 'save the file as UTF-8 in your editor', nl: () => 'bewaar het bestand als UTF-8 in je teksteditor' },
  'file.cannotRead': { en: () => 'the file cannot be read', nl: () => 'het bestand kan niet gelezen worden' },
  'file.tooLarge': {
    en: (v) => `the file is too large: ${v.size} bytes (${v.sizeMb}), the limit for ${v.what} is ${v.limit} bytes (${v.limitMb})`,
    nl: (v) => `het bestand is te groot: ${v.size} bytes (${v.sizeMb}), de grens voor ${FILE_KIND_NL[String(v.kind)] ?? v.what} is ${v.limit} bytes (${v.limitMb})`,
  },
  // images
  'image.atPrintedSizeHint': {
    en: () => 'save the image at the size it is printed (300 ppi is enough)',
    nl: () => 'bewaar de afbeelding op de grootte waarop ze gedrukt wordt (300 ppi is genoeg)',
  },
  'image.unreadable': {
    en: () => 'the file is not an image drukwerk can read (png, jpg, tif, webp or svg)',
    nl: () => 'het bestand is geen afbeelding die drukwerk kan lezen (png, jpg, tif, webp of svg)',
  },
  'image.cannotDecode': {
    en: (v) => `the image's pixels cannot be read (${v.width} × ${v.height}): the file is damaged or cut short, or of a shape that cannot be scaled`,
    nl: (v) => `de pixels van de afbeelding zijn niet te lezen (${v.width} × ${v.height}): het bestand is beschadigd of onvolledig, of heeft een vorm die niet te schalen is`,
  },
  'image.unreadableHint': { en: () => 'open it in an image editor and save it again', nl: () => 'open het in een beeldbewerkingsprogramma en bewaar het opnieuw' },
  'image.noSize': { en: () => 'the image has no size', nl: () => 'de afbeelding heeft geen afmetingen' },
  'image.tooLarge': {
    en: (v) => `the image is too large: ${v.width} × ${v.height} pixels (${v.megapixels} megapixels), the limit is ${v.limit} megapixels`,
    nl: (v) => `de afbeelding is te groot: ${v.width} × ${v.height} pixels (${v.megapixels} megapixels), de grens is ${v.limit} megapixels`,
  },
  'svg.doctype': {
    en: () => 'the SVG has a DOCTYPE or entity declarations, which drukwerk does not read',
    nl: () => 'de SVG heeft een DOCTYPE of entity-declaraties, en die leest drukwerk niet',
  },
  'svg.doctypeHint': {
    en: () => 'export the SVG again without a DOCTYPE (plain SVG, not "SVG 1.1 with DTD")',
    nl: () => 'exporteer de SVG opnieuw zonder DOCTYPE (gewone SVG, niet "SVG 1.1 met DTD")',
  },
  'svg.outside': {
    en: (v) => `the SVG refers to "${v.value}" outside itself (${v.attribute}); drukwerk reads nothing outside the project and fetches nothing from the network`,
    nl: (v) => `de SVG verwijst naar "${v.value}" buiten zichzelf (${v.attribute}); drukwerk leest niets buiten het project en haalt niets van het internet`,
  },
  'svg.outsideHint': {
    en: () => 'embed what the SVG needs, or place the other image as an image of its own',
    nl: () => 'sluit in de SVG in wat ze nodig heeft, of plaats de andere afbeelding apart',
  },
  'svg.raster': { en: () => 'the SVG embeds a raster image, which cannot go to print', nl: () => 'de SVG bevat een pixelafbeelding, en die kan zo niet gedrukt worden' },
  'svg.rasterHint': { en: () => 'place the raster as an image of its own', nl: () => 'plaats de pixelafbeelding apart' },
  'svg.text': {
    en: (v) => `the SVG holds text (<${v.element}>), which drukwerk would set in its own font instead of the artwork's, as loose letters`,
    nl: (v) => `de SVG bevat tekst (<${v.element}>), die drukwerk in zijn eigen lettertype zou zetten in plaats van dat van de tekening, als losse letters`,
  },
  'svg.textHint': {
    en: () => 'convert the text to outlines (paths) in the drawing program and export the SVG again (Illustrator: Type > Create Outlines; Inkscape: Path > Object to Path)',
    nl: () => 'zet de tekst om in contouren (paden) in het tekenprogramma en exporteer de SVG opnieuw (Illustrator: Tekst > Contouren maken; Inkscape: Paden > Object naar pad)',
  },
  'svg.tooDeep': {
    en: (v) => `the SVG nests elements more than ${v.max} levels deep; not drawn`,
    nl: (v) => `de SVG nest elementen meer dan ${v.max} niveaus diep; niet getekend`,
  },
  'svg.tooDeepHint': { en: () => 'export the artwork again with groups flattened', nl: () => 'exporteer de tekening opnieuw met de groepen samengevoegd' },
  'svg.tooMuchPath': {
    en: (v) => `the SVG holds ${v.kb} kB of path data; at most ${v.mb} MB is drawn`,
    nl: (v) => `de SVG bevat ${v.kb} kB aan paden; er wordt hoogstens ${v.mb} MB getekend`,
  },
  'svg.tooMuchPathHint': {
    en: () => 'simplify the paths (fewer points) or place the artwork as a raster image',
    nl: () => 'vereenvoudig de paden (minder punten) of plaats de tekening als pixelafbeelding',
  },
  'svg.badSize': {
    en: (v) => `the SVG's ${v.name}="${v.value}" is not a size drukwerk can draw (a positive number up to ${v.max})`,
    nl: (v) => `${v.name}="${v.value}" van de SVG is geen maat die drukwerk kan tekenen (een positief getal tot ${v.max})`,
  },
  'svg.badSizeHint': { en: () => 'give the SVG a width, height and viewBox in ordinary numbers', nl: () => 'geef de SVG een width, height en viewBox in gewone getallen' },
  'svg.tooManyElements': {
    en: (v) => `the SVG has more than ${v.max} elements; not drawn`,
    nl: (v) => `de SVG heeft meer dan ${v.max} elementen; niet getekend`,
  },
  'svg.tooManyElementsHint': {
    en: () => 'simplify the artwork (merge shapes, fewer copies) or place it as a raster image',
    nl: () => 'vereenvoudig de tekening (vormen samenvoegen, minder kopieën) of plaats ze als pixelafbeelding',
  },
  'svg.tooManyDrawn': {
    en: (v) => `the SVG draws ${v.count} elements once every <use> is expanded; at most ${v.max} are drawn`,
    nl: (v) => `de SVG tekent ${v.count} elementen als elke <use> uitgewerkt is; er worden er hoogstens ${v.max} getekend`,
  },
  'svg.useCycle': {
    en: (v) => `the SVG refers to "#${v.id}" from inside itself, so drawing it never ends`,
    nl: (v) => `de SVG verwijst naar "#${v.id}" van binnen dat element zelf, zodat het tekenen nooit eindigt`,
  },
  'svg.useCycleHint': {
    en: () => 'remove the reference that loops (a <use> or url(#…) that points at an element around it) and export the SVG again',
    nl: () => 'verwijder de verwijzing die rondloopt (een <use> of url(#…) die naar een element eromheen wijst) en exporteer de SVG opnieuw',
  },
  'svg.badNumber': {
    en: (v) => `the SVG's ${v.name} holds "${v.value}", not a number drukwerk can draw (at most ${v.max}, sizes not vanishingly small)`,
    nl: (v) => `${v.name} van de SVG bevat "${v.value}", geen getal dat drukwerk kan tekenen (hoogstens ${v.max}, maten niet verdwijnend klein)`,
  },
  'svg.badNumberHint': {
    en: () => 'export the artwork again at an ordinary scale, with coordinates in ordinary numbers',
    nl: () => 'exporteer de tekening opnieuw op een gewone schaal, met coördinaten in gewone getallen',
  },
  'svg.notXml': {
    en: (v) => `the SVG is not well-formed XML: ${v.detail}`,
    nl: (v) => `de SVG is geen geldige XML: ${v.detail}`,
  },
  'svg.notXmlHint': {
    en: () => 'export the SVG again from the drawing program',
    nl: () => 'exporteer de SVG opnieuw vanuit het tekenprogramma',
  },
  'svg.drawFailed': {
    en: (v) => `the SVG "${v.src}" could not be drawn: ${v.detail}`,
    nl: (v) => `de SVG "${v.src}" kon niet getekend worden: ${v.detail}`,
  },
  'svg.drawFailedHint': {
    en: () => 'export the artwork again as plain SVG at an ordinary scale, or place it as a raster image',
    nl: () => 'exporteer de tekening opnieuw als gewone SVG op een gewone schaal, of plaats ze als pixelafbeelding',
  },
  'logo.unusable': {
    en: (v) => `the logo "${v.src}" cannot be used: ${inner(v, 'why', 'en')}${v.spot ? ` (${v.spot})` : ''}`,
    nl: (v) => `het logo "${v.src}" is niet bruikbaar: ${inner(v, 'why', 'nl')}${v.spot ? ` (${v.spot})` : ''}`,
  },
  'logo.unusableHint': {
    en: () => 'save the logo again, preferably as SVG (vector), else as PNG or JPEG of at least 300 ppi at its printed size',
    nl: () => 'bewaar het logo opnieuw, het liefst als SVG (vector), anders als PNG of JPEG van minstens 300 ppi op de gedrukte grootte',
  },
  'logo.missing': { en: (v) => `the logo "${v.src}" does not exist`, nl: (v) => `het logo "${v.src}" bestaat niet` },
  'logo.missingHint': {
    en: () => 'put the file in images/ (e.g. images/logos/), preferably as SVG, or correct the path',
    nl: () => 'zet het bestand in images/ (bv. images/logos/), het liefst als SVG, of verbeter het pad',
  },
  // templates
  'template.unescaped': {
    en: (v) => `the template outputs content unescaped (${v.what}), which would let content inject markup`,
    nl: (v) => `het sjabloon zet inhoud ongefilterd in de opmaak (${v.what}); zo zou inhoud opmaakcode kunnen binnensmokkelen`,
  },
  'template.unescapedHint': {
    en: () => 'use {{…}} for plain text or {{rich …}} for **emphasis**',
    nl: () => 'gebruik {{…}} voor gewone tekst of {{rich …}} voor **nadruk**',
  },
  // the output profile
  'icc.notIcc': {
    en: () => 'the file is not an ICC profile (its header has no "acsp" signature)',
    nl: () => 'het bestand is geen ICC-kleurprofiel (de kop heeft geen "acsp"-handtekening)',
  },
  'icc.damaged': {
    en: (v) => `the ICC profile is damaged: its header gives ${v.declared} bytes, the file has ${v.size}`,
    nl: (v) => `het ICC-kleurprofiel is beschadigd: de kop zegt ${v.declared} bytes, het bestand heeft er ${v.size}`,
  },
  'icc.notCmyk': {
    en: (v) => `the ICC profile is for ${v.space} data, not CMYK; the print edition needs a CMYK output profile`,
    nl: (v) => `het ICC-kleurprofiel is voor ${v.space === 'grey' ? 'grijs' : v.space}, niet voor CMYK; de drukeditie heeft een CMYK-uitvoerprofiel nodig`,
  },
  'icc.notOutput': {
    en: (v) => `the ICC profile is a${/^[aeiou]/.test(String(v.deviceClass)) ? 'n' : ''} ${v.deviceClass} profile, not an output ("prtr") profile; a PDF/X output intent needs an output profile`,
    nl: (v) => `het ICC-kleurprofiel is een ${v.deviceClass}-profiel, geen uitvoerprofiel ("prtr"); een PDF/X-output intent heeft een uitvoerprofiel nodig`,
  },
  'icc.badOption': { en: (v) => `--profile "${v.profile}" ${inner(v, 'why', 'en')}`, nl: (v) => `--profile "${v.profile}" ${inner(v, 'why', 'nl')}` },
  'icc.missing': { en: (v) => `the output profile "${v.profile}" does not exist`, nl: (v) => `het kleurprofiel "${v.profile}" bestaat niet` },
  'icc.available': {
    en: (v) => (v.list ? `the profiles in icc/: ${v.list}` : 'icc/ has no profiles'),
    nl: (v) => (v.list ? `de kleurprofielen in icc/: ${v.list}` : 'icc/ heeft geen kleurprofielen'),
  },
  'icc.missingHint': {
    en: (v) => `${v.list ? `the profiles in icc/: ${v.list}` : 'icc/ has no profiles'}; choose one with --profile or print.profile in templates/theme.yaml (see icc/README.md)`,
    nl: (v) => `${v.list ? `de kleurprofielen in icc/: ${v.list}` : 'icc/ heeft geen kleurprofielen'}; kies er een met --profile of met print.profile in templates/theme.yaml (zie icc/README.md)`,
  },
  'icc.unsuitableHint': {
    en: () => "the print edition's output intent needs a CMYK output profile made for the paper; choose one with --profile or print.profile in templates/theme.yaml (see icc/README.md)",
    nl: () => 'de drukeditie heeft een CMYK-uitvoerprofiel nodig dat voor het papier gemaakt is; kies er een met --profile of met print.profile in templates/theme.yaml (zie icc/README.md)',
  },
  'icc.noDescription': {
    en: (v) => `the ICC profile has no output intent description: add ${v.description} next to it`,
    nl: (v) => `bij het ICC-kleurprofiel hoort geen beschrijving van de output intent: zet ${v.description} ernaast`,
  },
  'icc.noDescriptionHint': {
    en: (v) =>
      `${v.description} names the printing condition for the print PDF's OutputIntent, in the fields identifier, condition, registryName and info (see icc/FOGRA39-drukwerk.yaml and icc/README.md)`,
    nl: (v) =>
      `${v.description} beschrijft de drukconditie voor de OutputIntent van de druk-PDF, in de velden identifier, condition, registryName en info (zie icc/FOGRA39-drukwerk.yaml en icc/README.md)`,
  },
  // the --final review
  'review.concept': { en: () => 'this file is still a concept (status: concept)', nl: () => 'dit bestand is nog een concept (status: concept)' },
  'review.conceptHint': { en: () => 'set status: final once the content has been approved', nl: () => 'zet status: final zodra de inhoud goedgekeurd is' },
  'review.verify': { en: (v) => `check this fact before printing: ${v.fact}`, nl: (v) => `kijk dit na voor het gedrukt wordt: ${v.fact}` },
  'review.verifyHint': {
    en: () => 'check it, correct the text if needed, then remove this verify: line',
    nl: () => 'kijk het na, verbeter de tekst als het moet, en haal dan deze verify:-regel weg',
  },
  'review.networkConcept': { en: () => "the network's text is still a concept (status: concept)", nl: () => 'de tekst van het netwerk is nog een concept (status: concept)' },
  'review.networkVerify': { en: (v) => `the network must still check this fact: ${v.fact}`, nl: (v) => `het netwerk moet dit nog nakijken: ${v.fact}` },
  'review.networkHint': {
    en: (v) => `this text is approved by the network (${v.network}); ask them — it is not yours to edit`,
    nl: (v) => `deze tekst keurt het netwerk goed (${v.network}); vraag het hun — jij past die tekst niet aan`,
  },
  'review.summary': {
    en: (v) =>
      `not ready to print (--final): ${[
        n(v, 'own') && `${v.own} in your own file(s) ${v.ownFiles}: fix them yourself`,
        n(v, 'theirs') && `${v.theirs} in text approved by the network (${v.network}): ${v.theirFiles} — ask them to approve it`,
      ]
        .filter(Boolean)
        .join('; ')}`,
    nl: (v) =>
      `nog niet klaar om te drukken (--final): ${[
        n(v, 'own') && `${v.own} in je eigen ${n(v, 'ownCount') === 1 ? 'bestand' : 'bestanden'} ${v.ownFiles}: die verbeter je zelf`,
        n(v, 'theirs') && `${v.theirs} in tekst die het netwerk goedkeurt (${v.network}): ${v.theirFiles} — vraag hun om goedkeuring`,
      ]
        .filter(Boolean)
        .join('; ')}`,
  },
} satisfies Record<string, Entry>;
