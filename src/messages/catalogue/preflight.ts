// What the preflight finds in a PDF (print rules, screen rules, the bounds it reads a file within), in Dutch and English.
import { n, on, plural, type Entry, type Values } from './entry.js';

type Lang = 'en' | 'nl';

/** What a colour or a resource belongs to (`what` + `name`), as the findings name it. */
const PARTS: Record<string, Record<Lang, (name: string) => string>> = {
  fill: { en: () => 'fill colour', nl: () => 'vulkleur' },
  stroke: { en: () => 'stroke colour', nl: () => 'lijnkleur' },
  textFill: { en: () => 'text fill colour', nl: () => 'tekstkleur' },
  textOutline: { en: () => 'text outline colour', nl: () => 'kleur van de tekstomlijning' },
  image: { en: (name) => `image "${name}"`, nl: (name) => `afbeelding "${name}"` },
  inlineImage: { en: () => 'inline image', nl: () => 'inline afbeelding' },
  shading: { en: (name) => `shading "${name}"`, nl: (name) => `verloop "${name}"` },
  pageGroup: { en: () => "the page's transparency group blending space", nl: () => 'de mengkleurruimte van de transparantiegroep van de pagina' },
  formGroup: { en: (name) => `the transparency group of form "${name}"`, nl: (name) => `de transparantiegroep van form "${name}"` },
  colourSpaceResource: { en: (name) => `colour space resource "${name}"`, nl: (name) => `kleurruimte-resource "${name}"` },
  shadingResource: { en: (name) => `shading resource "${name}"`, nl: (name) => `verloop-resource "${name}"` },
  shadingPattern: { en: (name) => `shading pattern "${name}"`, nl: (name) => `verlooppatroon "${name}"` },
};
const part = (v: Values, lang: Lang): string => PARTS[String(v.what)]?.[lang](String(v.name ?? '')) ?? String(v.what);

const SIDES = ['left', 'right', 'top', 'bottom'] as const;
const SIDE_NL: Record<string, string> = { left: 'links', right: 'rechts', top: 'boven', bottom: 'onder' };
const EDGE_NL: Record<string, string> = { left: 'linkerrand', right: 'rechterrand', top: 'bovenrand', bottom: 'onderrand' };
/** `1.0 mm left, 3.0 mm right` of the sides that have a value. */
const sides = (v: Values, lang: Lang): string =>
  SIDES.filter((s) => v[s] !== undefined)
    .map((s) => `${v[s]} mm ${lang === 'en' ? s : SIDE_NL[s]}`)
    .join(', ');

/** A bound of the preflight exceeded: the file is not checked further. */
const bound = (en: (v: Values) => string, nl: (v: Values) => string): Entry => ({
  en: (v) => `${en(v)}; not checked further`,
  nl: (v) => `${nl(v)}; niet verder gecontroleerd`,
});

const FILE_KIND: Record<string, Record<Lang, string>> = {
  folder: { en: 'a folder', nl: 'een map' },
  pipe: { en: 'a named pipe', nl: 'een named pipe' },
  device: { en: 'a device', nl: 'een apparaat' },
  socket: { en: 'a socket', nl: 'een socket' },
  other: { en: 'not a regular file', nl: 'geen gewoon bestand' },
};

export const PREFLIGHT = {
  // how a finding and a run are printed
  'preflight.page': {
    en: (v) => `page ${v.page}${v.x !== undefined ? ` at ${v.x}, ${v.y} mm` : ''}`,
    nl: (v) => `pagina ${v.page}${v.x !== undefined ? ` op ${v.x}, ${v.y} mm` : ''}`,
  },
  'preflight.ok': { en: (v) => `${v.file}  ok`, nl: (v) => `${v.file}  in orde` },
  'preflight.summary': {
    en: (v) =>
      `${plural(n(v, 'total'), 'file', 'files')}: ${n(v, 'ok')} ok${n(v, 'failed') ? `, ${n(v, 'failed')} with ${plural(n(v, 'errors'), 'error', 'errors')}` : ''}${n(v, 'warnings') ? `; ${plural(n(v, 'warnings'), 'warning', 'warnings')}` : ''}`,
    nl: (v) =>
      `${plural(n(v, 'total'), 'bestand', 'bestanden')}: ${n(v, 'ok')} in orde${n(v, 'failed') ? `, ${n(v, 'failed')} met ${plural(n(v, 'errors'), 'fout', 'fouten')}` : ''}${n(v, 'warnings') ? `; ${plural(n(v, 'warnings'), 'waarschuwing', 'waarschuwingen')}` : ''}`,
  },
  // reading the file
  'preflight.cannotReadFile': { en: () => 'cannot read the file', nl: () => 'het bestand kan niet gelezen worden' },
  'preflight.notAFile': {
    en: (v) => `this is ${FILE_KIND[String(v.kind)]?.en ?? v.kind}, not a file; preflight reads PDF files`,
    nl: (v) => `dit is ${FILE_KIND[String(v.kind)]?.nl ?? v.kind}, geen bestand; preflight leest PDF-bestanden`,
  },
  'preflight.fileChanged': { en: () => 'the file grew while it was read; not checked', nl: () => 'het bestand werd groter terwijl het gelezen werd; niet gecontroleerd' },
  'preflight.notPdf': { en: (v) => `the file cannot be read as a PDF (${v.detail})`, nl: (v) => `het bestand kan niet als PDF gelezen worden (${v.detail})` },
  'preflight.pageUnreadable': {
    en: (v) => `the page content could not be read (${v.detail})`,
    nl: (v) => `de inhoud van de pagina kon niet gelezen worden (${v.detail})`,
  },
  'preflight.formUndecodable': {
    en: (v) => `form XObject "${v.name}" could not be decoded (${v.detail})`,
    nl: (v) => `form XObject "${v.name}" kon niet gedecodeerd worden (${v.detail})`,
  },
  // the bounds a file is read within
  'preflight.limit.fileBytes': bound(
    (v) => `the file's size (${v.size}) exceeds ${v.limit}`,
    (v) => `het bestand (${v.size}) is groter dan ${v.limit}`,
  ),
  'preflight.limit.objects': bound(
    (v) => `the file's objects exceed ${v.limit}`,
    (v) => `het bestand heeft meer dan ${v.limit} objecten`,
  ),
  'preflight.limit.streamBytes': bound(
    (v) => `a stream's decoded data exceeds ${v.limit}`,
    (v) => `de gedecodeerde gegevens van een stream zijn groter dan ${v.limit}`,
  ),
  'preflight.limit.fileDecodedBytes': bound(
    (v) => `the decoded data of all streams exceeds ${v.limit}`,
    (v) => `de gedecodeerde gegevens van alle streams samen zijn groter dan ${v.limit}`,
  ),
  'preflight.limit.streamOperators': bound(
    (v) => `a content stream's operators exceed ${v.limit}`,
    (v) => `een content stream heeft meer dan ${v.limit} operatoren`,
  ),
  'preflight.limit.streamOperands': bound(
    (v) => `a content stream's operands exceed ${v.limit}`,
    (v) => `een content stream heeft meer dan ${v.limit} operanden`,
  ),
  'preflight.limit.fileOperators': bound(
    (v) => `the operators of all content streams exceed ${v.limit}`,
    (v) => `alle content streams samen hebben meer dan ${v.limit} operatoren`,
  ),
  'preflight.limit.pageOperators': bound(
    (v) => `the operators the page executes (form XObjects counted each time they are drawn) exceed ${v.limit}`,
    (v) => `de pagina voert meer dan ${v.limit} operatoren uit (form XObjects elke keer geteld dat ze getekend worden)`,
  ),
  'preflight.limit.formInvocations': bound(
    (v) => `the form XObjects the page draws (each time counted) exceed ${v.limit}`,
    (v) => `de pagina tekent meer dan ${v.limit} form XObjects (elke keer geteld)`,
  ),
  'preflight.limit.fileMarks': bound(
    (v) => `the marks painted on all pages (paths, text runs, images) exceed ${v.limit}`,
    (v) => `alle pagina’s samen tekenen meer dan ${v.limit} elementen (paden, tekststukken, afbeeldingen)`,
  ),
  'preflight.limit.pages': bound(
    (v) => `the number of pages exceeds ${v.limit}`,
    (v) => `het document heeft meer dan ${v.limit} pagina’s`,
  ),
  'preflight.limit.pageTreeNodes': bound(
    (v) => `the nodes of the page tree exceed ${v.limit}`,
    (v) => `de paginaboom heeft meer dan ${v.limit} knopen`,
  ),
  'preflight.limit.sharedPageNode': {
    en: (v) => `the page tree refers to a node it already holds (${v.times} time(s)); each node was read once`,
    nl: (v) => `de paginaboom verwijst naar een knoop die hij al bevat (${v.times} keer); elke knoop werd één keer gelezen`,
  },
  'preflight.limit.pageTreeDepth': {
    en: (v) => `the page tree is nested more than ${v.limit} levels deep; the deeper nodes were not read`,
    nl: (v) => `de paginaboom is meer dan ${v.limit} niveaus diep genest; de diepere knopen werden niet gelezen`,
  },
  // page boxes
  'preflight.noTrimBox': {
    en: () => 'the page has no TrimBox; print needs a TrimBox on every page',
    nl: () => 'de pagina heeft geen TrimBox; voor druk heeft elke pagina een TrimBox nodig',
  },
  'preflight.noBleedBox': {
    en: (v) => `the page has no BleedBox; print needs a BleedBox ${v.bleed} mm outside the TrimBox`,
    nl: (v) => `de pagina heeft geen BleedBox; voor druk is een BleedBox nodig die ${v.bleed} mm buiten de TrimBox ligt (de afloop)`,
  },
  'preflight.wrongBleed': {
    en: (v) => `the BleedBox extends the TrimBox by ${sides(v, 'en')}; print needs ${v.bleed} mm on every side`,
    nl: (v) => `de BleedBox steekt ${sides(v, 'nl')} buiten de TrimBox; voor druk is de afloop ${v.bleed} mm aan elke kant`,
  },
  'preflight.bleedOutsideMedia': {
    en: (v) => `the BleedBox reaches outside the MediaBox (${sides(v, 'en')}); the MediaBox must contain the BleedBox`,
    nl: (v) => `de BleedBox reikt buiten de MediaBox (${sides(v, 'nl')}); de MediaBox moet de hele BleedBox bevatten`,
  },
  // output intent
  'preflight.noOutputIntent': {
    en: () => 'the catalog has no OutputIntents; PDF/X-4 needs an output intent with /S /GTS_PDFX and an embedded CMYK profile',
    nl: () => 'de catalogus heeft geen OutputIntents; PDF/X-4 vraagt een output intent met /S /GTS_PDFX en een ingesloten CMYK-kleurprofiel',
  },
  'preflight.noPdfxIntent': {
    en: (v) => `no output intent has /S /GTS_PDFX (found: ${v.kinds}); PDF/X-4 needs one`,
    nl: (v) => `geen enkele output intent heeft /S /GTS_PDFX (gevonden: ${v.kinds}); PDF/X-4 vraagt er een`,
  },
  'preflight.severalPdfxIntents': {
    en: (v) => `${v.count} output intents have /S /GTS_PDFX; PDF/X allows one`,
    nl: (v) => `${v.count} output intents hebben /S /GTS_PDFX; PDF/X laat er maar één toe`,
  },
  'preflight.noOutputCondition': {
    en: () => 'the output intent has no OutputConditionIdentifier (e.g. "FOGRA39")',
    nl: () => 'de output intent heeft geen OutputConditionIdentifier (bv. "FOGRA39")',
  },
  'preflight.noDestProfile': {
    en: () => 'the output intent has no DestOutputProfile; PDF/X-4 needs the ICC profile embedded',
    nl: () => 'de output intent heeft geen DestOutputProfile; PDF/X-4 vraagt het ICC-kleurprofiel ingesloten',
  },
  'preflight.profileComponents': {
    en: (v) => `the output intent's profile has /N ${v.components ?? '(none)'}; CMYK print needs /N 4`,
    nl: (v) => `het kleurprofiel van de output intent heeft /N ${v.components ?? '(geen)'}; drukken in CMYK vraagt /N 4`,
  },
  'preflight.profileUndecodable': {
    en: (v) => `the output intent's profile could not be decoded (${v.detail})`,
    nl: (v) => `het kleurprofiel van de output intent kon niet gedecodeerd worden (${v.detail})`,
  },
  'preflight.profileNotIcc': {
    en: () => `the output intent's profile is not an ICC profile (no "acsp" signature)`,
    nl: () => 'het kleurprofiel van de output intent is geen ICC-profiel (geen "acsp"-handtekening)',
  },
  'preflight.profileSpace': {
    en: (v) => `the output intent's profile is for ${v.space} data; CMYK print needs a CMYK profile`,
    nl: (v) => `het kleurprofiel van de output intent is voor ${v.space}-gegevens; drukken in CMYK vraagt een CMYK-kleurprofiel`,
  },
  'preflight.profileClass': {
    en: (v) => `the output intent's profile is a "${v.deviceClass}" profile; print expects an output ("prtr") profile`,
    nl: (v) => `het kleurprofiel van de output intent is een "${v.deviceClass}"-profiel; voor druk is een uitvoerprofiel ("prtr") nodig`,
  },
  // PDF/X identification
  'preflight.pdfxNoXmp': {
    en: () => 'the catalog has no XMP Metadata stream; PDF/X-4 needs one with pdfxid:GTS_PDFXVersion',
    nl: () => 'de catalogus heeft geen XMP-metadata (Metadata); PDF/X-4 vraagt die, met pdfxid:GTS_PDFXVersion',
  },
  'preflight.xmpUndecodable': {
    en: (v) => `the XMP metadata could not be decoded (${v.detail})`,
    nl: (v) => `de XMP-metadata konden niet gedecodeerd worden (${v.detail})`,
  },
  'preflight.xmpNotXml': { en: (v) => `the XMP metadata is not well-formed XML (${v.detail})`, nl: (v) => `de XMP-metadata zijn geen geldige XML (${v.detail})` },
  'preflight.xmpNoPdfxVersion': {
    en: () => 'the XMP metadata has no pdfxid:GTS_PDFXVersion; PDF/X-4 needs it',
    nl: () => 'de XMP-metadata hebben geen pdfxid:GTS_PDFXVersion; PDF/X-4 heeft die nodig',
  },
  'preflight.xmpVersionDiffers': {
    en: (v) => `the XMP pdfxid:GTS_PDFXVersion "${v.xmp}" differs from the Info GTS_PDFXVersion "${v.info}"`,
    nl: (v) => `pdfxid:GTS_PDFXVersion "${v.xmp}" in de XMP verschilt van GTS_PDFXVersion "${v.info}" in Info`,
  },
  'preflight.infoNoPdfxVersion': {
    en: () => 'the Info dictionary has no GTS_PDFXVersion; PDF/X-4 needs "PDF/X-4"',
    nl: () => 'de Info-dictionary heeft geen GTS_PDFXVersion; PDF/X-4 vraagt "PDF/X-4"',
  },
  'preflight.infoPdfxVersion': {
    en: (v) => `the Info GTS_PDFXVersion is "${v.version}"; this preflight expects PDF/X-4`,
    nl: (v) => `GTS_PDFXVersion in Info is "${v.version}"; deze preflight verwacht PDF/X-4`,
  },
  'preflight.noTrapped': {
    en: () => 'the Info dictionary has no Trapped; PDF/X-4 needs /True or /False',
    nl: () => 'de Info-dictionary heeft geen Trapped; PDF/X-4 vraagt /True of /False',
  },
  'preflight.trappedNotName': {
    en: (v) => `the Info Trapped is ${v.text !== undefined ? `the string "${v.text}"` : v.raw}, not a name; PDF/X-4 needs /True or /False`,
    nl: (v) => `Trapped in Info is ${v.text !== undefined ? `de tekst "${v.text}"` : v.raw}, geen naam; PDF/X-4 vraagt /True of /False`,
  },
  'preflight.trappedValue': {
    en: (v) => `the Info Trapped is /${v.name}; PDF/X-4 needs /True or /False`,
    nl: (v) => `Trapped in Info is /${v.name}; PDF/X-4 vraagt /True of /False`,
  },
  'preflight.noHeader': { en: () => 'the file has no %PDF- header', nl: () => 'het bestand heeft geen %PDF-header' },
  'preflight.oldVersion': {
    en: (v) => `the PDF version is ${v.version}; PDF/X-4 needs ${v.min} or later`,
    nl: (v) => `de PDF-versie is ${v.version}; PDF/X-4 vraagt ${v.min} of hoger`,
  },
  'preflight.noId': { en: () => 'the trailer has no ID; PDF/X-4 needs a document ID', nl: () => 'de trailer heeft geen ID; PDF/X-4 vraagt een document-ID' },
  'preflight.encrypted': { en: () => 'the file is encrypted; PDF/X does not allow encryption', nl: () => 'het bestand is versleuteld; PDF/X laat geen versleuteling toe' },
  'preflight.pdfxNoTitle': {
    en: () => 'the document has no title (Info Title or dc:title); PDF/X-4 asks for one',
    nl: () => 'het document heeft geen titel (Title in Info of dc:title); PDF/X-4 vraagt er een',
  },
  // fonts
  'preflight.fontNotEmbedded': {
    en: (v) =>
      `font "${v.font ?? '(unnamed)'}" (${v.key}, ${v.subtype ?? 'font'})${on(v, 'standard') ? ' is one of the standard 14 PDF fonts and' : ''} is not embedded; ${v.edition === 'print' ? 'print needs every font embedded' : 'embed it so the screen edition looks the same everywhere'}`,
    nl: (v) =>
      `lettertype "${v.font ?? '(zonder naam)'}" (${v.key}, ${v.subtype ?? 'lettertype'})${on(v, 'standard') ? ' is een van de 14 standaardlettertypen van PDF en' : ''} is niet ingesloten; ${v.edition === 'print' ? 'voor druk moet elk lettertype ingesloten zijn' : 'sluit het in, zodat de schermversie er overal hetzelfde uitziet'}`,
  },
  // colour
  'preflight.rgbColour': {
    en: (v) => `${part(v, 'en')} is ${v.space}${v.values ? ` (${v.values})` : ''}; print needs CMYK`,
    nl: (v) => `${part(v, 'nl')} is ${v.space}${v.values ? ` (${v.values})` : ''}; voor druk is CMYK nodig`,
  },
  'preflight.rgbAlternate': {
    en: (v) => `${part(v, 'en')} is ${v.space} with an RGB alternate (${v.alternate}); give it a CMYK alternate`,
    nl: (v) => `${part(v, 'nl')} is ${v.space} met een RGB-alternatief (${v.alternate}); geef het een CMYK-alternatief`,
  },
  'preflight.totalInk': {
    en: (v) => `${part(v, 'en')} ${v.cmyk} has ${v.total} % total ink; print allows at most ${v.max} %`,
    nl: (v) => `${part(v, 'nl')} ${v.cmyk} heeft ${v.total} % totale inkt; voor druk mag dat hoogstens ${v.max} % zijn`,
  },
  'preflight.smallTextInks': {
    en: (v) =>
      `${n(v, 'runs') > 1 ? `${v.runs} text runs, down to ${v.size} pt, e.g. "${v.text}",` : `text "${v.text}" at ${v.size} pt`} in ${v.inks} inks (${v.colour}); text under ${v.limit} pt is one ink: 100 % K, or one process ink or a tint of it`,
    nl: (v) =>
      `${n(v, 'runs') > 1 ? `${v.runs} tekststukken, tot ${v.size} pt klein, bv. "${v.text}",` : `tekst "${v.text}" van ${v.size} pt`} in ${v.inks} inkten (${v.colour}); tekst kleiner dan ${v.limit} pt drukt in één inkt: 100 % K, of één procesinkt of een tint ervan`,
  },
  'preflight.thinLineInks': {
    en: (v) =>
      `${v.kind === 'fill' ? (n(v, 'count') > 1 ? `${v.count} filled shapes, down to ${v.width} pt thin,` : `a filled shape ${v.width} pt thin`) : n(v, 'count') > 1 ? `${v.count} stroked lines, down to ${v.width} pt,` : `a stroked line of ${v.width} pt`} in ${v.inks} inks (${v.colour}); a line under ${v.limit} pt is one ink: 100 % K, or one process ink or a tint of it (in more inks, make it ${v.limit} pt or more)`,
    nl: (v) =>
      `${v.kind === 'fill' ? (n(v, 'count') > 1 ? `${v.count} gevulde vormen, tot ${v.width} pt smal,` : `een gevulde vorm van ${v.width} pt smal`) : n(v, 'count') > 1 ? `${v.count} lijnen, tot ${v.width} pt dun,` : `een lijn van ${v.width} pt`} in ${v.inks} inkten (${v.colour}); een lijn dunner dan ${v.limit} pt drukt in één inkt: 100 % K, of één procesinkt of een tint ervan (in meer inkten: maak ze minstens ${v.limit} pt)`,
  },
  'preflight.reversedText': {
    en: (v) =>
      `white text "${v.text}" at ${v.size} pt (${v.font}) is reversed ${[v.inks !== undefined && `out of ${v.inks} inks`, v.light === 'small' ? `under ${v.min} pt` : v.light === 'notBold' && 'not bold'].filter(Boolean).join(' and ')} (${v.colour}); white text under ${v.limit} pt is bold, ${v.min} pt or more, out of at most ${v.max} inks`,
    nl: (v) =>
      `witte tekst "${v.text}" van ${v.size} pt (${v.font}) is uitgespaard ${[v.inks !== undefined && `uit ${v.inks} inkten`, v.light === 'small' ? `kleiner dan ${v.min} pt` : v.light === 'notBold' && 'niet vet'].filter(Boolean).join(' en ')} (${v.colour}); witte tekst kleiner dan ${v.limit} pt is vet, minstens ${v.min} pt en uitgespaard uit hoogstens ${v.max} inkten`,
  },
  'preflight.knockOut': {
    en: (v) =>
      `${[n(v, 'texts') && `${v.texts} text run${n(v, 'texts') === 1 ? '' : 's'}`, n(v, 'rules') && `${v.rules} rule${n(v, 'rules') === 1 ? '' : 's'}`].filter(Boolean).join(' and ')} in 100 % K knock out${v.text !== undefined ? `, e.g. "${v.text}"` : ''}; 100 % K text and rules overprint in print (ExtGState /OP true /op true /OPM 1)`,
    nl: (v) =>
      `${[n(v, 'texts') && plural(n(v, 'texts'), 'tekststuk', 'tekststukken'), n(v, 'rules') && plural(n(v, 'rules'), 'lijn', 'lijnen')].filter(Boolean).join(' en ')} in 100 % K ${n(v, 'texts') + n(v, 'rules') === 1 ? 'spaart' : 'sparen'} uit${v.text !== undefined ? `, bv. "${v.text}"` : ''}; tekst en lijnen in 100 % K horen in druk over te drukken (ExtGState /OP true /op true /OPM 1)`,
  },
  'preflight.screenOverprint': {
    en: () => 'something is painted with overprint on; the screen edition never overprints (a screen shows no inks to overprint)',
    nl: () => 'er staat iets op de pagina met overdrukken aan; de schermversie drukt nooit over (een scherm toont geen inkten om over te drukken)',
  },
  // images, text and lines
  'preflight.imageResolution': {
    en: (v) =>
      `${on(v, 'lineArt') ? `line-art ${part(v, 'en')} (1 bit)` : part(v, 'en')} is ${v.ppi} ppi at its placed size (${v.width} × ${v.height} px placed at ${v.widthMm} × ${v.heightMm} mm); ${v.edition} needs ${v.needed} ppi${v.floor !== undefined ? ` (tolerated down to ${v.floor} ppi)` : ''}`,
    nl: (v) =>
      `${on(v, 'lineArt') ? `lijnwerk: ${part(v, 'nl')} (1 bit)` : part(v, 'nl')} heeft ${v.ppi} ppi op de geplaatste grootte (${v.width} × ${v.height} px geplaatst op ${v.widthMm} × ${v.heightMm} mm); ${v.edition === 'print' ? 'de drukversie' : 'de schermversie'} vraagt ${v.needed} ppi${v.floor !== undefined ? ` (tot ${v.floor} ppi aanvaard)` : ''}`,
  },
  'preflight.textSize': {
    en: (v) => `text "${v.text}" is ${v.size} pt (${v.font}); the minimum is ${v.min} pt`,
    nl: (v) => `tekst "${v.text}" is ${v.size} pt (${v.font}); het minimum is ${v.min} pt`,
  },
  'preflight.safeZone': {
    en: (v) =>
      `text "${v.text}" ${on(v, 'crosses') ? `crosses the trim's ${v.side} edge by ${v.distance} mm` : `is ${v.distance} mm from the trim's ${v.side} edge`}; keep text at least ${v.safe} mm inside the trim`,
    nl: (v) =>
      `tekst "${v.text}" ${on(v, 'crosses') ? `steekt ${v.distance} mm over de ${EDGE_NL[String(v.side)] ?? v.side} van de snijlijn` : `staat ${v.distance} mm van de ${EDGE_NL[String(v.side)] ?? v.side} van de snijlijn`}; houd tekst minstens ${v.safe} mm binnen de snijlijn`,
  },
  'preflight.zeroLine': {
    en: (v) => `a stroked line has width 0 (the thinnest line the device can draw, invisible on a plate); use at least ${v.min} pt`,
    nl: (v) => `een lijn heeft dikte 0 (de dunste lijn die het toestel kan tekenen, onzichtbaar op een drukplaat); gebruik minstens ${v.min} pt`,
  },
  'preflight.thinLine': {
    en: (v) => `a stroked line is ${v.width} pt wide; the minimum is ${v.min} pt`,
    nl: (v) => `een lijn is ${v.width} pt dik; het minimum is ${v.min} pt`,
  },
  // links and forms in print
  'preflight.acroForm': {
    en: () => 'the document has an interactive form (AcroForm); the print edition has no links or form fields',
    nl: () => 'het document heeft een invulformulier (AcroForm); de drukversie heeft geen links of formuliervelden',
  },
  'preflight.annotation': {
    en: (v) =>
      `${v.subtype} annotation (${v.uri ?? (v.action ? `${v.action} action` : v.field !== undefined ? `field "${v.field}"` : on(v, 'destination') ? 'internal destination' : 'no target')}${v.width !== undefined ? `, ${v.width} × ${v.height} mm` : ''}); the print edition has no links or form fields`,
    nl: (v) =>
      `${v.subtype}-annotatie (${v.uri ?? (v.action ? `actie ${v.action}` : v.field !== undefined ? `veld "${v.field}"` : on(v, 'destination') ? 'verwijzing binnen het document' : 'zonder doel')}${v.width !== undefined ? `, ${v.width} × ${v.height} mm` : ''}); de drukversie heeft geen links of formuliervelden`,
  },
  // pages
  'preflight.pageCount': {
    en: (v) =>
      `the document has ${v.count} pages; ${n(v, 'multiple') === 2 ? 'printed on both sides it needs an even page count' : `bound as it is it needs a multiple of ${v.multiple} pages`}: add ${v.add} page(s) (content, or a page marked as intentionally blank) or remove ${v.remove}`,
    nl: (v) =>
      `het document heeft ${v.count} pagina’s; ${n(v, 'multiple') === 2 ? 'dubbelzijdig gedrukt moet het aantal pagina’s even zijn' : `zo gebonden moet het aantal pagina’s een veelvoud van ${v.multiple} zijn`}: voeg ${plural(n(v, 'add'), 'pagina', 'pagina’s')} toe (met inhoud, of een pagina die bewust leeg blijft) of haal er ${v.remove} weg`,
  },
  'preflight.oddPageCount': {
    en: (v) => `the document has ${v.count} pages; printed on both sides it needs an even page count (pass --page-multiple 1 if it is printed on one side)`,
    nl: (v) => `het document heeft ${v.count} pagina’s; dubbelzijdig gedrukt moet het aantal pagina’s even zijn (geef --page-multiple 1 mee als het enkelzijdig gedrukt wordt)`,
  },
  'preflight.rtlDirection': {
    en: (v) =>
      `the document reads right to left (${v.lang ? `its language is ${v.lang}` : 'its text is mostly right to left'}) but does not say so: set /ViewerPreferences << /Direction /R2L >> (pages in right-to-left order, bound on the right)`,
    nl: (v) =>
      `het document leest van rechts naar links (${v.lang ? `de taal is ${v.lang}` : 'de tekst loopt grotendeels van rechts naar links'}) maar zegt dat niet: zet /ViewerPreferences << /Direction /R2L >> (pagina’s van rechts naar links, gebonden aan de rechterkant)`,
  },
  // the screen edition: tags, language, title, structure
  'preflight.untagged': {
    en: () => 'the document is not tagged (no StructTreeRoot); the screen edition must be a tagged PDF',
    nl: () => 'het document is niet getagd (geen StructTreeRoot); de schermversie moet een getagde PDF zijn',
  },
  'preflight.notMarked': {
    en: () => 'MarkInfo /Marked is not true; the screen edition must be a tagged PDF',
    nl: () => 'MarkInfo /Marked staat niet op true; de schermversie moet een getagde PDF zijn',
  },
  'preflight.noLang': {
    en: () => 'the catalog has no Lang; set the document language (e.g. nl-BE)',
    nl: () => 'de catalogus heeft geen Lang; stel de taal van het document in (bv. nl-BE)',
  },
  'preflight.noTitle': {
    en: () => 'the document has no Title; set one and show it with DisplayDocTitle',
    nl: () => 'het document heeft geen Title; geef het een titel en toon die met DisplayDocTitle',
  },
  'preflight.figuresWithoutAlt': {
    en: (v) => `${v.count} figure${n(v, 'count') === 1 ? ' has' : 's have'} no alternative text (Alt)`,
    nl: (v) => `${v.count} ${n(v, 'count') === 1 ? 'afbeelding heeft' : 'afbeeldingen hebben'} geen alternatieve tekst (Alt)`,
  },
  'preflight.uaNoXmp': {
    en: () => 'the catalog has no XMP Metadata stream; PDF/UA-1 needs one with pdfuaid:part 1 and dc:title',
    nl: () => 'de catalogus heeft geen XMP-metadata (Metadata); PDF/UA-1 vraagt die, met pdfuaid:part 1 en dc:title',
  },
  'preflight.uaNoPart': {
    en: () => 'the XMP metadata has no pdfuaid:part; a PDF/UA-1 file says so with pdfuaid:part 1',
    nl: () => 'de XMP-metadata hebben geen pdfuaid:part; een PDF/UA-1-bestand zegt dat met pdfuaid:part 1',
  },
  'preflight.uaPart': {
    en: (v) => `the XMP pdfuaid:part is "${v.part}"; this preflight checks PDF/UA-1 (part 1)`,
    nl: (v) => `pdfuaid:part in de XMP is "${v.part}"; deze preflight controleert PDF/UA-1 (part 1)`,
  },
  'preflight.uaNoTitle': {
    en: () => 'the XMP metadata has no dc:title; PDF/UA-1 needs the document title there',
    nl: () => 'de XMP-metadata hebben geen dc:title; PDF/UA-1 vraagt daar de titel van het document',
  },
  'preflight.displayDocTitle': {
    en: () => 'ViewerPreferences DisplayDocTitle is not true; PDF/UA-1 has viewers show the title, not the file name',
    nl: () => 'DisplayDocTitle in ViewerPreferences staat niet op true; in PDF/UA-1 tonen lezers de titel, niet de bestandsnaam',
  },
  'preflight.tabOrder': {
    en: () => 'a page with annotations has no /Tabs /S; PDF/UA-1 has the tab order follow the structure',
    nl: () => 'een pagina met annotaties heeft geen /Tabs /S; in PDF/UA-1 volgt de tabvolgorde de structuur',
  },
  'preflight.firstHeading': {
    en: (v) => `the first heading is H${v.level}; PDF/UA headings start at H1 and never skip a level`,
    nl: (v) => `de eerste kop is H${v.level}; in PDF/UA beginnen koppen bij H1 en slaan ze nooit een niveau over`,
  },
  'preflight.headingSkip': {
    en: (v) => `the heading level skips from H${v.from} to H${v.to}; PDF/UA headings never skip a level`,
    nl: (v) => `het kopniveau springt van H${v.from} naar H${v.to}; in PDF/UA slaan koppen nooit een niveau over`,
  },
  'preflight.noHeading': {
    en: () => 'the document has no heading (H1); PDF/UA documents are navigated by their headings',
    nl: () => 'het document heeft geen kop (H1); in een PDF/UA-document navigeer je via de koppen',
  },
  'preflight.listKids': {
    en: (v) => `a list (L) holds ${v.roles}; its items must be LI`,
    nl: (v) => `een lijst (L) bevat ${v.roles}; de items ervan moeten LI zijn`,
  },
  'preflight.listContent': {
    en: () => 'a list (L) holds content of its own; its text belongs in LI › LBody',
    nl: () => 'een lijst (L) bevat zelf inhoud; die tekst hoort in LI › LBody',
  },
  'preflight.itemKids': {
    en: (v) => `a list item (LI) holds ${v.roles ?? 'content of its own'}; it must hold Lbl (the bullet or number) and LBody`,
    nl: (v) => `een lijstitem (LI) bevat ${v.roles ?? 'zelf inhoud'}; het moet Lbl (het opsommingsteken of nummer) en LBody bevatten`,
  },
  'preflight.itemNoBody': { en: () => 'a list item (LI) has no LBody', nl: () => 'een lijstitem (LI) heeft geen LBody' },
  'preflight.itemOutsideList': {
    en: (v) => `a list item (LI) sits in ${v.role}, not in a list (L)`,
    nl: (v) => `een lijstitem (LI) staat in ${v.role}, niet in een lijst (L)`,
  },
  'preflight.headerNoScope': {
    en: () => 'a table header cell (TH) has no Scope (Column, Row or Both)',
    nl: () => 'een kopcel van een tabel (TH) heeft geen Scope (Column, Row of Both)',
  },
  'preflight.headerScope': {
    en: (v) => `a table header cell (TH) has the Scope ${v.scope}; it must be Column, Row or Both`,
    nl: (v) => `een kopcel van een tabel (TH) heeft de Scope ${v.scope}; die moet Column, Row of Both zijn`,
  },
  'preflight.linkNoAnnotation': {
    en: () => 'a Link element holds no link annotation (OBJR)',
    nl: () => 'een Link-element bevat geen linkannotatie (OBJR)',
  },
  'preflight.linkNoText': {
    en: () => 'a Link element holds only its annotation, not the link text (or a figure with its alternative text)',
    nl: () => 'een Link-element bevat alleen zijn annotatie, niet de tekst van de link (of een afbeelding met alternatieve tekst)',
  },
  'preflight.linkNotTagged': {
    en: () => 'a link annotation is not in a Link structure element',
    nl: () => 'een linkannotatie zit niet in een Link-structuurelement',
  },
  'preflight.lowContrast': {
    en: (v) =>
      `text "${v.text}" (${v.size} pt ${v.font}) has a contrast of ${v.ratio}:1 (${v.colour} on ${v.background}); ${n(v, 'needed') === 3 ? 'large text' : 'text under 18 pt (14 pt bold)'} needs ${v.needed}:1`,
    nl: (v) =>
      `tekst "${v.text}" (${v.size} pt ${v.font}) heeft een contrast van ${v.ratio}:1 (${v.colour} op ${v.background}); ${n(v, 'needed') === 3 ? 'grote tekst' : 'tekst kleiner dan 18 pt (14 pt vet)'} vraagt ${v.needed}:1`,
  },
  'preflight.contrastUnknown': {
    en: (v) =>
      `the contrast of text "${v.text}" cannot be computed (${v.space !== undefined ? `its colour is ${v.space}` : v.under === 'image' ? 'it is drawn on an image' : 'its background is a shading or a special colour'}); check it by eye`,
    nl: (v) =>
      `het contrast van tekst "${v.text}" kan niet berekend worden (${v.space !== undefined ? `de kleur is ${v.space}` : v.under === 'image' ? 'de tekst staat op een afbeelding' : 'de achtergrond is een verloop of een speciale kleur'}); kijk het zelf na`,
  },
  'preflight.hyphenInText': {
    en: (v) => `"${v.before}" + "${v.after}": the hyphen at the line end is in the text of ${v.role}; a hyphen added by hyphenation is an artifact, so the word reads "${v.word}"`,
    nl: (v) =>
      `"${v.before}" + "${v.after}": het afbreekstreepje aan het einde van de regel staat in de tekst van ${v.role}; een streepje van de woordafbreking is een artifact, zodat het woord als "${v.word}" gelezen wordt`,
  },
  'preflight.arabicActualText': {
    en: (v) =>
      `Arabic text "${v.text}" is drawn under an ActualText: pdftotext and MuPDF set that text left to right and read it back reversed; draw the glyphs in visual order and let their ToUnicode say the letters`,
    nl: (v) =>
      `Arabische tekst "${v.text}" staat onder een ActualText: pdftotext en MuPDF zetten die tekst van links naar rechts en lezen hem omgekeerd terug; teken de glyphs in visuele volgorde en laat hun ToUnicode de letters geven`,
  },
  'preflight.latinWithoutLang': {
    en: (v) => `the Latin-script text "${v.text}" has no language of its own in a document in "${v.lang}"; give its structure element (a Span) a /Lang, so a screen reader switches voice`,
    nl: (v) => `de tekst in Latijns schrift "${v.text}" heeft geen eigen taal in een document in "${v.lang}"; geef zijn structuurelement (een Span) een /Lang, zodat een schermlezer van stem wisselt`,
  },
} satisfies Record<string, Entry>;
