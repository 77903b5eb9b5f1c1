// Frame of a fixed page → its blocks stacked top-down and aligned, copy-fitted in 2 % steps down to min-scale, or an overflow error.
import { say } from '../messages/say.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Frame } from '../model/types.js';
import type { FieldRef } from '../vocabulary/position.js';
import { toMm } from '../units.js';
import type { LayoutEnv } from './layoutEnv.js';
import { layoutBlocks } from './layoutBlocks.js';
import { grown, stack, type Piece } from './pieces.js';
import type { PageBuilder, PlaceOptions } from './pageBuilder.js';

export const COPY_FIT_STEP = 0.02;
const EPSILON = 1e-6;

export interface FittedFrame {
  pieces: Piece[];
  tops: number[];
  /** Vertical offset from valign. */
  offset: number;
  scale: number;
  overflow?: { lines: number; amount: number; field?: FieldRef };
}

/** The scales tried, largest first: 1, 0.98, 0.96, … and min-scale itself last. */
export function copyFitScales(minScale: number): number[] {
  const min = Math.min(1, Math.max(0.01, minScale));
  const out: number[] = [];
  for (let i = 0; ; i++) {
    const s = Math.round((1 - i * COPY_FIT_STEP) * 1e6) / 1e6;
    if (s <= min + EPSILON) break;
    out.push(s);
  }
  out.push(min);
  return out;
}

/**
 * The frame's pieces with the first fill that has room (as in a flow: large first, then smaller) grown to the frame's foot when
 * it ends the frame, and the other fills left out; all of them left out when none has room.
 */
function growFill(pieces: Piece[], height: number): Piece[] {
  if (!pieces.some((p) => p.grow)) return pieces;
  for (const fill of pieces.filter((p) => p.grow)) {
    const tried = pieces.filter((p) => !p.grow || p === fill);
    const s = stack(tried);
    if (s.bottom > height + EPSILON) continue;
    const last = tried.length - 1;
    // biome-ignore lint/style/noNonNullAssertion: stack gives one top per piece of tried
    return tried.map((p, i) => (p === fill && i === last ? grown(p, height - s.tops[i]!) : p));
  }
  return pieces.filter((p) => !p.grow);
}

function attempt(frame: Frame, scale: number, env: LayoutEnv): FittedFrame {
  const pieces = growFill(
    layoutBlocks(
      frame.blocks.filter((b) => b.kind !== 'pagebreak'),
      frame.width,
      scale,
      env,
    ),
    frame.height,
  );
  const s = stack(pieces);
  if (s.bottom <= frame.height + EPSILON) {
    const free = frame.height - s.bottom;
    const offset = frame.valign === 'bottom' ? free : frame.valign === 'center' ? free / 2 : 0;
    return { pieces, tops: s.tops, offset, scale };
  }
  // biome-ignore lint/style/noNonNullAssertion: stack gives one top per piece
  const over = pieces.filter((p, i) => s.tops[i]! + p.ink > frame.height + EPSILON);
  return {
    pieces,
    tops: s.tops,
    offset: 0,
    scale,
    overflow: { lines: over.reduce((a, p) => a + p.lines, 0), amount: s.bottom - frame.height, field: over.find((p) => p.field)?.field },
  };
}

/**
 * The largest scale (down to the frame's min-scale) at which the blocks fit; the min-scale attempt when none does.
 * Tries 1, then min-scale, then bisects the 2 % steps between (fitting is taken to be monotonic in the scale).
 */
export function fitFrame(frame: Frame, env: LayoutEnv): FittedFrame {
  const scales = copyFitScales(frame.minScale);
  // biome-ignore lint/style/noNonNullAssertion: copyFitScales always ends with min-scale, so it is never empty
  const full = attempt(frame, scales[0]!, env);
  if (!full.overflow || scales.length === 1) return full;
  // biome-ignore lint/style/noNonNullAssertion: copyFitScales always ends with min-scale, so it is never empty
  let best = attempt(frame, scales[scales.length - 1]!, env);
  if (best.overflow) return best;
  let lo = 0;
  let hi = scales.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    // biome-ignore lint/style/noNonNullAssertion: lo < mid < hi <= scales.length - 1
    const tried = attempt(frame, scales[mid]!, env);
    if (tried.overflow) {
      lo = mid;
    } else {
      hi = mid;
      best = tried;
    }
  }
  return best;
}

/** The frame at exactly `scale` (a fit group's shared scale, which is no larger than the frame's own): fits, or overflows at it. */
export function fitFrameAt(frame: Frame, scale: number, env: LayoutEnv): FittedFrame {
  return attempt(frame, scale, env);
}

export function placeFrame(frame: Frame, fitted: FittedFrame, builder: PageBuilder, opts: PlaceOptions = {}): void {
  const box = { name: frame.name, x: frame.x, y: frame.y, width: frame.width, height: frame.height };
  // biome-ignore lint/style/noNonNullAssertion: attempt sets tops to the stack of these pieces, one top per piece
  fitted.pieces.forEach((p, i) => builder.place(p, frame.x, frame.y + fitted.offset + fitted.tops[i]!, { ...opts, frame: box }));
}

/** The overflow error of a frame that does not fit even at its min-scale. */
export function frameOverflow(frame: Frame, fitted: FittedFrame, page: number, env: LayoutEnv): Diagnostic | undefined {
  const o = fitted.overflow;
  if (!o) return undefined;
  const at = o.field ?? frame.template;
  const where = `${frame.template.file}:${frame.template.line}`;
  // the officer shortens the text; only a designer changes the template
  const designerHintCode = frame.minScale < 1 ? 'designer.lowerMinScale' : 'designer.allowMinScale';
  const mm = toMm(o.amount).toFixed(1);
  const message =
    o.lines > 0
      ? `text does not fit in frame "${frame.name}" on page ${page} of ${env.where}: ${o.lines} line(s), ${mm} mm too much`
      : `the content does not fit in frame "${frame.name}" on page ${page} of ${env.where}: ${mm} mm too much`;
  const values = { frame: frame.name, page, where: env.where, lines: o.lines, mm, minScale: frame.minScale, template: where };
  return {
    severity: 'error',
    message,
    code: o.lines > 0 ? 'diag.overflow' : 'diag.overflowContent',
    values,
    file: at.file,
    line: at.line,
    column: at.column,
    ...(o.field ? { field: o.field.path } : {}),
    variant: env.ctx.variant,
    hint: say('hint.overflow', {}, 'en'),
    hintCode: 'hint.overflow',
    designerHint: say(designerHintCode, values, 'en'),
    designerHintCode,
  };
}
