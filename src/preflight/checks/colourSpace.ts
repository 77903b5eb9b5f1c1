// Parsed pages → an error for every RGB colour painted (paths, text, images, shadings) or declared (ColorSpace, Shading, Pattern resources, transparency groups).
import { FILLS_TEXT, STROKES_TEXT } from '../inks.js';
import { coded } from '../../messages/coded.js';
import type { PDFDict, PDFObject } from '../pdfLib.js';
import { describeColourSpace } from '../colourSpaces.js';
import { position } from '../geometry.js';
import { imagePart } from './imageResolution.js';
import { asDict, get, getDict, getName } from '../pdfObjects.js';
import type { Check, Colour, ColourSpaceInfo, FileReading, Finding, Mark, PdfPage } from '../types.js';

export const formatValues = (values: readonly number[]): string => values.map((v) => String(Math.round(v * 1000) / 1000)).join(' ');

/** What a mark paints (`what` and `name`, as the findings name it), with the colour space of each part. */
function paintedColours(mark: Mark): { what: string; name?: string; colour?: Colour; space: ColourSpaceInfo }[] {
  switch (mark.kind) {
    case 'path':
      return [...(mark.fill ? [{ what: 'fill', colour: mark.fill, space: mark.fill.space }] : []), ...(mark.stroke ? [{ what: 'stroke', colour: mark.stroke, space: mark.stroke.space }] : [])];
    // No text in the message: a page of RGB text is one finding per colour, at the first run.
    case 'text':
      return [
        ...(FILLS_TEXT.has(mark.renderMode) ? [{ what: 'textFill', colour: mark.fill, space: mark.fill.space }] : []),
        ...(STROKES_TEXT.has(mark.renderMode) ? [{ what: 'textOutline', colour: mark.stroke, space: mark.stroke.space }] : []),
      ];
    case 'image':
      return mark.space ? [{ ...imagePart(mark), space: mark.space }] : [];
    case 'shading':
      return [{ what: 'shading', name: mark.name, space: mark.space }];
  }
}

function checkMarks(page: PdfPage, findings: Finding[]): void {
  for (const mark of page.marks) {
    const at = 'box' in mark && mark.box ? position(mark.box, page.trim) : {};
    for (const { what, name, colour, space } of paintedColours(mark)) {
      if (!space.rgb && !space.alternate?.rgb) continue;
      const values = colour ? formatValues(colour.values) : undefined;
      if (space.rgb) {
        findings.push({ severity: 'error', check: 'colour-space', page: page.number, ...at, ...coded('preflight.rgbColour', { what, name, space: space.label, values }) });
      } else if (space.alternate?.rgb) {
        findings.push({
          severity: 'warning',
          check: 'colour-space',
          page: page.number,
          ...at,
          ...coded('preflight.rgbAlternate', { what, name, space: space.label, alternate: space.alternate.label }),
        });
      }
    }
  }
}

/** Declared colour spaces, each resource dictionary examined once over the document. */
function checkResources(page: PdfPage, file: FileReading, seen: Set<PDFDict>, findings: Finding[]): void {
  const report = (obj: PDFObject | undefined, what: string, name?: string) => {
    if (!obj) return;
    const space = describeColourSpace(obj, file);
    if (space.rgb) findings.push({ severity: 'error', check: 'colour-space', page: page.number, ...coded('preflight.rgbColour', { what, name, space: space.label }) });
  };
  const group = (owner: PDFDict | undefined, what: string, name?: string) => {
    const g = getDict(owner, 'Group');
    if (g && getName(g, 'S') === 'Transparency') report(get(g, 'CS'), what, name);
  };
  group(page.dict, 'pageGroup');
  for (const resources of page.resources) {
    if (seen.has(resources)) continue;
    seen.add(resources);
    const each = (category: string, fn: (key: string, value: PDFObject) => void) => {
      const dict = getDict(resources, category);
      if (!dict) return;
      for (const key of dict.keys()) {
        const value = dict.lookup(key);
        if (value) fn(key.decodeText(), value);
      }
    };
    each('ColorSpace', (key, cs) => report(cs, 'colourSpaceResource', key));
    each('Shading', (key, sh) => report(get(asDict(sh), 'ColorSpace'), 'shadingResource', key));
    each('Pattern', (key, p) => report(get(getDict(asDict(p), 'Shading'), 'ColorSpace'), 'shadingPattern', key));
    each('XObject', (key, x) => {
      if (getName(asDict(x), 'Subtype') === 'Form') group(asDict(x), 'formGroup', key);
    });
  }
}

export const colourSpace: Check = {
  id: 'colour-space',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    const seen = new Set<PDFDict>();
    for (const page of pdf.pages) {
      checkMarks(page, findings);
      checkResources(page, pdf.file, seen, findings);
    }
    return findings;
  },
};
