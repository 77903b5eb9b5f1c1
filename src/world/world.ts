// A parsed project (+ the store) → the World: the immutable inputs of a build (content, compiled templates, parsed fonts and their measurer, the code version, the store), made once and read by every stage of every job.
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../load/parseProject.js';
import type { Measurer } from '../vocabulary/measurer.js';
import type { FontRole } from '../vocabulary/theme.js';
import type { BreakShelf } from '../layout/storedBreaks.js';
import { createTemplates, type Templates } from '../template/createTemplates.js';
import { loadSharedFonts, type SharedFonts } from '../pdf/sharedFonts.js';
import { createFontkitMeasurer } from '../assets/fontMeasurer.js';
import { widthShelves, type Widths } from '../assets/widthCache.js';
import { attachShaping } from '../pdf/shapingCache.js';
import { breakShelf } from '../incremental/breakCache.js';
import { codeVersion } from './codeVersion.js';
import type { Store, StoreEntries } from './store.js';

/**
 * What a World is made of besides the content: templates compiled, fonts parsed and measured, the store. Made once from
 * the templates, fonts, images and profiles, and shared by every World made from the same ones (a watch session's), so
 * memos of what reads only those (prepared images, pixel sizes, pattern hyphenators) key on it and outlive a content edit.
 */
export interface WorldBase {
  readonly templates: Templates;
  readonly fonts: SharedFonts;
  /** Widths measured or read back from the store; the measurer fills its own table as it measures. */
  readonly measurer: Measurer;
  /** Where earlier builds' widths, shaped runs, broken paragraphs and images are read, and this build's new ones collected (none: everything is computed). */
  readonly store?: Store;
  /** The store's paragraphs broken by earlier builds with these fonts, and where the ones this World's jobs break go. */
  readonly breaks?: BreakShelf;
  /** The code that builds (codeVersion()): every key that outlives the process carries it. */
  readonly codeVersion: string;
}

/** The inputs of a build: nothing in it changes once made; a stage reads it and does no I/O of its own. */
export interface World extends WorldBase {
  /** The content, regions and theme, with every file's text and bytes. */
  readonly project: Project;
  /** The part made from the shared inputs: the same object in every World of a watch session while they stay the same. */
  readonly base: WorldBase;
}

/** The script fonts used when the theme does not name them. */
export const DEFAULT_SCRIPT_FONTS: Partial<Record<FontRole, string>> = { arabic: 'fonts/NotoSansArabic-Regular.ttf', arabicBold: 'fonts/NotoSansArabic-Bold.ttf' };

/** Compiles the templates and opens the fonts once; every job of the run reads them. `store`: widths, shaped runs, broken paragraphs and images of earlier builds. */
export function createWorld(project: Project, store?: Store): { world?: World; diagnostics: Diagnostic[] } {
  const { templates, diagnostics } = createTemplates(project.layouts, project.partials);
  if (diagnostics.length) return { diagnostics };
  // the theme's fonts were read and checked by load (checkFont), so each is in binaries
  // biome-ignore lint/style/noNonNullAssertion: see above
  const buffers = Object.fromEntries(Object.entries(project.theme.fonts).map(([role, file]) => [role, project.binaries.get(file)!])) as Partial<Record<FontRole, Buffer>>;
  // a theme that names no Arabic fonts gets the project's Noto Sans Arabic, when fonts/ has it (else the Latin fonts, which report what they lack)
  for (const [role, file] of Object.entries(DEFAULT_SCRIPT_FONTS) as [FontRole, string][]) buffers[role] ??= project.binaries.get(file);
  const fonts = loadSharedFonts(buffers, project.theme.fontFeatures ?? []);
  const widths: Widths = new Map();
  const measurer = createFontkitMeasurer(fonts.fontkit, widths, store && widthShelves(store, fonts.hashes));
  const breaks = store && breakShelf(store, fonts.hashes);
  attachShaping(store, fonts);
  const base: WorldBase = Object.freeze({ templates, fonts, measurer, store, breaks, codeVersion: codeVersion() });
  return { world: withContent(base, project), diagnostics };
}

/** A World of `base` with this content: the fonts, templates and store of the base, read as they are. */
export function withContent(base: WorldBase, project: Project): World {
  return Object.freeze({ ...base, project, base });
}

/**
 * What the World computed that the next build can reuse (measured widths, shaped runs, broken paragraphs, prepared
 * images) and has not handed over yet, for the main thread to store. A World kept for the next build (watch) hands over
 * only what that build adds.
 */
export function takeStoreEntries(world: World): StoreEntries | undefined {
  return world.store?.take();
}

/**
 * A World kept from one build to the next (`drukwerk watch`), with the hash of the shared inputs it was made from: while
 * templates, fonts, images and profiles are the same, the next build's World takes its base with the new content, and
 * does not compile, open and load them again.
 */
export interface KeptWorld {
  world?: World;
  shared?: string;
}

/** This project's World on the kept base, when that was made from the same shared inputs; else a new World (reading `store`), kept. */
export function keptWorld(kept: KeptWorld, shared: string, project: Project, store?: Store): { world?: World; diagnostics: Diagnostic[] } {
  if (kept.world && kept.shared === shared) {
    kept.world = withContent(kept.world.base, project);
    return { world: kept.world, diagnostics: [] };
  }
  const created = createWorld(project, store);
  kept.world = created.world;
  kept.shared = created.world ? shared : undefined;
  return created;
}
