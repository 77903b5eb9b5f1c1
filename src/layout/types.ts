// Laid-out pages: flat, absolutely positioned items per page, in points from the top-left of the trim. Imports only the vocabulary.
import type { FontRole } from '../vocabulary/theme.js';

/** Reading direction of a document, from its language. */
export type Direction = 'ltr' | 'rtl';

/** A structure tag for the screen edition: items with the same id form one structure element. */
export interface Tag {
  id: number;
  type: 'H1' | 'H2' | 'H3' | 'P' | 'LI' | 'Lbl' | 'LBody' | 'L' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'TOC' | 'TOCI';
  /** The structure element this one sits in (a list, a table row), if any. */
  parent?: number;
  alt?: string;
}

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  font: FontRole;
  size: number;
  color: string;
  /** Extra space added to each space character (justified lines). */
  wordSpacing: number;
  /** Extra space after every character, in points (display type with tracking); painted as character spacing. */
  tracking?: number;
  width: number;
  /**
   * Set on right-to-left runs of a bidi line: the run's text in logical (reading) order, which the PDF gives as its ActualText.
   * Arabic runs keep `text` logical (the shaper reverses it); other right-to-left runs (brackets, dashes in a Latin font) have
   * `text` reversed and mirrored for painting.
   */
  logical?: string;
  /** The text ends in a hyphen added at a hyphenation point: painted, but not content (an artifact in the tagged edition, so the word reads whole). */
  hyphen?: true;
  /**
   * The line breaks at a space after this text (its last in reading order): the space is content, not room. Painted as a
   * space glyph that takes no advance, so extracted and tagged text keep the words of two lines apart ("verlaten zonder")
   * while the text's width, and so frames, alignment and the preflight's boxes, stay as laid out.
   */
  spaceAfter?: true;
  href?: string;
  /** An internal link to an anchor id (contents → section). */
  goTo?: string;
  tag?: Tag;
  /** The column the text was set in (a frame, a table cell, a list item's body): its left edge, moved with the item, and its width. */
  columnX?: number;
  columnWidth?: number;
  /** The frame or flow area the text was placed in. */
  frame?: FrameBox;
  /** Where the text came from: its content field (with the field's path), else the template element. */
  source?: TextSource;
}

/** A frame of a fixed page, or a flow's text area on one page: the layout audit keeps every glyph inside it. */
export interface FrameBox {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextSource {
  file: string;
  line: number;
  column: number;
  /** The content field's path (`contacts.vdab.description`), when the text came from content. */
  field?: string;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
  /** Extend into the bleed on the sides where the rectangle touches the trim. */
  bleed: boolean;
  /** Decoration: marked as an artifact in the tagged edition. */
  artifact: true;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  src: string;
  alt: string;
  /** Where the picture sits in the box when its proportions leave room across (it is drawn whole, never stretched). */
  align?: 'left' | 'center' | 'right';
  /** Mirrored with the page in a right-to-left edition (set on artwork by its template). */
  mirror?: true;
  /** Drawn mirrored left to right: set by mirrorPage on a `mirror` picture. */
  flip?: true;
  /** No tag: decoration (alt=""), an artifact in the tagged edition. */
  tag?: Tag;
}

export interface QrItem {
  kind: 'qr';
  x: number;
  y: number;
  size: number;
  /** modules[row][col], true = dark; the quiet zone is included in `size`. */
  modules: boolean[][];
  quietZone: number;
  color: string;
  alt: string;
  href?: string;
  tag?: Tag;
}

export interface IconItem {
  kind: 'icon';
  x: number;
  y: number;
  size: number;
  name: string;
  color: string;
}

export type PageItem = TextItem | RectItem | LineItem | ImageItem | QrItem | IconItem;

export interface LaidOutPage {
  /** 1-based page number. */
  number: number;
  items: PageItem[];
  /** Anchor ids that start on this page, with their y position. */
  anchors: Array<{ id: string; y: number }>;
  /**
   * Structure elements that no item carries itself but items point to as `parent` (L, Table, TR, TOC), with their own
   * parent; listed on the page where they start. Lets the tagged edition nest TR in Table, and a nested L in its LI.
   */
  structure?: Tag[];
}

export interface OutlineEntry {
  title: string;
  level: number;
  page: number;
  y: number;
  id: string;
}

/** A copy-fit applied to a frame, reported in the overset report. */
export interface CopyFit {
  page: number;
  frame: string;
  scale: number;
}

export interface LaidOutDocument {
  material: string;
  title: string;
  lang: string;
  /** Right-to-left documents are laid out mirrored: frames, grids, margins and binding on the right. */
  direction?: Direction;
  width: number;
  height: number;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  copyFits: CopyFit[];
}

/**
 * Hyphenation points of one word (indices where a hyphen may be inserted). `memoKey`, when given, names everything that decides
 * the points for the words of `text` (language, exempt names present): paragraphs with the same text, style, width and key
 * break the same way in every job, so their lines are shared.
 */
export type Hyphenator = ((word: string) => number[]) & { memoKey?: (text: string) => string };
