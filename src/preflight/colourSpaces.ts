// A colour space (a name, an array, or a resource name) → what it is: family, component count, RGB or CMYK, a label.
import { PDFArray, PDFName, PDFStream, type PDFDict, type PDFObject } from './pdfLib.js';
import { asDict, get, getDict, getNumber, item, items, textOf } from './pdfObjects.js';
import type { ColourSpaceInfo, FileReading } from './types.js';

export const DEVICE_GRAY: ColourSpaceInfo = { family: 'DeviceGray', n: 1, rgb: false, cmyk: false, label: 'DeviceGray' };
export const DEVICE_RGB: ColourSpaceInfo = { family: 'DeviceRGB', n: 3, rgb: true, cmyk: false, label: 'DeviceRGB' };
export const DEVICE_CMYK: ColourSpaceInfo = { family: 'DeviceCMYK', n: 4, rgb: false, cmyk: true, label: 'DeviceCMYK' };
const PATTERN: ColourSpaceInfo = { family: 'Pattern', n: 0, rgb: false, cmyk: false, label: 'Pattern' };
/** Maps, not objects: a colour space a file names `constructor` is not Object's. */
const DEVICE: ReadonlyMap<string, ColourSpaceInfo> = new Map([
  ['DeviceGray', DEVICE_GRAY],
  ['DeviceRGB', DEVICE_RGB],
  ['DeviceCMYK', DEVICE_CMYK],
  ['Pattern', PATTERN],
]);
/** Inline images may abbreviate. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['G', 'DeviceGray'],
  ['RGB', 'DeviceRGB'],
  ['CMYK', 'DeviceCMYK'],
  ['I', 'Indexed'],
]);
const unabbreviated = (name: string): string => ABBREVIATIONS.get(name) ?? name;
const device = (name: string): ColourSpaceInfo | undefined => DEVICE.get(unabbreviated(name));

const UNKNOWN = (label: string): ColourSpaceInfo => ({ family: label, n: 1, rgb: false, cmyk: false, label });

/**
 * Describes a colour space object, following Indexed bases, Separation/DeviceN alternates and ICC /N; an array once per
 * file (`file.colourSpaces`): a page names the same few spaces on every colour change.
 */
export function describeColourSpace(o: PDFObject | undefined, file: FileReading, depth = 0): ColourSpaceInfo {
  if (o instanceof PDFName) {
    const name = o.decodeText();
    return device(name) ?? UNKNOWN(name);
  }
  if (!(o instanceof PDFArray) || o.size() === 0 || depth > 4) return UNKNOWN('unknown');
  let info = file.colourSpaces.get(o);
  if (!info) file.colourSpaces.set(o, (info = describeArray(o, file, depth)));
  return info;
}

function describeArray(arr: PDFArray, file: FileReading, depth: number): ColourSpaceInfo {
  const family = textOf(item(arr, 0)) ?? 'unknown';
  const arg = item(arr, 1);
  switch (unabbreviated(family)) {
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
      const base = describeColourSpace(arg, file, depth + 1);
      return { family: 'Indexed', n: 1, rgb: base.rgb, cmyk: false, label: `Indexed ${base.label}` };
    }
    case 'Separation': {
      const alternate = describeColourSpace(item(arr, 2), file, depth + 1);
      return { family, n: 1, rgb: false, cmyk: false, label: `Separation ${textOf(arg) ?? '?'}`, alternate };
    }
    case 'DeviceN': {
      const alternate = describeColourSpace(item(arr, 2), file, depth + 1);
      const colorants = arg instanceof PDFArray ? items(arg).map((c) => textOf(c) ?? '?') : [];
      return { family, n: colorants.length, rgb: false, cmyk: false, label: `DeviceN ${colorants.join('+')}`, alternate };
    }
    case 'Pattern': {
      const base = arg ? describeColourSpace(arg, file, depth + 1) : undefined;
      return { family, n: base?.n ?? 0, rgb: base?.rgb ?? false, cmyk: false, label: base ? `Pattern over ${base.label}` : 'Pattern' };
    }
    default:
      return device(family) ?? UNKNOWN(family);
  }
}

/** A colour space as named in a content stream (`/CS0 cs`, `/DeviceRGB cs`) or an image dictionary. */
export function resolveColourSpace(name: string, resources: PDFDict | undefined, file: FileReading): ColourSpaceInfo {
  const named = device(name);
  if (named) return named;
  const fromResources = get(getDict(resources, 'ColorSpace'), name);
  return fromResources ? describeColourSpace(fromResources, file) : UNKNOWN(name);
}

/** The colour space of an image XObject or an inline image dictionary entry. */
export function imageColourSpace(cs: PDFObject | undefined, resources: PDFDict | undefined, file: FileReading): ColourSpaceInfo | undefined {
  if (!cs) return undefined;
  if (cs instanceof PDFName) return resolveColourSpace(cs.decodeText(), resources, file);
  if (cs instanceof PDFStream) return undefined;
  return describeColourSpace(cs, file);
}
