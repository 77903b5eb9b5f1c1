// Test fixtures → a hand-built two-page LaidOutDocument with every item kind, the theme and fonts it needs, a CMYK test profile, and paint options per edition.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { mm } from '../../src/units.js';
import type { LaidOutDocument } from '../../src/layout/types.js';
import type { FontRole, Theme } from '../../src/vocabulary/theme.js';
import { loadSharedFonts, type SharedFonts } from '../../src/pdf/sharedFonts.js';
import type { PaintOptions } from '../../src/pdf/paintDocument.js';
import { imageKey, prepareImage, type PreparedImage } from '../../src/assets/prepareImage.js';
import { readIcon } from '../../src/load/readIcons.js';
import { REPO } from '../support/tempProject.js';

const FONT_FILES: Theme['fonts'] = {
  regular: 'fonts/Inter-Regular.otf',
  italic: 'fonts/Inter-Italic.otf',
  semibold: 'fonts/Inter-SemiBold.otf',
  bold: 'fonts/Inter-Bold.otf',
  boldItalic: 'fonts/Inter-BoldItalic.otf',
  display: 'fonts/InterDisplay-ExtraBold.otf',
};

export const theme: Theme = {
  fonts: FONT_FILES,
  colors: {
    ink: { c: 0, m: 0, y: 0, k: 100 },
    navy: { c: 100, m: 78, y: 0, k: 38 },
    coral: { c: 0, m: 68, y: 72, k: 0 },
    paper: { c: 0, m: 0, y: 0, k: 0 },
    line: { c: 0, m: 0, y: 0, k: 35 },
    mark: { c: 0, m: 0, y: 0, k: 12 },
  },
  styles: {},
};

export function sharedFonts(): SharedFonts {
  const buffers = Object.fromEntries(Object.entries(FONT_FILES).map(([role, file]) => [role, readFileSync(path.join(REPO, file))]));
  return loadSharedFonts(buffers as Partial<Record<FontRole, Buffer>>);
}

/** The project's FOGRA39 profile when the ICC helper has built it; otherwise a quick one from the FOGRA39L data with ArgyllCMS; undefined when neither is possible. */
export function testProfile(): Buffer | undefined {
  const shipped = path.join(REPO, 'icc/FOGRA39-drukwerk.icc');
  if (existsSync(shipped)) return readFileSync(shipped);
  const dir = path.join(os.tmpdir(), 'drukwerk-test-icc');
  const built = path.join(dir, 'FOGRA39L.icc');
  if (existsSync(built)) return readFileSync(built);
  const data = '/usr/share/color/icc/FOGRA39L.ti3';
  if (!existsSync(data)) return undefined;
  try {
    mkdirSync(dir, { recursive: true });
    copyFileSync(data, path.join(dir, 'FOGRA39L.ti3'));
    execFileSync('colprof', ['-ql', '-D', 'drukwerk test FOGRA39', 'FOGRA39L'], { cwd: dir, stdio: 'ignore', timeout: 120_000 });
    return readFileSync(built);
  } catch {
    return undefined;
  }
}

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">
  <rect x="0" y="0" width="40" height="40" fill="#e30613"/>
  <circle cx="60" cy="20" r="16" fill="rgb(0, 82, 147)" opacity="0.8"/>
  <a href="https://example.org"><path d="M84 4 L116 4 L100 36 Z" fill="black" stroke="#333333"/></a>
</svg>`;

export const W = mm(148);
export const H = mm(210);

export function sampleDocument(title = 'Folder & <test> "Laat je niet vangen…"'): LaidOutDocument {
  const qr = Array.from({ length: 21 }, (_, r) => Array.from({ length: 21 }, (_, c) => (r * 7 + c * 3) % 5 < 2 || (r < 7 && c < 7)));
  return {
    material: 'flyer',
    title,
    lang: 'nl-BE',
    width: W,
    height: H,
    copyFits: [],
    outline: [
      { title: 'Je opties', level: 1, page: 1, y: 60, id: 'opties' },
      { title: 'Werken', level: 2, page: 1, y: 200, id: 'werken' },
      { title: 'Contact', level: 1, page: 2, y: 80, id: 'contact' },
    ],
    pages: [
      {
        number: 1,
        anchors: [
          { id: 'opties', y: 60 },
          { id: 'werken', y: 200 },
        ],
        items: [
          { kind: 'rect', x: 0, y: 0, width: W, height: 120, fill: 'navy', bleed: true, artifact: true },
          { kind: 'rect', x: 30, y: 380, width: 150, height: 80, fill: 'paper', stroke: 'line', strokeWidth: 0.5, radius: 6, bleed: false, artifact: true },
          { kind: 'text', x: 30, y: 60, text: 'Je opties', font: 'display', size: 24, color: 'paper', wordSpacing: 0, width: 120, tag: { id: 1, type: 'H1' } },
          { kind: 'text', x: 30, y: 150, text: 'De school verlaten zonder kwalificatie?', font: 'regular', size: 9.5, color: 'ink', wordSpacing: 0.8, width: 200, tag: { id: 2, type: 'P' } },
          { kind: 'text', x: 30, y: 163.5, text: 'Kijk op www.vdab.be', font: 'regular', size: 9.5, color: 'ink', wordSpacing: 0, width: 90, href: 'https://www.vdab.be', tag: { id: 2, type: 'P' } },
          { kind: 'text', x: 30, y: 185, text: '• Ik wil werken', font: 'regular', size: 9.5, color: 'ink', wordSpacing: 0, width: 80, tag: { id: 4, type: 'LI', parent: 3 } },
          { kind: 'text', x: 30, y: 198.5, text: '• Ik wil leren', font: 'italic', size: 9.5, color: 'ink', wordSpacing: 0, width: 80, tag: { id: 5, type: 'LI', parent: 3 } },
          { kind: 'text', x: 30, y: 220, text: 'Naar contact', font: 'bold', size: 9.5, color: 'coral', wordSpacing: 0, width: 70, goTo: 'contact', tag: { id: 6, type: 'P' } },
          { kind: 'line', x1: 30, y1: 240, x2: W - 30, y2: 240, color: 'ink', width: 0.5 },
          { kind: 'qr', x: 30, y: 260, size: 80, modules: qr, quietZone: 2, color: 'ink', alt: 'QR-code naar www.vdab.be', href: 'https://www.vdab.be', tag: { id: 7, type: 'Figure' } },
          { kind: 'icon', x: 130, y: 260, size: 16, name: 'phone', color: 'coral' },
          { kind: 'image', x: 160, y: 260, width: 150, height: 100, src: 'images/photo.png', alt: 'Een foto', tag: { id: 8, type: 'Figure', alt: 'Een foto' } },
          { kind: 'image', x: 200, y: 380, width: 120, height: 40, src: 'images/logo.svg', alt: 'Logo' },
          { kind: 'text', x: W - 40, y: H - 20, text: '1', font: 'semibold', size: 7.5, color: 'line', wordSpacing: 0, width: 4 },
        ],
      },
      {
        number: 2,
        anchors: [{ id: 'contact', y: 80 }],
        items: [
          { kind: 'text', x: 30, y: 80, text: 'Contact', font: 'bold', size: 13, color: 'navy', wordSpacing: 0, width: 60, tag: { id: 9, type: 'H2' } },
          { kind: 'rect', x: 0, y: H - 60, width: W, height: 60, fill: 'coral', bleed: true, artifact: true },
        ],
      },
    ],
  };
}

/** A 600 × 400 RGB test picture with an alpha channel: a colour gradient. */
export async function samplePhoto(): Promise<Buffer> {
  const width = 600;
  const height = 400;
  const raw = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      raw[i] = Math.round((255 * x) / width);
      raw[i + 1] = Math.round((255 * y) / height);
      raw[i + 2] = 180;
      raw[i + 3] = x < 20 ? 0 : 255;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

/** Everything paintDocument needs for one edition of the sample document. */
export async function sampleOptions(doc: LaidOutDocument, edition: 'print' | 'screen', icc: Buffer | undefined, extra: Partial<PaintOptions> = {}): Promise<PaintOptions> {
  const sources = new Map<string, Buffer>([
    ['images/photo.png', await samplePhoto()],
    ['images/logo.svg', Buffer.from(LOGO_SVG)],
  ]);
  const images = new Map<string, PreparedImage>();
  const svgs = new Map<string, string>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind === 'image') images.set(imageKey(item.src, edition, item), await prepareImage(sources.get(item.src)!, item, edition, icc));
      if (item.kind === 'icon') svgs.set(item.name, readIcon(item.name)!);
    }
  }
  return {
    edition,
    theme,
    fonts: sharedFonts(),
    images,
    svgs,
    cropMarks: true,
    bleedMm: 3,
    outputIntent:
      edition === 'print' && icc ? { icc, identifier: 'FOGRA39', condition: 'Offset printing, coated paper (ISO 12647-2)', registryName: 'http://www.color.org', info: 'Coated FOGRA39' } : undefined,
    colorProfile: icc,
    creationDate: new Date('2026-01-01T00:00:00Z'),
    ...extra,
  };
}
