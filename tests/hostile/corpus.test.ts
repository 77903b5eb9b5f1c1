// The corpus of broken and hostile inputs (corpusCases.ts), each run through runBuild({dryRun: true}) on a temporary copy of the project: the exact diagnostics it gives, nothing else new.
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { formatDiagnostic, sortDiagnostics } from '../../src/diagnostics.js';
import type { JobFilter } from '../../src/variant/planJobs.js';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { CASES } from './corpusCases.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const DEFAULT_FILTER: JobFilter = { materials: ['poster'], regions: ['oostende'], langs: ['nl'] };

async function diagnose(root: string, filter: JobFilter): Promise<string[]> {
  const result = await runBuild({ root, outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true, ...filter });
  return sortDiagnostics(withoutOpenContacts(result.diagnostics)).map((d) => formatDiagnostic(d));
}

/** What the unchanged project reports (other work in progress may add warnings): a case is judged on what it adds. */
let baseline: Set<string>;
beforeAll(async () => {
  const p = await tempProject();
  baseline = new Set([...(await diagnose(p.root, DEFAULT_FILTER)), ...(await diagnose(p.root, { ...DEFAULT_FILTER, materials: ['flyer'] }))]);
  await p.dispose();
});

/**
 * `{line ⟨text⟩}` in an expectation is the number of the first line of the diagnostic's file that reads `text` (trimmed):
 * the shipped files the cases change are being edited, so a case pins the line by what it wrote, not by its number.
 */
async function resolveLine(p: TempProject, expected: string): Promise<string> {
  const m = /\{line ⟨(.+?)⟩\}/.exec(expected);
  if (!m) return expected;
  const file = expected.slice(0, expected.indexOf(':'));
  const index = (await p.read(file)).split('\n').findIndex((l) => l.trim() === m[1]);
  if (index === -1) throw new Error(`fixture: no line "${m[1]}" in ${file}`);
  return expected.replace(m[0], String(index + 1));
}

/** file:line:column  severity  message, then field, variant and hint: exactly as the CLI prints them. */
const EXPECTED: Record<string, string[]> = {
  'a region file that is not UTF-8 (Latin-1 ë)': [
    'content/regions/oostende.yaml:2:17  error  the file is not UTF-8 text (invalid byte 0xCB at offset 32)\n    hint: save the file as UTF-8 in your editor',
  ],
  'a contact name with a control character written as an escape': [
    'content/regions/oostende.yaml:{line ⟨name: "Youth\\x07Start"⟩}:11  error  "contacts.youthstart.name" contains the control character U+0007 (at character 6)\n    field: contacts.youthstart.name\n    hint: remove it: only tabs and line breaks are allowed in text',
  ],
  'a contact name with a raw control character': [
    'content/regions/oostende.yaml:{line ⟨name: "Youth\u0001Start"⟩}:11  error  "contacts.youthstart.name" contains the control character U+0001 (at character 6)\n    field: contacts.youthstart.name\n    hint: remove it: only tabs and line breaks are allowed in text',
  ],
  'a contact name in Devanagari, which no font can draw': [
    'content/regions/oostende.yaml:{line ⟨name: "युवा"⟩}:11  error  the font has no glyph for "य" (U+092F) in flyer (oostende)\n    field: contacts.youthstart.name\n    in: flyer/oostende/nl\n    hint: replace the character, or use a font (bold) that has it',
    'content/regions/oostende.yaml:{line ⟨name: "युवा"⟩}:11  error  the font has no glyph for "व" (U+0935) in flyer (oostende)\n    field: contacts.youthstart.name\n    in: flyer/oostende/nl\n    hint: replace the character, or use a font (bold) that has it',
    'content/regions/oostende.yaml:{line ⟨name: "युवा"⟩}:11  error  the font has no glyph for "ा" (U+093E) in flyer (oostende)\n    field: contacts.youthstart.name\n    in: flyer/oostende/nl\n    hint: replace the character, or use a font (bold) that has it',
    'content/regions/oostende.yaml:{line ⟨name: "युवा"⟩}:11  error  the font has no glyph for "ु" (U+0941) in flyer (oostende)\n    field: contacts.youthstart.name\n    in: flyer/oostende/nl\n    hint: replace the character, or use a font (bold) that has it',
  ],
  'a YAML syntax error': ['content/regions/oostende.yaml:{line ⟨name: "YouthStart⟩}:22  error  YAML syntax error: Missing closing "quote'],
  'a key twice in one map': [
    'content/regions/oostende.yaml:{line ⟨name: "YouthStart again"⟩}:5  error  the key "name" appears twice in "contacts.youthstart"; keep one\n    field: contacts.youthstart.name',
  ],
  'an unknown field with a typo': [
    'content/regions/oostende.yaml:{line ⟨webiste: "www.youthstart.be"⟩}:5  error  unknown field "webiste" in a region — did you mean "website"?\n    field: contacts.youthstart.webiste\n    hint: allowed here: name, description, phone, email, website, address, hours, kind, verify, sources',
  ],
  'a list where a text belongs': ['content/regions/oostende.yaml:{line ⟨name: [Youth, Start]⟩}:11  error  "contacts.youthstart.name" must be a text, not a list\n    field: contacts.youthstart.name'],
  'a number where a text belongs': ['content/regions/oostende.yaml:{line ⟨name: 42⟩}:11  error  "contacts.youthstart.name" must be a text, not the number 42\n    field: contacts.youthstart.name'],
  'a map as a key': ['content/regions/oostende.yaml:{line ⟨? {a: 1}⟩}:7  error  a key must be a plain name, not a list, map or alias\n    field: contacts.youthstart'],
  'a __proto__ key': [
    'content/regions/oostende.yaml:{line ⟨__proto__: {polluted: true}⟩}:5  error  the key "__proto__" cannot be used: it is a name reserved by the program\n    field: contacts.youthstart.__proto__\n    hint: choose another name (ids use lower-case letters, digits and dashes)',
  ],
  'a contact whose id is __proto__, with an invalid phone': [
    'content/regions/oostende.yaml:{line ⟨__proto__:⟩}:3  error  the key "__proto__" cannot be used: it is a name reserved by the program\n    field: contacts.__proto__\n    hint: choose another name (ids use lower-case letters, digits and dashes)',
  ],
  'a contact whose id is constructor': [
    'content/regions/oostende.yaml:{line ⟨constructor:⟩}:3  error  the key "constructor" cannot be used: it is a name reserved by the program\n    field: contacts.constructor\n    hint: choose another name (ids use lower-case letters, digits and dashes)',
  ],
  'a !!js/function tag': [
    'content/regions/oostende.yaml:{line ⟨name: !!js/function "function () { return 1 }"⟩}:11  error  the YAML tag !!js/function is not supported: drukwerk reads only text, numbers, true/false, lists and maps\n    field: contacts.youthstart.name\n    hint: remove the tag; write the value as plain text (in quotes if it starts with !)',
  ],
  'a local tag and a !!binary tag': [
    'content/regions/oostende.yaml:{line ⟨name: !mine "YouthStart"⟩}:11  error  the YAML tag !mine is not supported: drukwerk reads only text, numbers, true/false, lists and maps\n    field: contacts.youthstart.name\n    hint: remove the tag; write the value as plain text (in quotes if it starts with !)',
    'content/regions/oostende.yaml:{line ⟨hours: !!binary aGVsbG8=⟩}:12  error  the YAML tag !!binary is not supported: drukwerk reads only text, numbers, true/false, lists and maps\n    field: contacts.youthstart.hours\n    hint: remove the tag; write the value as plain text (in quotes if it starts with !)',
  ],
  'an alias before its anchor': ['content/regions/oostende.yaml:{line ⟨name: *name⟩}:11  error  the alias *name has no anchor &name before it\n    field: contacts.youthstart.name'],
  'an alias inside the list it refers to': [
    'content/regions/oostende.yaml:{line ⟨name: &loop [*loop]⟩}:18  error  the alias *loop is inside the list or map it refers to\n    field: contacts.youthstart.name[0]\n    hint: an alias may only repeat a value defined before it, outside it',
  ],
  'an alias bomb': ['content/regions/oostende.yaml:1:1  error  the YAML uses too many aliases (more than 100 expansions); write the values out'],
  'data nested 40 levels deep': [
    'content/regions/oostende.yaml:{line ⟨name: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]⟩}:40  error  the data is nested more than 32 levels deep\n    field: contacts.youthstart.name[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]\n    hint: content needs only a few levels of lists and maps',
  ],
  'a text of 5000 characters': [
    'content/regions/oostende.yaml:{line ⟨name: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"⟩}:11  error  "contacts.youthstart.name" is longer than 4000 characters\n    field: contacts.youthstart.name',
  ],
  'a region file over 1 MB': ['content/regions/oostende.yaml  error  the file is too large: 1048676 bytes (1.00 MB), the limit for content, regions and templates is 1048576 bytes (1.00 MB)'],
  'an image over 20 MB': [
    'images/huge.png  error  the file is too large: 20971521 bytes (20.0 MB), the limit for images is 20971520 bytes (20.0 MB)\n    hint: save the image at the size it is printed (300 ppi is enough)',
  ],
  'an image header claiming 20000 × 20000 pixels': [
    'images/bomb.png  error  the image is too large: 20000 × 20000 pixels (400 megapixels), the limit is 100 megapixels\n    hint: save the image at the size it is printed (300 ppi is enough)',
  ],
  'a file named .png that is not an image': ['images/fake.png  error  the file is not an image drukwerk can read (png, jpg, tif, webp or svg)\n    hint: open it in an image editor and save it again'],
  'a logo that is a web address': [
    'content/regions/oostende.yaml:{line ⟨logo: https://evil.example/logo.png⟩}:7  error  "logo" must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in images/)\n    field: logo',
  ],
  'a logo with an absolute path': [
    'content/regions/oostende.yaml:{line ⟨logo: /etc/passwd⟩}:7  error  "logo" must be a path inside the project, not an absolute path, such as images/logos/oostende.svg\n    field: logo',
  ],
  'a logo that leaves the project with ..': ['content/regions/oostende.yaml:{line ⟨logo: images/../../etc/passwd⟩}:7  error  "logo" must not leave the project folder\n    field: logo'],
  'a theme font outside the project': ['templates/theme.yaml:{line ⟨regular: ../../usr/share/fonts/x.otf⟩}:12  error  "fonts.regular" must not leave the project folder\n    field: fonts.regular'],
  'a theme font that is a web address': [
    'templates/theme.yaml:{line ⟨bold: https://fonts.example/Inter-Bold.otf⟩}:9  error  "fonts.bold" must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in fonts/)\n    field: fonts.bold',
  ],
  'an image src in a template that is a web address': [
    'templates/poster.hbs:{line ⟨<image src="https://evil.example/x.png" width="20" height="10" alt="logo"/>⟩}:7  error  the image "https://evil.example/x.png" must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in images/)\n    in: poster/oostende/nl',
  ],
  'an image src in a template that is a font': [
    'templates/poster.hbs:{line ⟨<image src="fonts/Inter-Regular.otf" width="20" height="10" alt="logo"/>⟩}:7  error  the image "fonts/Inter-Regular.otf" must be a path inside images/, such as images/logos/oostende.svg\n    in: poster/oostende/nl',
  ],
  'an image src in a template that is the ICC profile': [
    'templates/poster.hbs:{line ⟨<image src="icc/FOGRA39-drukwerk.icc" width="20" height="10" alt="logo"/>⟩}:7  error  the image "icc/FOGRA39-drukwerk.icc" must be a path inside images/, such as images/logos/oostende.svg\n    in: poster/oostende/nl',
  ],
  'an image that is a symbolic link to a file outside the project': [
    'images/secret.png  error  images/secret.png is a symbolic link that points outside the project; drukwerk reads only files inside the project folder\n    hint: copy the file into the project instead of linking to it',
  ],
  'the images folder is a symbolic link outside the project': [
    'images  error  images is a symbolic link that points outside the project; drukwerk reads only files inside the project folder\n    hint: copy the file into the project instead of linking to it',
  ],
  'a region file that is a named pipe': ['content/regions/pipe.yaml  warning  skipped content/regions/pipe.yaml: it is not a file but a named pipe, socket or device'],
  'an image that is a link to a named pipe in the project': ['images/pipe.png  warning  skipped images/pipe.png: it is not a file but a named pipe, socket or device'],
  'a dangling symbolic link': ['images/dangling.svg  warning  skipped the symbolic link images/dangling.svg: it points to nothing'],
  'an SVG that refers to a file outside itself': [
    'images/evil.svg:2:10  error  the SVG refers to "file:///etc/passwd" outside itself (xlink:href); drukwerk reads nothing outside the project and fetches nothing from the network\n    hint: embed what the SVG needs, or place the other image as an image of its own',
  ],
  'an SVG with entity declarations': [
    'images/lol.svg:2:1  error  the SVG has a DOCTYPE or entity declarations, which drukwerk does not read\n    hint: export the SVG again without a DOCTYPE (plain SVG, not "SVG 1.1 with DTD")',
  ],
  'a template with a triple-stash': [
    'templates/poster.hbs:{line ⟨<h1 style="poster-title" outline="false">{{{content.headline}}}</h1>⟩}:48  error  the template outputs content unescaped ({{{…}}}), which would let content inject markup\n    hint: use {{…}} for plain text or {{rich …}} for **emphasis**',
  ],
  'a template reaching for the prototype of content': [
    'templates/poster.hbs:{line ⟨<h1 style="poster-title" outline="false">{{content.constructor.name}}{{lookup content "__proto__"}}</h1>⟩}:50  error  the template uses the field "name", which the content does not have\n    in: poster/oostende/nl\n    hint: add the field to the content, or guard it with {{#if …}} in the template',
  ],
  'a partial with {{& …}}': [
    'templates/partials/contact-card.hbs:{line ⟨{{#if description}}<p style="contact">{{& description}}</p>{{/if}}⟩}:39  error  the template outputs content unescaped ({{& …}}), which would let content inject markup\n    hint: use {{…}} for plain text or {{rich …}} for **emphasis**',
  ],
};

describe('the hostile corpus', () => {
  it('has an expectation for every case, and every case expects at least one diagnostic', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map((c) => c.name).sort());
    for (const [name, ds] of Object.entries(EXPECTED)) expect(ds.length, name).toBeGreaterThan(0);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const p = await tempProject();
    try {
      await c.setup(p);
      const added = (await diagnose(p.root, c.filter ?? DEFAULT_FILTER)).filter((d) => !baseline.has(d));
      expect(added).toEqual(await Promise.all(EXPECTED[name].map((d) => resolveLine(p, d))));
      for (const d of added) expect(d).not.toMatch(/^\s+at /m);
    } finally {
      await p.dispose();
    }
  });
});
