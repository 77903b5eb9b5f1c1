// The corpus of broken and hostile inputs: each case changes a temporary copy of the shipped project; corpus.test.ts holds the exact diagnostics each must give.
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { TempProject } from '../support/tempProject.js';
import type { JobFilter } from '../../src/variant/planJobs.js';

/** Node has no call that makes a named pipe. */
const mkfifo = (file: string): void => void execFileSync('mkfifo', [file]);

export interface HostileCase {
  name: string;
  setup(p: TempProject): Promise<void>;
  /** Which jobs to lay out (faster than all). */
  filter?: JobFilter;
}

const REGION = 'content/regions/oostende.yaml';
const PROVINCE = 'content/regions/west-vlaanderen.yaml';
const THEME = 'templates/theme.yaml';
const YOUTHSTART = /  youthstart:\n    name: "YouthStart"\n/;
/** Replaces the name of the YouthStart contact (content/regions/oostende.yaml, line 34) by `yaml`, written as is. */
const youthstartName = (p: TempProject, yaml: string) => p.replace(REGION, YOUTHSTART, `  youthstart:\n    name: ${yaml}\n`);

/** A PNG claiming `width` × `height` pixels with almost no pixel data: a decompression bomb's header. */
export function pngHeader(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1))), chunk('IEND', Buffer.alloc(0))]);
}

const SVG_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123456"/></svg>\n';
/** The poster shows the region's logo top right (a template change of this test only). */
const posterWithLogo = (p: TempProject, src = '{{region.logo}}') =>
  p.replace(
    'templates/poster.hbs',
    '    <frame name="kicker"',
    `    <frame name="logo" x="255" y="22" width="20" height="10">\n      <image src="${src}" width="20" height="10" alt="logo"/>\n    </frame>\n    <frame name="kicker"`,
  );
const withLogo = async (p: TempProject, logo: string) => {
  await p.replace(REGION, 'kind: municipality\n', `kind: municipality\nlogo: ${logo}\n`);
  await posterWithLogo(p);
};
const POSTER: JobFilter = { materials: ['poster'], regions: ['oostende'], langs: ['nl'] };
const FLYER: JobFilter = { materials: ['flyer'], regions: ['oostende'], langs: ['nl'] };

export const CASES: HostileCase[] = [
  // encodings
  {
    name: 'a region file that is not UTF-8 (Latin-1 ë)',
    setup: (p) => p.write(REGION, Buffer.concat([Buffer.from('status: concept\nname: "Oostende'), Buffer.from(' Ë', 'latin1'), Buffer.from('"\nextends: west-vlaanderen\n')])),
  },
  { name: 'a contact name with a control character written as an escape', setup: (p) => youthstartName(p, '"Youth\\x07Start"') },
  { name: 'a contact name with a raw control character', setup: (p) => youthstartName(p, '"Youth\u0001Start"') },
  // Arabic has a font now (Noto Sans Arabic, for Arabic-script runs): Devanagari has none
  { name: 'a contact name in Devanagari, which no font can draw', setup: (p) => youthstartName(p, '"युवा"'), filter: FLYER },
  // structure
  { name: 'a YAML syntax error', setup: (p) => youthstartName(p, '"YouthStart') },
  { name: 'a key twice in one map', setup: (p) => youthstartName(p, '"YouthStart"\n    name: "YouthStart again"') },
  { name: 'an unknown field with a typo', setup: (p) => p.replace(REGION, '    name: "YouthStart"\n', '    name: "YouthStart"\n    webiste: "www.youthstart.be"\n') },
  { name: 'a list where a text belongs', setup: (p) => youthstartName(p, '[Youth, Start]') },
  { name: 'a number where a text belongs', setup: (p) => youthstartName(p, '42') },
  { name: 'a map as a key', setup: (p) => youthstartName(p, '"YouthStart"\n    ? {a: 1}\n    : x') },
  { name: 'a __proto__ key', setup: (p) => youthstartName(p, '"YouthStart"\n    __proto__: {polluted: true}') },
  {
    name: 'a contact whose id is __proto__, with an invalid phone',
    setup: (p) => p.replace(REGION, YOUTHSTART, `  __proto__:\n    name: "Verdwenen"\n    phone: "geen nummer"\n  youthstart:\n    name: "YouthStart"\n`),
  },
  { name: 'a contact whose id is constructor', setup: (p) => p.replace(REGION, YOUTHSTART, `  constructor:\n    name: "Bouwer"\n  youthstart:\n    name: "YouthStart"\n`) },
  { name: 'a !!js/function tag', setup: (p) => youthstartName(p, '!!js/function "function () { return 1 }"') },
  { name: 'a local tag and a !!binary tag', setup: (p) => p.replace(REGION, '    name: "YouthStart"\n', '    name: !mine "YouthStart"\n    hours: !!binary aGVsbG8=\n') },
  { name: 'an alias before its anchor', setup: (p) => youthstartName(p, '*name') },
  { name: 'an alias inside the list it refers to', setup: (p) => youthstartName(p, '&loop [*loop]') },
  // bounded work
  {
    name: 'an alias bomb',
    setup: (p) =>
      youthstartName(p, `x\n    b0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `    b${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}`),
  },
  { name: 'data nested 40 levels deep', setup: (p) => youthstartName(p, `${'['.repeat(40)}x${']'.repeat(40)}`) },
  { name: 'a text of 5000 characters', setup: (p) => youthstartName(p, `"${'a'.repeat(5000)}"`) },
  {
    name: 'a region file over 1 MB',
    setup: async (p) => {
      const text = `${await p.read(REGION)}\n# `;
      await p.write(REGION, `${text}${'x'.repeat(1024 * 1024 + 100 - Buffer.byteLength(text))}`); // 1 048 676 bytes
    },
  },
  { name: 'an image over 20 MB', setup: (p) => p.write('images/huge.png', Buffer.alloc(20 * 1024 * 1024 + 1)) },
  { name: 'an image header claiming 20000 × 20000 pixels', setup: (p) => p.write('images/bomb.png', pngHeader(20000, 20000)) },
  { name: 'a file named .png that is not an image', setup: (p) => p.write('images/fake.png', 'not an image at all') },
  // files stay inside the project
  { name: 'a logo that is a web address', setup: (p) => withLogo(p, 'https://evil.example/logo.png'), filter: POSTER },
  { name: 'a logo with an absolute path', setup: (p) => withLogo(p, '/etc/passwd'), filter: POSTER },
  { name: 'a logo that leaves the project with ..', setup: (p) => withLogo(p, 'images/../../etc/passwd'), filter: POSTER },
  { name: 'a theme font outside the project', setup: (p) => p.replace(THEME, 'regular: fonts/Inter-Regular.otf', 'regular: ../../usr/share/fonts/x.otf') },
  { name: 'a theme font that is a web address', setup: (p) => p.replace(THEME, 'bold: fonts/Inter-Bold.otf', 'bold: https://fonts.example/Inter-Bold.otf') },
  { name: 'an image src in a template that is a web address', setup: (p) => posterWithLogo(p, 'https://evil.example/x.png'), filter: POSTER },
  { name: 'an image src in a template that is a font', setup: (p) => posterWithLogo(p, 'fonts/Inter-Regular.otf'), filter: POSTER },
  { name: 'an image src in a template that is the ICC profile', setup: (p) => posterWithLogo(p, 'icc/FOGRA39-drukwerk.icc'), filter: POSTER },
  {
    name: 'an image that is a symbolic link to a file outside the project',
    setup: async (p) => {
      await p.write('images/keep.txt', '');
      await symlink('/etc/hostname', path.join(p.root, 'images/secret.png'));
    },
  },
  {
    name: 'the images folder is a symbolic link outside the project',
    setup: async (p) => {
      await p.remove('images');
      await symlink('/usr/share', path.join(p.root, 'images'));
    },
  },
  // a pipe blocks whoever opens it until something writes to it: it is never opened, and said
  { name: 'a region file that is a named pipe', setup: async (p) => mkfifo(path.join(p.root, 'content/regions/pipe.yaml')) },
  {
    name: 'an image that is a link to a named pipe in the project',
    setup: async (p) => {
      mkfifo(path.join(p.root, 'images/pipe'));
      await symlink(path.join(p.root, 'images/pipe'), path.join(p.root, 'images/pipe.png'));
    },
  },
  { name: 'a dangling symbolic link', setup: (p) => symlink(path.join(p.root, 'images/gone.svg'), path.join(p.root, 'images/dangling.svg')).then(() => undefined) },
  {
    name: 'an SVG that refers to a file outside itself',
    setup: (p) =>
      p.write('images/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n  <image xlink:href="file:///etc/passwd" width="10" height="10"/>\n</svg>\n'),
  },
  {
    name: 'an SVG with entity declarations',
    setup: (p) => p.write('images/lol.svg', '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY lol "lol">]>\n<svg xmlns="http://www.w3.org/2000/svg">&lol;</svg>\n'),
  },
  // templates are code, content is data
  { name: 'a template with a triple-stash', setup: (p) => p.replace('templates/poster.hbs', '{{content.headline}}', '{{{content.headline}}}') },
  {
    name: 'a template reaching for the prototype of content',
    setup: (p) => p.replace('templates/poster.hbs', '{{content.headline}}', '{{content.constructor.name}}{{lookup content "__proto__"}}'),
    filter: POSTER,
  },
  { name: 'a partial with {{& …}}', setup: (p) => p.replace('templates/partials/contact-card.hbs', '{{description}}', '{{& description}}') },
];

export { SVG_LOGO, REGION, PROVINCE, withLogo, posterWithLogo, youthstartName, POSTER, FLYER };
