// Parsed pages → an error for lines under 1.5 pt printed in more than one process ink (misregistration splits them into coloured hairlines): one finding per page, colour and kind (stroked lines, hairline fills).
import { coded } from '../../messages/coded.js';
import { fmt2, overlaps, position } from '../geometry.js';
import { colourLabel, inksOf, isRegistration } from '../inks.js';
import type { Check, Colour, Finding, PathMark } from '../types.js';

/**
 * A line thinner than this is one ink. The project's own number for its multi-ink artwork (images/README.md: the net's
 * thinnest stroke, in three inks, is 1.5 pt wherever it is placed; templates/theme.yaml says the same of `net`):
 * MATERIALS.md asks thin lines in one ink and this is where "thin" ends. Offset registers within about 0.1 mm (0.3 pt)
 * per ink; under 1.5 pt that shift is a fifth of the line or more, and shows as a coloured fringe or a doubled line.
 */
export const SINGLE_INK_LINE_PT = 1.5;

/** A fill thinner than this paints nothing a plate can hold (a degenerate, zero-area path): not a line. */
const NO_AREA_PT = 0.01;
/** Colours per page reported one by one; a page with more (a hostile file: every path its own colour) reports these first. */
const MAX_COLOURS_PER_PAGE = 50;

interface Seen {
  kind: 'stroke' | 'fill';
  colour: Colour;
  inks: number;
  first: PathMark;
  thinnest: number;
  count: number;
}

const sameColour = (a: Colour, b: Colour): boolean => a.space === b.space && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

/** The colour with as many values as its space has components: a hostile `scn` with a thousand operands labels as four. */
const labelOf = (colour: Colour): string => colourLabel({ space: colour.space, values: colour.values.slice(0, Math.max(1, colour.space.n)) });

export const thinLineInks: Check = {
  id: 'thin-line-inks',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    for (const page of pdf.pages) {
      const seen = new Map<string, Seen>();
      const thin = (kind: 'stroke' | 'fill', colour: Colour, width: number, mark: PathMark) => {
        if (isRegistration(colour)) return;
        const inks = inksOf(colour);
        if (!inks || inks.length <= 1) return;
        const key = `${kind} ${labelOf(colour)}`;
        const was = seen.get(key);
        if (was) {
          was.count++;
          if (width < was.thinnest) was.thinnest = width;
        } else if (seen.size < MAX_COLOURS_PER_PAGE) seen.set(key, { kind, colour, inks: inks.length, first: mark, thinnest: width, count: 1 });
      };
      for (const mark of page.marks) {
        if (mark.kind !== 'path') continue;
        const { fill, stroke, box } = mark;
        // a stroke in the colour of its own fill only widens the shape: its edge is the area's, not a line's
        const sameAsFill = !!fill && !!stroke && sameColour(fill, stroke);
        const strokeThin = !!stroke && !sameAsFill && mark.thinnestLineWidth < SINGLE_INK_LINE_PT - 1e-4;
        // cheap, from the box alone: a rule drawn as a thin rectangle (a thin shape at a slant has a wide box and is not seen)
        const narrow = fill ? Math.min(box.x1 - box.x0, box.y1 - box.y0) + (sameAsFill ? mark.thinnestLineWidth : 0) : 0;
        const fillThin = !!fill && narrow >= NO_AREA_PT && narrow < SINGLE_INK_LINE_PT - 1e-4;
        // marks wholly outside the trim (crop marks, slug) are cut off
        if ((!strokeThin && !fillThin) || !overlaps(box, page.trim)) continue;
        if (strokeThin && stroke) thin('stroke', stroke, mark.thinnestLineWidth, mark);
        if (fillThin && fill) thin('fill', fill, narrow, mark);
      }
      for (const { kind, colour, inks, first, thinnest, count } of seen.values()) {
        findings.push({
          severity: 'error',
          check: 'thin-line-inks',
          page: page.number,
          ...position(first.box, page.trim),
          ...coded('preflight.thinLineInks', { kind, count, width: fmt2(thinnest), inks, colour: labelOf(colour), limit: SINGLE_INK_LINE_PT }),
        });
      }
    }
    return findings;
  },
};
