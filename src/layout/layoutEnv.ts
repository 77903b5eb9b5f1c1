// Document + layout context → the state shared by one layoutDocument call: styles, memoised line breaking, glyph reports, heading ids.
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import type { Block, Document, Heading, Inline } from '../model/types.js';
import type { Pos } from '../vocabulary/position.js';
import { breakParagraph } from './breakParagraph.js';
import type { Line } from './assembleLines.js';
import type { BlockLayout } from './pieces.js';
import type { Direction, Hyphenator } from './types.js';
import type { Measurer } from '../vocabulary/measurer.js';
import type { TextStyle, Theme } from '../vocabulary/theme.js';
import { directionOf } from './bidi.js';
import { digest } from '../digest.js';
import type { Broken, BreakShelf } from './storedBreaks.js';
import { memoKey, memoTable } from '../world/memo.js';

export interface LayoutContext {
  theme: Theme;
  measurer: Measurer;
  /** Paragraphs broken by earlier builds with the measurer's fonts, and where the new ones go (the World's); none: nothing is stored. */
  breaks?: BreakShelf;
  hyphenator?: Hyphenator;
  /** e.g. "flyer/oostende/nl" – used in diagnostics */
  variant: string;
  region: string;
}

export interface TocEntry {
  id: string;
  title: string;
  level: number;
}

export interface LayoutEnv {
  ctx: LayoutContext;
  /** "<material> (<region>)", as diagnostics name the job. */
  where: string;
  /** From the document's language: right-to-left documents are laid out mirrored (see layoutDocument). */
  direction: Direction;
  /** Document-wide diagnostics (missing glyphs, QR codes), each reported once. */
  diagnostics: Diagnostic[];
  report(d: Diagnostic, key: string): void;
  style(name: string | undefined, fallback: string): TextStyle;
  /** Memoised line breaking per inline list, style, width, scale and alignment; missing glyphs reported once. */
  lines(inlines: Inline[], style: TextStyle, width: number, scale: number, at: Pos, align?: TextStyle['align']): Line[];
  headingIds: Map<Heading, string>;
  toc: TocEntry[];
  /** Page of each anchor id, from the previous pass (empty in the first). */
  pageOf: Map<string, number>;
  ruleColor: string;
  /**
   * Block layouts of this document by block, width and scale. Not a memo: a layout reports its diagnostics into this env,
   * and the blocks are this job's own model, so nothing is shared beyond it and it goes with the env.
   */
  blockMemo: WeakMap<Block, Map<string, BlockLayout>>;
}

/**
 * Paragraphs broken in earlier jobs of the process: the same measurer, runs, style, width and hyphenation give the same
 * lines. Earlier builds' are on the World's shelf (LayoutContext.breaks). Flyers and brochures of the synthetic province
 * (63 regions, 4 languages) break ~5 400 different paragraphs: the ones every region shares stay (each use keeps them), a
 * region's own are needed only while its jobs run, and the bound keeps a province of 250 from holding every region's lines.
 */
const brokenParagraphs = memoTable<Broken>('layout.brokenParagraphs', 10_000);

/** A theme style's JSON, written once: styles are the theme's objects, never changed once read (half a kilobyte each, tens of thousands of paragraphs). */
const styleJsons = memoTable<string>('layout.styleJson', 256);
const styleJson = (style: TextStyle): string => styleJsons.get(memoKey([style]), () => JSON.stringify(style));

/** breakParagraph, shared between the jobs of a process when the hyphenator can say what decides its points (Hyphenator.memoKey). */
function breakShared(inlines: Inline[], options: Parameters<typeof breakParagraph>[1], shelf: BreakShelf | undefined): Broken {
  const { hyphenator } = options;
  if (hyphenator && !hyphenator.memoKey) return breakParagraph(inlines, options);
  const hyphenation = hyphenator?.memoKey ? hyphenator.memoKey(inlines.map((i) => i.text).join('')) : '';
  // a digest, not the description itself: thousands of descriptions of a kilobyte each would outweigh the lines they find
  const key = digest(
    'sha1',
    `${JSON.stringify([inlines, options.width.toFixed(3), options.scale ?? 1, options.align ?? '', options.direction ?? '', options.firstLineIndent ?? 0, options.maxConsecutiveHyphens ?? 2, hyphenation])}\u0000${styleJson(options.style)}`,
    'base64',
  );
  return brokenParagraphs.get(memoKey([options.measurer]) + key, () => {
    const stored = shelf?.get(key);
    if (stored) return stored;
    const broken = breakParagraph(inlines, options);
    shelf?.put(key, broken);
    return broken;
  });
}

// biome-ignore lint/style/noNonNullAssertion: a missing glyph is a character of the text, never an empty string
const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Plain text of inline runs: whitespace collapsed, soft hyphens and zero-width spaces removed. */
export const plainText = (inlines: Inline[]): string =>
  inlines
    .map((i) => i.text)
    .join('')
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function createEnv(doc: Document, ctx: LayoutContext): LayoutEnv {
  const { theme } = ctx;
  const colors = Object.keys(theme.colors);
  const fallbackStyle: TextStyle = {
    font: 'regular',
    size: 10,
    leading: 12,
    color: colors.includes('ink') ? 'ink' : (colors[0] ?? 'ink'),
    align: 'left',
    spaceBefore: 0,
    spaceAfter: 0,
    hyphenate: false,
    tracking: 0,
    uppercase: false,
  };
  const seen = new Set<string>();
  const memo = new WeakMap<Inline[], Map<string, Line[]>>();
  const styleIds = new Map<TextStyle, number>();
  const styleId = (s: TextStyle): number => {
    let id = styleIds.get(s);
    if (id === undefined) styleIds.set(s, (id = styleIds.size));
    return id;
  };
  const where = `${doc.material} (${ctx.region})`;
  const { headingIds, toc } = collectHeadings(doc);

  const env: LayoutEnv = {
    ctx,
    where,
    direction: directionOf(doc.lang),
    diagnostics: [],
    report(d, key) {
      if (seen.has(key)) return;
      seen.add(key);
      env.diagnostics.push(d);
    },
    style(name, fallback) {
      return (name !== undefined ? theme.styles[name] : undefined) ?? theme.styles[fallback] ?? theme.styles.body ?? fallbackStyle;
    },
    lines(inlines, style, width, scale, at, align) {
      let byKey = memo.get(inlines);
      if (!byKey) memo.set(inlines, (byKey = new Map()));
      const key = `${styleId(style)}|${width.toFixed(3)}|${scale}|${align ?? ''}`;
      const hit = byKey.get(key);
      if (hit) return hit;
      const { lines, missing } = breakShared(
        inlines,
        { width, style, scale, measurer: ctx.measurer, hyphenator: style.hyphenate ? ctx.hyphenator : undefined, align, direction: env.direction },
        ctx.breaks,
      );
      for (const m of missing) {
        const pos = m.field ?? at;
        env.report(
          {
            severity: 'error',
            ...coded('layout.noGlyph', { char: m.char, codePoint: codePoint(m.char), where, font: m.font }, 'layout.noGlyphHint'),
            file: pos.file,
            line: pos.line,
            column: pos.column,
            field: m.field?.path,
            variant: ctx.variant,
          },
          `glyph|${m.char}|${pos.file}:${pos.line}:${pos.column}|${m.field?.path ?? ''}`,
        );
      }
      byKey.set(key, lines);
      return lines;
    },
    headingIds,
    toc,
    pageOf: new Map(),
    ruleColor: theme.colors.rule ? 'rule' : (colors.find((c) => /line/i.test(c)) ?? fallbackStyle.color),
    blockMemo: new WeakMap(),
  };
  return env;
}

/** Every heading in document order: ids for the outlined ones (block id or `h-<n>`), and the contents entries (levels 1–2). */
function collectHeadings(doc: Document): { headingIds: Map<Heading, string>; toc: TocEntry[] } {
  const headingIds = new Map<Heading, string>();
  const toc: TocEntry[] = [];
  let n = 0;
  const visit = (blocks: Block[]): void => {
    for (const b of blocks) {
      switch (b.kind) {
        case 'heading': {
          const id = b.id ?? (b.outline ? `h-${++n}` : undefined);
          if (id === undefined) break;
          headingIds.set(b, id);
          if (b.outline && b.level <= 2) toc.push({ id, title: plainText(b.inlines), level: b.level });
          break;
        }
        case 'list':
          b.items.forEach((i) => visit(i.blocks));
          break;
        case 'table':
          b.rows.forEach((r) => r.cells.forEach((c) => visit(c.blocks)));
          break;
        case 'box':
        case 'fill':
          visit(b.blocks);
          break;
        case 'grid':
          b.cells.forEach(visit);
          break;
        default:
      }
    }
  };
  const frames = (children: Array<{ kind: string; blocks?: Block[] }>): void => children.forEach((c) => c.kind === 'frame' && visit(c.blocks ?? []));
  const ordered = [...doc.sequence.filter((e) => e.kind === 'flow' || e.role === 'normal'), ...doc.sequence.filter((e) => e.kind === 'page' && e.role === 'end')];
  for (const entry of ordered) {
    if (entry.kind === 'flow') visit(entry.blocks);
    else frames(entry.children as Array<{ kind: string; blocks?: Block[] }>);
  }
  return { headingIds, toc };
}
