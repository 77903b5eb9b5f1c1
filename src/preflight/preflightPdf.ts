// PDF bytes and the edition → preflight findings from every check that applies, sorted and without duplicates.
import { coded } from '../messages/coded.js';
import { annotations } from './checks/annotations.js';
import { blackOverprint } from './checks/blackOverprint.js';
import { pageCount } from './checks/pageCount.js';
import { reversedText } from './checks/reversedText.js';
import { rtlDirection } from './checks/rtlDirection.js';
import { smallTextInks } from './checks/smallTextInks.js';
import { thinLineInks } from './checks/thinLineInks.js';
import { colourSpace } from './checks/colourSpace.js';
import { fontsEmbedded } from './checks/fontsEmbedded.js';
import { imageResolution } from './checks/imageResolution.js';
import { inkCoverage } from './checks/inkCoverage.js';
import { lineWidth } from './checks/lineWidth.js';
import { outputIntent } from './checks/outputIntent.js';
import { pageBoxes } from './checks/pageBoxes.js';
import { pdfxIdentification } from './checks/pdfxIdentification.js';
import { safeZone } from './checks/safeZone.js';
import { screenAccessibility } from './checks/screenAccessibility.js';
import { textSize } from './checks/textSize.js';
import { uaIdentification } from './checks/uaIdentification.js';
import { structureRules } from './checks/structureRules.js';
import { textContrast } from './checks/textContrast.js';
import { lineEndHyphens } from './checks/lineEndHyphens.js';
import { rightToLeftText } from './checks/rightToLeftText.js';
import { readPdf } from './readPdf.js';
import { detectEdition, type DetectedEdition } from './detectEdition.js';
import { LimitExceeded } from './limits.js';
import type { Check, Finding, ParsedPdf, PreflightOptions, ResolvedOptions } from './types.js';

export type { Finding, PreflightOptions } from './types.js';

/** In the order findings are listed within a page. */
export const CHECKS: readonly Check[] = [
  pageBoxes,
  outputIntent,
  pdfxIdentification,
  fontsEmbedded,
  colourSpace,
  inkCoverage,
  imageResolution,
  safeZone,
  textSize,
  lineWidth,
  annotations,
  screenAccessibility,
  uaIdentification,
  structureRules,
  textContrast,
  lineEndHyphens,
  rightToLeftText,
  smallTextInks,
  thinLineInks,
  reversedText,
  blackOverprint,
  pageCount,
  rtlDirection,
];

export function resolveOptions(opts: PreflightOptions): ResolvedOptions {
  const print = opts.edition === 'print';
  const minImagePpi = opts.minImagePpi ?? (print ? 300 : 150);
  return {
    edition: opts.edition,
    bleedMm: opts.bleedMm ?? 3,
    safeZoneMm: opts.safeZoneMm ?? 5,
    minImagePpi,
    warnImagePpi: opts.warnImagePpi ?? (print && opts.minImagePpi === undefined ? 250 : minImagePpi),
    minTextPt: opts.minTextPt ?? 6,
    minLineWidthPt: opts.minLineWidthPt ?? 0.25,
    maxInk: opts.maxInk ?? 300,
    pageMultiple: opts.pageMultiple ?? 0,
  };
}

/** Runs the checks of the edition over an already parsed PDF. */
export function runChecks(pdf: ParsedPdf, opts: PreflightOptions): Finding[] {
  const resolved = resolveOptions(opts);
  const order = new Map<string, number>();
  const all: Finding[] = [...pdf.readProblems];
  for (const check of CHECKS) {
    if (!check.editions.includes(resolved.edition)) continue;
    for (const f of check.run(pdf, resolved)) {
      if (!order.has(f.check)) order.set(f.check, order.size);
      all.push(f);
    }
  }
  // One finding per page, check and message: one RGB colour filling a hundred paths is one problem on that page.
  const seen = new Set<string>();
  const unique = all.filter((f) => {
    const key = `${f.page ?? 0}\u0000${f.check}\u0000${f.severity}\u0000${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return unique
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.page ?? 0) - (b.f.page ?? 0) || (order.get(a.f.check) ?? -1) - (order.get(b.f.check) ?? -1) || a.i - b.i)
    .map(({ f }) => f);
}

/** Preflights any PDF; a file that cannot be read, or exceeds one of the bounds (limits.ts), gives one error finding instead of throwing. */
export async function preflightPdf(bytes: Uint8Array, opts: PreflightOptions): Promise<Finding[]> {
  return (await preflightAny(bytes, opts)).findings;
}

/** Preflights any PDF by the rules of the edition given, or, without one, of the edition the file itself shows (detectEdition). */
export async function preflightAny(
  bytes: Uint8Array,
  opts: Omit<PreflightOptions, 'edition'> & { edition?: PreflightOptions['edition'] },
): Promise<{ edition?: DetectedEdition; findings: Finding[] }> {
  try {
    let pdf: ParsedPdf;
    try {
      pdf = await readPdf(bytes);
    } catch (e) {
      if (e instanceof LimitExceeded) throw e;
      return { findings: [{ severity: 'error', check: 'pdf-syntax', ...coded('preflight.notPdf', { detail: (e as Error).message }) }] };
    }
    const edition: DetectedEdition = opts.edition ? { edition: opts.edition, reason: 'as asked' } : detectEdition(pdf);
    return { edition, findings: runChecks(pdf, { ...opts, edition: edition.edition }) };
  } catch (e) {
    if (!(e instanceof LimitExceeded)) throw e;
    return { findings: [{ severity: 'error', check: 'pdf-limits', page: e.page, ...e.coded }] };
  }
}
