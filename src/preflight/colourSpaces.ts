// A colour space (a name, an array, or a resource name) → what it is: family, component count, RGB or CMYK, a label.
import { PDFArray, PDFName, PDFStream, type PDFDict, type PDFObject } from './pdfLib.js';
import { asDict, get, getDict, getNumber, item, items, textOf } from './pdfObjects.js';
import type { ColourSpaceInfo } from './types.js';

const DEVICE: Record<string, ColourSpaceInfo> = {
  DeviceGray: { family: 'DeviceGray', n: 1, rgb: false, cmyk: false, label: 'DeviceGray' },
  DeviceRGB: { family: 'DeviceRGB', n: 3, rgb: true, cmyk: false, label: 'DeviceRGB' },
  DeviceCMYK: { family: 'DeviceCMYK', n: 4, rgb: false, cmyk: true, label: 'DeviceCMYK' },
  Pattern: { family: 'Pattern', n: 0, rgb: false, cmyk: false, label: 'Pattern' },
};
/** Inline images may abbreviate. */
const ABBREVIATIONS: Record<string, string> = { G: 'DeviceGray', RGB: 'DeviceRGB', CMYK: 'DeviceCMYK', I: 'Indexed' };

export const DEVICE_GRAY = DEVICE.DeviceGray;
const UNKNOWN = (label: string): ColourSpaceInfo => ({ family: label, n: 1, rgb: false, cmyk: false, label });

const cache = new WeakMap<object, ColourSpaceInfo>();

/** Describes a colour space object, following Indexed bases, Separation/DeviceN alternates and ICC /N. */
export function describeColourSpace(o: PDFObject | undefined, depth = 0): ColourSpaceInfo {
  if (o instanceof PDFName) {
    const name = o.decodeText();
    return DEVICE[ABBREVIATIONS[name] ?? name] ?? UNKNOWN(name);
  }
  if (!(o instanceof PDFArray) || o.size() === 0 || depth > 4) return UNKNOWN('unknown');
  const cached = cache.get(o);
  if (cached) return cached;
  const info = describeArray(o, depth);
  cache.set(o, info);
  return info;
}

function describeArray(arr: PDFArray, depth: number): ColourSpaceInfo {
  const family = textOf(item(arr, 0)) ?? 'unknown';
  const arg = item(arr, 1);
  switch (ABBREVIATIONS[family] ?? family) {
    case 'ICCBased': {
      const n = getNumber(asDict(arg), 'N') ?? 0;
      const kind = n === 1 ? 'Gray' : n === 3 ? 'RGB' : n === 4 ? 'CMYK' : `${n} components`;
      return { family, n, rgb: n === 3, cmyk: n === 4, label: `ICCBased ${kind}` };
    }
    case 'CalRGB':
      return { family, n: 3, rgb: true, cmyk: false, label: 'CalRGB' };
    case 'CalGray':
      return { family, n: 1, rgb: false, cmyk: false, label: 'CalGray' };
    case 'Lab':
      return { family, n: 3, rgb: false, cmyk: false, label: 'Lab' };
    case 'Indexed': {
      const base = describeColourSpace(arg, depth + 1);
      return { family: 'Indexed', n: 1, rgb: base.rgb, cmyk: false, label: `Indexed ${base.label}` };
    }
    case 'Separation': {
      const alternate = describeColourSpace(item(arr, 2), depth + 1);
      return { family, n: 1, rgb: false, cmyk: false, label: `Separation ${textOf(arg) ?? '?'}`, alternate };
    }
    case 'DeviceN': {
      const alternate = describeColourSpace(item(arr, 2), depth + 1);
      const colorants = arg instanceof PDFArray ? items(arg).map((c) => textOf(c) ?? '?') : [];
      return { family, n: colorants.length, rgb: false, cmyk: false, label: `DeviceN ${colorants.join('+')}`, alternate };
    }
    case 'Pattern': {
      const base = arg ? describeColourSpace(arg, depth + 1) : undefined;
      return { family, n: base?.n ?? 0, rgb: base?.rgb ?? false, cmyk: false, label: base ? `Pattern over ${base.label}` : 'Pattern' };
    }
    default: {
      const device = DEVICE[ABBREVIATIONS[family] ?? family];
      return device ?? UNKNOWN(family);
    }
  }
}

/** A colour space as named in a content stream (`/CS0 cs`, `/DeviceRGB cs`) or an image dictionary. */
export function resolveColourSpace(name: string, resources: PDFDict | undefined): ColourSpaceInfo {
  const device = DEVICE[ABBREVIATIONS[name] ?? name];
  if (device) return device;
  const fromResources = get(getDict(resources, 'ColorSpace'), name);
  return fromResources ? describeColourSpace(fromResources) : UNKNOWN(name);
}

/** The colour space of an image XObject or an inline image dictionary entry. */
export function imageColourSpace(cs: PDFObject | undefined, resources: PDFDict | undefined): ColourSpaceInfo | undefined {
  if (!cs) return undefined;
  if (cs instanceof PDFName) return resolveColourSpace(cs.decodeText(), resources);
  if (cs instanceof PDFStream) return undefined;
  return describeColourSpace(cs);
}
