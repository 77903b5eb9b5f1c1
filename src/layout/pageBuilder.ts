// Pieces at absolute positions → a LaidOutPage: items translated, local tag ids made document-wide, anchors, outline entries, structure.
import type { FrameBox, LaidOutPage, OutlineEntry, PageItem, Tag } from './types.js';
import { translate, type Piece, type TagScope } from './pieces.js';

/** State of one layout pass, shared by all its pages. */
export class PassState {
  private nextId = 0;
  readonly outline: OutlineEntry[] = [];
  /** Local → document-wide tag ids per scope; fresh maps for repeated pages. */
  readonly ids = new Map<TagScope, Map<number, number>>();
  newId(): number {
    return ++this.nextId;
  }
}

export interface PlaceOptions {
  /** Drop tags: the items become artifacts (running heads, decoration, repeated header rows). */
  untagged?: boolean;
  /** A repeat of content placed before (filler pages after the first): no anchors or outline entries. */
  repeated?: boolean;
  /** The frame or flow area the piece is placed in: its text items remember it, for the layout audit. */
  frame?: FrameBox;
}

export class PageBuilder {
  readonly page: LaidOutPage;
  private readonly emitted = new Set<number>();

  constructor(
    number: number,
    private readonly pass: PassState,
    /** Tag id maps; a page repeated from a template gets its own so its ids stay unique. */
    private readonly ids: Map<TagScope, Map<number, number>> = pass.ids,
  ) {
    this.page = { number, items: [], anchors: [] };
  }

  add(item: PageItem): void {
    this.page.items.push(item);
  }

  private globalId(scope: TagScope, local: number): number {
    let map = this.ids.get(scope);
    if (!map) this.ids.set(scope, (map = new Map()));
    let id = map.get(local);
    if (id === undefined) map.set(local, (id = this.pass.newId()));
    return id;
  }

  private tag(scope: TagScope, tag: Tag): Tag {
    const out: Tag = { id: this.globalId(scope, tag.id), type: tag.type };
    if (tag.parent !== undefined) out.parent = this.globalId(scope, tag.parent);
    if (tag.alt !== undefined) out.alt = tag.alt;
    return out;
  }

  /** A piece with its top-left at (x, y) on the page. */
  place(piece: Piece, x: number, y: number, opts: PlaceOptions = {}): void {
    for (const item of piece.items) {
      const moved = translate(item, x, y);
      if (opts.frame && moved.kind === 'text') moved.frame = opts.frame;
      if ('tag' in moved && moved.tag) {
        if (opts.untagged) delete moved.tag;
        else moved.tag = this.tag(piece.scope, moved.tag);
      }
      this.page.items.push(moved);
    }
    if (!opts.untagged) {
      for (const container of piece.containers) {
        const tag = this.tag(piece.scope, container);
        if (this.emitted.has(tag.id)) continue;
        this.emitted.add(tag.id);
        (this.page.structure ??= []).push(tag);
      }
    }
    if (opts.repeated || opts.untagged) return;
    for (const anchor of piece.anchors) {
      this.page.anchors.push({ id: anchor.id, y: y + anchor.y });
      if (anchor.outline) this.pass.outline.push({ title: anchor.outline.title, level: anchor.outline.level, page: this.page.number, y: y + anchor.y, id: anchor.id });
    }
  }
}
