// Parsed pages → an error for every RGB colour painted (paths, text, images, shadings) or declared (ColorSpace, Shading, Pattern resources, transparency groups).
import type { PDFDict, PDFObject } from '../pdfLib.js';
import { describeColourSpace } from '../colourSpaces.js';
import { position } from '../geometry.js';
import { imageLabel } from './imageResolution.js';
import { asDict, get, getDict, getName } from '../pdfObjects.js';
import type { Check, Colour, ColourSpaceInfo, Finding, Mark, PdfPage } from '../types.js';

const FILLS_TEXT = new Set([0, 2, 4, 6]);
const STROKES_TEXT = new Set([1, 2, 5, 6]);
const NEEDS = 'print needs CMYK';

export const formatValues = (values: readonly number[]): string => values.map((v) => String(Math.round(v * 1000) / 1000)).join(' ');

/** What a mark paints, with the colour space of each part. */
function paintedColours(mark: Mark): { what: string; colour?: Colour; space: ColourSpaceInfo }[] {
  switch (mark.kind) {
    case 'path': return [
      ...(mark.fill ? [{ what: 'fill colour', colour: mark.fill, space: mark.fill.space }] : []),
      ...(mark.stroke ? [{ what: 'stroke colour', colour: mark.stroke, space: mark.stroke.space }] : []),
    ];
    // No text in the message: a page of RGB text is one finding per colour, at the first run.
    case 'text': return [
      ...(FILLS_TEXT.has(mark.renderMode) ? [{ what: 'text fill colour', colour: mark.fill, space: mark.fill.space }] : []),
      ...(STROKES_TEXT.has(mark.renderMode) ? [{ what: 'text outline colour', colour: mark.stroke, space: mark.stroke.space }] : []),
    ];
    case 'image': return mark.space ? [{ what: imageLabel(mark), space: mark.space }] : [];
    case 'shading': return [{ what: `shading "${mark.name}"`, space: mark.space }];
  }
}

function checkMarks(page: PdfPage, findings: Finding[]): void {
  for (const mark of page.marks) {
    const at = 'box' in mark && mark.box ? position(mark.box, page.trim) : {};
    for (const { what, colour, space } of paintedColours(mark)) {
      if (!space.rgb && !space.alternate?.rgb) continue;
      const values = colour ? ` (${formatValues(colour.values)})` : '';
      if (space.rgb) {
        findings.push({ severity: 'error', check: 'colour-space', page: page.number, ...at, message: `${what} is ${space.label}${values}; ${NEEDS}` });
      } else if (space.alternate?.rgb) {
        findings.push({ severity: 'warning', check: 'colour-space', page: page.number, ...at, message: `${what} is ${space.label} with an RGB alternate (${space.alternate.label}); give it a CMYK alternate` });
      }
    }
  }
}

/** Declared colour spaces, each resource dictionary examined once over the document. */
function checkResources(page: PdfPage, seen: Set<PDFDict>, findings: Finding[]): void {
  const report = (obj: PDFObject | undefined, what: string) => {
    if (!obj) return;
    const space = describeColourSpace(obj);
    if (space.rgb) findings.push({ severity: 'error', check: 'colour-space', page: page.number, message: `${what} is ${space.label}; ${NEEDS}` });
  };
  const group = (owner: PDFDict | undefined, what: string) => {
    const g = getDict(owner, 'Group');
    if (g && getName(g, 'S') === 'Transparency') report(get(g, 'CS'), what);
  };
  group(page.dict, "the page's transparency group blending space");
  for (const resources of page.resources) {
    if (seen.has(resources)) continue;
    seen.add(resources);
    const each = (category: string, fn: (key: string, value: PDFObject) => void) => {
      const dict = getDict(resources, category);
      for (const key of dict?.keys() ?? []) {
        const value = dict!.lookup(key);
        if (value) fn(key.decodeText(), value);
      }
    };
    each('ColorSpace', (key, cs) => report(cs, `colour space resource "${key}"`));
    each('Shading', (key, sh) => report(get(asDict(sh), 'ColorSpace'), `shading resource "${key}"`));
    each('Pattern', (key, p) => report(get(getDict(asDict(p), 'Shading'), 'ColorSpace'), `shading pattern "${key}"`));
    each('XObject', (key, x) => {
      if (getName(asDict(x), 'Subtype') === 'Form') group(asDict(x), `the transparency group of form "${key}"`);
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
      checkResources(page, seen, findings);
    }
    return findings;
  },
};
