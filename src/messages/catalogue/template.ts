// What the templates and the markup they produce are told (Handlebars errors, elements, attributes, theme colours and styles), in Dutch and English.
import type { Entry } from './entry.js';

export const TEMPLATE = {
  // Handlebars
  'template.missingField': {
    en: (v) => `the template uses the field "${v.field}", which the content does not have`,
    nl: (v) => `het sjabloon gebruikt het veld "${v.field}", maar dat staat niet in de inhoud`,
  },
  'template.missingFieldHint': {
    en: () => 'add the field to the content, or guard it with {{#if …}} in the template',
    nl: () => 'vul het veld in de inhoud in, of zet het in het sjabloon binnen {{#if …}}',
  },
  'template.syntaxError': { en: (v) => `template syntax error: ${v.detail}`, nl: (v) => `het sjabloon is niet goed geschreven: ${v.detail}` },
  'template.error': { en: (v) => `template error: ${v.detail}`, nl: (v) => `fout in het sjabloon: ${v.detail}` },
  'template.none': { en: (v) => `there is no template for "${v.name}"`, nl: (v) => `er is geen sjabloon voor "${v.name}"` },
  // the markup a template produces
  'model.brokenMarkup': { en: (v) => `the template produced broken markup: ${v.detail}`, nl: (v) => `het sjabloon maakte ongeldige opmaakcode: ${v.detail}` },
  'model.furnitureNoFlow': {
    en: (v) => `<page furniture="${v.furniture}"> names no <flow> of this document`,
    nl: (v) => `<page furniture="${v.furniture}"> noemt geen <flow> van dit document`,
  },
  'hint.furnitureFlows': {
    en: (v) => (v.flows ? `flows: ${v.flows}` : 'add a <flow name="…" running-head="…" folio="true">'),
    nl: (v) => (v.flows ? `de flows hier: ${v.flows}` : 'voeg een <flow name="…" running-head="…" folio="true"> toe'),
  },
  'model.noDocument': { en: () => 'the template produced no <document>', nl: () => 'het sjabloon maakte geen <document>' },
  'model.rootNotDocument': {
    en: (v) => `a template must start with <document>, not <${v.element}>`,
    nl: (v) => `een sjabloon moet beginnen met <document>, niet met <${v.element}>`,
  },
  'model.notInDocument': { en: (v) => `<${v.element}> is not allowed in <document>`, nl: (v) => `<${v.element}> mag niet in <document>` },
  'model.notOnPage': { en: (v) => `<${v.element}> is not allowed on a <page>`, nl: (v) => `<${v.element}> mag niet op een <page>` },
  'model.notAllowedIn': {
    en: (v) => `<${v.element}> is not allowed in ${v.textOf ? `text of <${v.textOf}>` : v.parent ? `<${v.parent}>` : 'a text area'}`,
    nl: (v) => `<${v.element}> mag niet in ${v.textOf ? `de tekst van <${v.textOf}>` : v.parent ? `<${v.parent}>` : 'een tekstvlak'}`,
  },
  'model.allowed': { en: (v) => `allowed: ${v.allowed}`, nl: (v) => `toegestaan: ${v.allowed}` },
  'model.unknownColour': {
    en: (v) => `<${v.element}> uses the colour "${v.name}", which the theme does not define`,
    nl: (v) => `<${v.element}> gebruikt de kleur "${v.name}", maar die staat niet in het thema`,
  },
  'model.themeColours': { en: (v) => `theme colours: ${v.known}`, nl: (v) => `kleuren van het thema: ${v.known}` },
  'model.unknownStyle': {
    en: (v) => `<${v.element}> uses the style "${v.name}", which the theme does not define`,
    nl: (v) => `<${v.element}> gebruikt de stijl "${v.name}", maar die staat niet in het thema`,
  },
  'model.themeStyles': { en: (v) => `theme styles: ${v.known}`, nl: (v) => `stijlen van het thema: ${v.known}` },
  'model.tableWidths': {
    en: (v) => `<table> widths="${v.widths}" must give ${v.count} positive numbers, one per column`,
    nl: (v) => `<table> widths="${v.widths}" moet ${v.count} positieve getallen geven, één per kolom`,
  },
  'model.looseText': {
    en: (v) => `text "${v.text}" stands outside a block in <${v.parent}>; wrap it in <p>`,
    nl: (v) => `tekst "${v.text}" staat buiten een blok in <${v.parent}>; zet hem in een <p>`,
  },
  // attributes
  'model.unknownAttribute': { en: (v) => `<${v.element}> has no attribute "${v.name}"`, nl: (v) => `<${v.element}> heeft geen attribuut "${v.name}"` },
  'model.allowedAttributes': {
    en: (v) => (v.allowed ? `allowed: ${v.allowed}` : `<${v.element}> takes no attributes`),
    nl: (v) => (v.allowed ? `toegestaan: ${v.allowed}` : `<${v.element}> heeft geen attributen`),
  },
  'model.needsAttribute': { en: (v) => `<${v.element}> needs the attribute "${v.name}"`, nl: (v) => `<${v.element}> heeft het attribuut "${v.name}" nodig` },
  'model.notLength': {
    en: (v) => `<${v.element}> ${v.name}="${v.value}" is not a length such as 12 or 12mm or 9pt`,
    nl: (v) => `<${v.element}> ${v.name}="${v.value}" is geen lengte zoals 12 of 12mm of 9pt`,
  },
  'model.notNumber': {
    en: (v) => `<${v.element}> ${v.name}="${v.value}" must be a number${v.min !== undefined ? ` from ${v.min}` : ''}${v.max !== undefined ? ` to ${v.max}` : ''}`,
    nl: (v) => `<${v.element}> ${v.name}="${v.value}" moet een getal${v.min !== undefined ? ` van ${v.min}` : ''}${v.max !== undefined ? ` tot ${v.max}` : ''} zijn`,
  },
  'model.notBoolean': { en: (v) => `<${v.element}> ${v.name}="${v.value}" must be true or false`, nl: (v) => `<${v.element}> ${v.name}="${v.value}" moet true of false zijn` },
  'model.notOneOf': {
    en: (v) => `<${v.element}> ${v.name}="${v.value}" must be one of ${v.choices}`,
    nl: (v) => `<${v.element}> ${v.name}="${v.value}" moet een van deze zijn: ${v.choices}`,
  },
} satisfies Record<string, Entry>;
