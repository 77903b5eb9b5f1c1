// The document model: what templates describe (Document → Page | Flow → Frame → Block → Inline). Imports only the vocabulary.
import type { FieldRef, Pos } from '../vocabulary/position.js';

/** Every node remembers the template element that made it. */
export interface Origin {
  template: Pos;
}

export type Align = 'left' | 'right' | 'center' | 'justify';

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** Link target (URL, mailto:, tel:); drawn as a link only in the screen edition. */
  href?: string;
  /** Never broken or hyphenated (phone numbers, URLs, proper names). */
  nobreak?: boolean;
  field?: FieldRef;
}

export type Inline = TextRun;

interface BlockBase extends Origin {
  /** A style name from the theme; each block kind has a default. */
  style?: string;
  /** Set across the flow's wide measure (`wide-width`), into the outer margin: tables whose columns need the room. */
  wide?: boolean;
  /** Anchor for links and the table of contents. */
  id?: string;
}

export interface Heading extends BlockBase {
  kind: 'heading';
  level: 1 | 2 | 3;
  inlines: Inline[];
  /** Listed in the contents and the PDF bookmarks. */
  outline: boolean;
}

export interface Paragraph extends BlockBase {
  kind: 'paragraph';
  inlines: Inline[];
  align?: Align;
}

export interface ListItem extends Origin {
  blocks: Block[];
}

export interface List extends BlockBase {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableCell extends Origin {
  blocks: Block[];
}

export interface TableRow extends Origin {
  header: boolean;
  cells: TableCell[];
}

export interface Table extends BlockBase {
  kind: 'table';
  /** Relative column widths. */
  columns: number[];
  rows: TableRow[];
}

export interface ImageBlock extends BlockBase {
  kind: 'image';
  /** Path relative to the project root, e.g. `images/logos/oostende.svg`. */
  src: string;
  width: number;
  height: number;
  alt: string;
  /** Where the picture sits in its box when its proportions leave room across (it is never stretched). */
  align?: 'left' | 'center' | 'right';
  /** Drawn mirrored in right-to-left editions, with the page (artwork that leans in the reading direction); never a logo. */
  mirror?: boolean;
  field?: FieldRef;
}

export interface QrBlock extends BlockBase {
  kind: 'qr';
  data: string;
  size: number;
  field?: FieldRef;
}

export interface IconBlock extends BlockBase {
  kind: 'icon';
  name: string;
  size: number;
  color: string;
}

export interface RuleBlock extends BlockBase {
  kind: 'rule';
  color: string;
  weight: number;
}

export interface SpaceBlock extends BlockBase {
  kind: 'space';
  height: number;
}

/** A coloured panel around blocks; never split across pages. */
export interface BoxBlock extends BlockBase {
  kind: 'box';
  fill?: string;
  stroke?: string;
  padding: number;
  blocks: Block[];
}

/**
 * What fills the rest of a page (`<fill>`): after the last block before a page break or the end of a flow or frame, it takes
 * all the room left, as a panel with its blocks set to `valign`, and ruled lines down to its foot when `ruled` is given
 * (a notes area). Where the room left is less than its blocks need, it is left out: it never starts a page of its own.
 */
export interface FillBlock extends BlockBase {
  kind: 'fill';
  fill?: string;
  padding: number;
  valign: 'top' | 'center' | 'bottom';
  /** Distance between ruled lines (pt), drawn from under the blocks to the foot; none when undefined. */
  ruled?: number;
  ruleColor: string;
  ruleWeight: number;
  /** The least room (pt) it takes: with less room left, it is left out (default: what its blocks need). */
  minHeight?: number;
  blocks: Block[];
}

/** Blocks placed side by side in equal columns (contact cards, logo strips). */
export interface GridBlock extends BlockBase {
  kind: 'grid';
  columns: number;
  gap: number;
  cells: Block[][];
}

/** The table of contents: filled in by layout from the outlined headings. */
export interface TocBlock extends BlockBase {
  kind: 'toc';
}

export interface PageBreakBlock extends BlockBase {
  kind: 'pagebreak';
}

export type Block = Heading | Paragraph | List | Table | ImageBlock | QrBlock | IconBlock | RuleBlock | SpaceBlock | BoxBlock | FillBlock | GridBlock | TocBlock | PageBreakBlock;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A fixed text area on a fixed page. Text that does not fit is an error, after copy-fitting within `minScale`. */
export interface Frame extends Origin, Rect {
  kind: 'frame';
  name: string;
  blocks: Block[];
  valign: 'top' | 'center' | 'bottom';
  /** Copy-fitting: the smallest scale of every font size in the frame (1 = no fitting). */
  minScale: number;
  /** Sibling frames of a page with the same group share one copy-fit scale: the smallest any of them needs (`fit-group`). */
  fitGroup?: string;
}

/** A filled rectangle placed on a page; `bleed` extends it into the bleed where it touches the trim. */
export interface Shape extends Origin, Rect {
  kind: 'shape';
  fill: string;
  bleed: boolean;
}

/** Blocks placed at a fixed position on a page without frame semantics (image, qr, icon). */
export interface Placed extends Origin, Rect {
  kind: 'placed';
  block: ImageBlock | QrBlock | IconBlock;
}

export type PageChild = Frame | Shape | Placed;

export interface FixedPage extends Origin {
  kind: 'page';
  name: string;
  background?: string;
  children: PageChild[];
  /** `filler` pages pad the document to `pageMultiple`; `end` pages stay last. */
  role: 'normal' | 'filler' | 'end';
  /** The name of a flow whose running head and folio (at its text area) this page carries too, as an inner page among the flow's. */
  furniture?: string;
}

/** Flowing content: as many pages as it needs, each with the same text area, folio and running head. */
export interface Flow extends Origin {
  kind: 'flow';
  name: string;
  area: Rect;
  /** Text area of even (left-hand) pages when it differs (mirrored margins). */
  areaEven?: Rect;
  runningHead?: string;
  folio: boolean;
  /** The width of blocks marked `wide`: from the text area's inner edge into the outer margin (to the right when not mirrored). */
  wideWidth?: number;
  blocks: Block[];
  /** Decoration drawn on every page of the flow (bands, rules). */
  decoration: PageChild[];
  /** What stands on the document's last page only, outside the text area (`<decoration page="last">`: the colophon), also when a notes page or back cover follows the flow; tagged as content. */
  lastPage?: PageChild[];
}

export interface Document extends Origin {
  material: string;
  title: string;
  lang: string;
  /** Trim size in points. */
  width: number;
  height: number;
  /** The page count must be a multiple of this (4 for a saddle-stitched brochure); 1 = any. */
  pageMultiple: number;
  /** Exact page count required (2 for the flyer), if any. */
  pageCount?: number;
  sequence: Array<FixedPage | Flow>;
}
