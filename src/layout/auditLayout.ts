// Laid-out document + measurer → an error for every run of text whose glyphs leave its column, its frame, or the trim's safe zone (checked after layout, before painting).
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import { mm, toMm } from '../units.js';
import type { LaidOutDocument, TextItem } from './types.js';
import type { Measurer } from '../vocabulary/measurer.js';

export interface AuditOptions {
  measurer: Measurer;
  /** e.g. "flyer (oostende)": how messages name the job. */
  where: string;
  /** e.g. "flyer/oostende/nl": the job, with its language. */
  variant: string;
  /** Distance to keep from the trim, in mm (0: not checked). */
  safeZoneMm: number;
}

/** The room a run of text must stay in, as the message names it (`layout.runsOut`). */
type Room = { room: 'frame' | 'page' | 'column' | 'safeZone'; frame?: string; zone?: number };

export interface AuditFinding extends Diagnostic {
  /** Which edge: 'side' (left or right, the line is too wide) or 'end' (top or bottom, the frame is too full: already an overflow of its frame or flow). */
  edge: 'side' | 'end';
}

/** Rounding slack, in pt (≈ 0.1 mm): kerning across spaces is not re-measured. */
const SLACK = 0.3;

/**
 * Independent of how lines were broken: each text item's extent is measured again from its text (word by word, as it is
 * painted, with its tracking and word spacing) and compared with the column and frame it was placed in and with the
 * trim minus the safe zone. One error per paragraph line is enough: the first offending item of each source and page.
 */
export function auditLayout(doc: LaidOutDocument, opts: AuditOptions): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const seen = new Set<string>();
  const safe = mm(opts.safeZoneMm);
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'text' || item.text.trim() === '') continue;
      const left = item.x;
      const right = item.x + Math.max(item.width, paintedWidth(item, opts.measurer));
      const f = item.frame;
      let top = item.y - opts.measurer.ascent(item.font, item.size);
      let bottom = item.y - opts.measurer.descent(item.font, item.size);
      const limitTop = Math.max(f?.y ?? 0, safe);
      const limitBottom = Math.min(f ? f.y + f.height : doc.height, doc.height - safe);
      if ((top < limitTop - SLACK || bottom > limitBottom + SLACK) && opts.measurer.inkExtent) {
        const ink = opts.measurer.inkExtent(item.text, item.font, item.size);
        top = item.y - ink.ascent;
        bottom = item.y - ink.descent;
      }
      const problems: Array<{ edge: AuditFinding['edge']; what: Room; amount: number }> = [];
      const inside: Room = f ? { room: 'frame', frame: f.name } : { room: 'page' };
      if (item.columnX !== undefined && item.columnWidth !== undefined && f && (item.columnX > f.x + SLACK || item.columnX + item.columnWidth < f.x + f.width - SLACK)) {
        // a narrower column (a table cell, a list item, a box) inside the frame
        over(problems, 'side', { ...inside, room: 'column' }, item.columnX - left, right - (item.columnX + item.columnWidth));
      }
      if (f) {
        over(problems, 'side', inside, f.x - left, right - (f.x + f.width));
        over(problems, 'end', inside, f.y - top, bottom - (f.y + f.height));
      }
      if (safe > 0) {
        const zone: Room = { room: 'safeZone', zone: opts.safeZoneMm };
        over(problems, 'side', zone, safe - left, right - (doc.width - safe));
        over(problems, 'end', zone, safe - top, bottom - (doc.height - safe));
      }
      if (!problems.length) continue;
      const worst = problems.reduce((a, b) => (b.amount > a.amount ? b : a));
      const src = item.source;
      const key = `${page.number}|${src ? `${src.file}:${src.line}:${src.column}|${src.field ?? ''}` : item.text}|${worst.edge}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        severity: 'error',
        edge: worst.edge,
        ...coded(
          'layout.runsOut',
          { ...worst.what, page: page.number, where: opts.where, text: excerpt(item.text), mm: toMm(worst.amount).toFixed(1) },
          worst.edge === 'side' ? 'layout.runsOutSideHint' : 'layout.runsOutHint',
        ),
        ...(src ? { file: src.file, line: src.line, column: src.column, ...(src.field ? { field: src.field } : {}) } : {}),
        variant: opts.variant,
      });
    }
  }
  return findings;
}

function over(problems: Array<{ edge: AuditFinding['edge']; what: Room; amount: number }>, edge: AuditFinding['edge'], what: Room, ...amounts: number[]): void {
  const amount = Math.max(...amounts);
  if (amount > SLACK) problems.push({ edge, what, amount });
}

/** The width the painter gives the item: each word's advance, the spaces', the tracking after every character and the word spacing after every space. */
export function paintedWidth(item: TextItem, measurer: Measurer): number {
  let width = 0;
  let chars = 0;
  let spaces = 0;
  for (const part of item.text.split(/([^\S\u202F]+)/)) {
    if (part === '') continue;
    if (/^[^\S\u202F]+$/.test(part)) {
      spaces++;
      for (const ch of part) width += measurer.width(ch, item.font, item.size);
    } else width += measurer.width(part, item.font, item.size);
    chars += Array.from(part).length;
  }
  return width + (item.tracking ?? 0) * chars + item.wordSpacing * spaces;
}

function excerpt(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
