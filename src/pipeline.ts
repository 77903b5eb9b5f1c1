// The stages in order: resolve → render → parse → model → layout → paint → preflight, for each job of the matrix. Nobody else knows the order.
import type { Diagnostic } from './diagnostics.js';
import type { Project } from './load/parseProject.js';
import type { CopyFit, LaidOutDocument } from './layout/types.js';
import type { Document } from './model/types.js';
import { createTemplates, type Templates } from './template/createTemplates.js';
import { buildContext } from './template/buildContext.js';
import { parseMarkup } from './model/parseMarkup.js';
import { buildModel } from './model/buildModel.js';
import { collectAssets } from './model/collectAssets.js';
import { projectPathProblem } from './load/projectPath.js';
import { readIcon } from './load/readIcons.js';
import { layoutDocument } from './layout/layoutDocument.js';
import { auditLayout } from './layout/auditLayout.js';
import type { BreakShelf } from './layout/storedBreaks.js';
import { createHyphenator } from './layout/hyphenator.js';
import { createFontkitMeasurer } from './assets/fontMeasurer.js';
import { widthShelves, type Widths } from './assets/widthCache.js';
import { attachShaping } from './pdf/shapingCache.js';
import { breakShelf } from './incremental/breakCache.js';
import { loadSharedFonts, type SharedFonts } from './pdf/sharedFonts.js';
import { paintDocument } from './pdf/paintDocument.js';
import { resolveOutputIntent } from './load/readOutputIntent.js';
import { imageKey, type PreparedImage } from './assets/prepareImage.js';
import { prepareImageCached } from './assets/imageCache.js';
import { checkResolution, PRINT_PPI, type PixelSizes } from './assets/checkResolution.js';
import type { Store, StoreEntries } from './world/store.js';
import type { BuiltFile } from './write/writeOutputs.js';
import { preflightPdf } from './preflight/preflightPdf.js';
import { outputPath, type Job } from './variant/planJobs.js';
import type { Edition } from './vocabulary/edition.js';
import { properNameWords, wordCore } from './variant/properNames.js';
import { untranslatedRegionText } from './variant/untranslatedRegionText.js';
import type { Hyphenator } from './layout/types.js';
import type { Measurer } from './vocabulary/measurer.js';
import type { FontRole } from './vocabulary/theme.js';

export interface BuildOptions {
  cropMarks: boolean;
  /** Refuse concept content (`--final`). */
  final: boolean;
  creationDate: Date;
  /** Output intent profile path inside the project (`--profile`); undefined: the theme's print.profile, else FOGRA39. */
  profile?: string;
}

export interface JobResult {
  job: Job;
  files: BuiltFile[];
  diagnostics: Diagnostic[];
  copyFits: CopyFit[];
  concept: boolean;
  /** Right to left: the PDFs say /Direction /R2L and are bound on the right. */
  direction?: 'rtl';
}

export interface Session {
  project: Project;
  templates: Templates;
  fonts: SharedFonts;
  measurer: Measurer;
  hyphenators: Map<string, Hyphenator | undefined>;
  images: Map<string, PreparedImage>;
  /** Pixel sizes of the raster images placed so far (their headers read once). */
  imageSizes: PixelSizes;
  /** The measurer's widths per role, as measured or read back from the store. */
  widths: Widths;
  /** Where the session reads what earlier builds computed and collects what it computes (none: it computes everything). */
  store?: Store;
  /** The store's paragraphs broken by earlier builds with these fonts, and where the ones this session breaks go. */
  breaks?: BreakShelf;
}

/** The script fonts used when the theme does not name them. */
export const DEFAULT_SCRIPT_FONTS: Partial<Record<FontRole, string>> = { arabic: 'fonts/NotoSansArabic-Regular.ttf', arabicBold: 'fonts/NotoSansArabic-Bold.ttf' };

/** Compiles templates and opens fonts once; every job of the run shares them. `store`: widths, shaped runs, broken paragraphs and images of earlier builds. */
export function createSession(project: Project, store?: Store): { session?: Session; diagnostics: Diagnostic[] } {
  const { templates, diagnostics } = createTemplates(project.layouts, project.partials);
  if (diagnostics.length) return { diagnostics };
  const buffers = Object.fromEntries(Object.entries(project.theme.fonts).map(([role, file]) => [role, project.binaries.get(file)!])) as Partial<Record<FontRole, Buffer>>;
  // a theme that names no Arabic fonts gets the project's Noto Sans Arabic, when fonts/ has it (else the Latin fonts, which report what they lack)
  for (const [role, file] of Object.entries(DEFAULT_SCRIPT_FONTS) as [FontRole, string][]) buffers[role] ??= project.binaries.get(file);
  const fonts = loadSharedFonts(buffers, project.theme.fontFeatures ?? []);
  const widths: Widths = new Map();
  const measurer = createFontkitMeasurer(fonts.fontkit, widths, store && widthShelves(store, fonts.hashes));
  const breaks = store && breakShelf(store, fonts.hashes);
  attachShaping(store, fonts);
  return { session: { project, templates, fonts, measurer, hyphenators: new Map(), images: new Map(), imageSizes: new Map(), widths, store, breaks }, diagnostics };
}

/**
 * What the session computed that the next build can reuse (measured widths, shaped runs, broken paragraphs, prepared
 * images) and has not handed over yet, for the main thread to store. A session kept for the next build (watch) hands
 * over only what that build adds.
 */
export function takeStoreEntries(session: Session): StoreEntries | undefined {
  return session.store?.take();
}

/**
 * A session kept from one build to the next (`drukwerk watch`), with the hash of the inputs it was made from: while
 * templates, fonts, images and profiles are the same, the next build takes it with the new content, and does not
 * compile, open and load them again.
 */
export interface KeptSession {
  session?: Session;
  shared?: string;
}

/** The kept session for this project, when it was made from the same shared inputs; else a new one (reading `store`), kept. */
export function keptSession(kept: KeptSession, shared: string, project: Project, store?: Store): { session?: Session; diagnostics: Diagnostic[] } {
  if (kept.session && kept.shared === shared) {
    kept.session.project = project;
    // a hyphenator leaves whole the proper names of its region chain, which the new content may have changed
    kept.session.hyphenators.clear();
    return { session: kept.session, diagnostics: [] };
  }
  const created = createSession(project, store);
  kept.session = created.session;
  kept.shared = created.session ? shared : undefined;
  return created;
}

/** The language's hyphenator, leaving whole the proper names the job's region chain prints (Oostende, Leerwinkel, Arktos…). */
function hyphenatorFor(session: Session, job: Job): Hyphenator | undefined {
  const key = `${job.lang}/${job.region}`;
  if (!session.hyphenators.has(key)) {
    // one pattern hyphenator (and its word cache) per language, shared by the regions
    const baseKey = `${job.lang}/`;
    if (!session.hyphenators.has(baseKey)) session.hyphenators.set(baseKey, createHyphenator(job.lang));
    const base = session.hyphenators.get(baseKey);
    const region = session.project.regions.get(job.region)!;
    const names = [...properNameWords(region.chain.map((id) => session.project.regions.get(id) ?? region))].sort();
    const exempt = new Set(names);
    const hyphenator: Hyphenator | undefined = base && ((word: string) => (exempt.has(wordCore(word)) ? [] : base(word)));
    // a paragraph breaks alike in two regions when the same exempt names occur in it (a name is a substring of any text it exempts a word of)
    if (hyphenator) hyphenator.memoKey = (text) => `${job.lang}|${names.filter((n) => text.includes(n)).join('\u0001')}`;
    session.hyphenators.set(key, hyphenator);
  }
  return session.hyphenators.get(key);
}

/** resolve → render → parse → model: the document model of one job, and every problem found on the way. */
export function modelJob(session: Session, job: Job, date?: Date): { document?: Document; concept: boolean; diagnostics: Diagnostic[] } {
  const { project, templates } = session;
  const { context, fields, concept, untranslated } = buildContext(project, job, date);
  // runBuild refuses these jobs before they are built; said here too for any other caller
  if (untranslated.length) return { concept, diagnostics: untranslatedRegionText(project, [job]) };
  const rendered = templates.render(job.material, context);
  if (!rendered.markup) return { concept, diagnostics: rendered.diagnostics };
  const parsed = parseMarkup(rendered.markup, `templates/${job.material}.hbs`);
  if (!parsed.root) return { concept, diagnostics: parsed.diagnostics };
  const model = buildModel(parsed.root, { fields, colors: new Set(Object.keys(project.theme.colors)), styles: new Set(Object.keys(project.theme.styles)), lang: job.lang });
  const diagnostics = [...parsed.diagnostics, ...model.diagnostics];
  if (model.document) {
    for (const use of collectAssets(model.document)) {
      if (use.kind === 'icon' && !readIcon(use.name)) {
        diagnostics.push({ severity: 'error', message: `there is no icon "${use.name}"`, ...use.at, field: use.field?.path, hint: 'icons are lucide icon names, such as graduation-cap or briefcase (https://lucide.dev/icons)' });
      }
      if (use.kind === 'image') {
        // only files read from the project's images/ folder: no web address, absolute path, `..`, font or profile
        const problem = projectPathProblem(use.name, ['images']);
        if (problem) diagnostics.push({ severity: 'error', message: `the image "${use.name.slice(0, 200)}" ${problem}`, ...use.at, field: use.field?.path });
        else if (!project.binaries.has(use.name)) {
          diagnostics.push({ severity: 'error', message: `the image "${use.name}" does not exist`, ...use.at, field: use.field?.path, hint: 'images must be files inside images/ (png, jpg, tif or svg)' });
        }
      }
    }
  }
  return { document: model.document, concept, diagnostics };
}

/** Text keeps this far inside the trim (the print shops' safe zone; preflight checks the same on the PDF). */
export const SAFE_ZONE_MM = 5;

/**
 * The model laid out into pages, then audited: every run of text inside its column, its frame and the safe zone, whatever
 * the line breaker did. A frame or flow that is too full is already reported by layout: then only lines too wide are added.
 */
export function layoutJob(session: Session, job: Job, document: Document): { laidOut: LaidOutDocument; diagnostics: Diagnostic[] } {
  const { document: laidOut, diagnostics } = layoutDocument(document, {
    theme: session.project.theme,
    measurer: session.measurer,
    breaks: session.breaks,
    hyphenator: hyphenatorFor(session, job),
    variant: job.id,
    region: job.region,
  });
  const overflowing = diagnostics.some((d) => d.severity === 'error');
  const audit = auditLayout(laidOut, { measurer: session.measurer, where: `${job.material} (${job.region})`, variant: job.id, safeZoneMm: SAFE_ZONE_MM });
  for (const { edge, ...finding } of audit) if (edge === 'side' || !overflowing) diagnostics.push(finding);
  return { laidOut, diagnostics };
}

async function prepareImages(session: Session, laidOut: LaidOutDocument, edition: Edition, icc: Buffer | undefined): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const page of laidOut.pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const key = imageKey(item.src, edition, item);
      if (session.images.has(key)) continue;
      try {
        const prepared = await prepareImageCached(session.project.binaries.get(item.src)!, { width: item.width, height: item.height }, edition, icc, session.store);
        session.images.set(key, prepared);
      } catch (e) {
        diagnostics.push({ severity: 'error', message: `the image "${item.src}" cannot be prepared for ${edition}: ${(e as Error).message}`, file: item.src });
      }
    }
  }
  return diagnostics;
}

const withVariant = (ds: Diagnostic[], job: Job): Diagnostic[] => ds.map((d) => (d.variant ? d : { ...d, variant: job.id }));

/** One job, every edition: model, layout once, then paint and preflight per edition. */
export async function buildJob(session: Session, job: Job, options: BuildOptions): Promise<JobResult> {
  const result: JobResult = { job, files: [], diagnostics: [], copyFits: [], concept: false };
  const modelled = modelJob(session, job, options.creationDate);
  result.concept = modelled.concept;
  result.diagnostics.push(...withVariant(modelled.diagnostics, job));
  if (!modelled.document || result.diagnostics.some((d) => d.severity === 'error')) return result;
  // a picture's resolution where it is placed, told at the field that placed it (print only: the screen edition needs half)
  if (job.editions.includes('print')) result.diagnostics.push(...withVariant(await checkResolution(collectAssets(modelled.document), session.project.binaries, session.imageSizes), job));
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  const { laidOut, diagnostics } = layoutJob(session, job, modelled.document);
  result.diagnostics.push(...withVariant(diagnostics, job));
  result.copyFits = laidOut.copyFits;
  if (laidOut.direction === 'rtl') result.direction = 'rtl';
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  const labels = (session.project.languages.get(job.lang)?.data.shared as { labels?: { concept?: string } } | undefined)?.labels;
  // the output profile (--profile, else the theme's print.profile, else FOGRA39) and its output condition from icc/<name>.yaml
  const output = resolveOutputIntent(session.project, options.profile, job.editions.includes('print'));
  if (output.diagnostics.length) return { ...result, diagnostics: [...result.diagnostics, ...output.diagnostics] };
  const { icc, intent } = output;
  for (const edition of job.editions) {
    result.diagnostics.push(...withVariant(await prepareImages(session, laidOut, edition, icc), job));
    if (result.diagnostics.some((d) => d.severity === 'error')) return result;
    const svgs = new Map<string, string>();
    for (const page of laidOut.pages) {
      for (const item of page.items) {
        if (item.kind === 'icon') svgs.set(item.name, readIcon(item.name)!);
        if (item.kind === 'image' && item.src.endsWith('.svg')) svgs.set(item.src, session.project.binaries.get(item.src)!.toString('utf8'));
      }
    }
    const bytes = await paintDocument(laidOut, {
      edition,
      theme: session.project.theme,
      fonts: session.fonts,
      images: session.images,
      svgs,
      cropMarks: options.cropMarks,
      bleedMm: 3,
      outputIntent: edition === 'print' && icc && intent ? { icc, ...intent } : undefined,
      colorProfile: icc,
      creationDate: options.creationDate,
      draftMark: modelled.concept ? (labels?.concept ?? 'CONCEPT') : undefined,
    });
    const path = outputPath(job, edition);
    // images are checked above at the field that placed them, by name, to the same thresholds: the preflight's unnamed findings would repeat them;
    // the binding's page multiple (4 saddle-stitched, 2 duplex) comes from the template, the shape of the rule is preflight's
    const findings = (await preflightPdf(bytes, { edition, pageMultiple: modelled.document.pageMultiple, ...(edition === 'print' ? { warnImagePpi: PRINT_PPI.floor } : {}) })).filter((f) => edition !== 'print' || f.check !== 'image-resolution');
    for (const f of findings) {
      result.diagnostics.push({
        severity: f.severity,
        message: `preflight ${f.check}: ${f.message}${f.page ? ` (page ${f.page})` : ''}`,
        file: `out/${path}`,
        variant: `${job.id}/${edition}`,
      });
    }
    result.files.push({ path, bytes, job, edition, pages: laidOut.pages.length });
  }
  return result;
}
