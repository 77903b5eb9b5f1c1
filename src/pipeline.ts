// The stages in order: the project → its World (templates compiled, fonts opened), then for each job of the matrix resolve → render → parse → model → layout → paint → preflight. Nobody else knows the order: the in-process build and the worker threads both call buildJob.
import type { Diagnostic } from './diagnostics.js';
import { coded, nested } from './messages/coded.js';
import { parseProject, type Project } from './load/parseProject.js';
import type { ProjectFiles } from './load/readProjectFiles.js';
import type { CopyFit, LaidOutDocument } from './layout/types.js';
import type { Document } from './model/types.js';
import { buildContext } from './template/buildContext.js';
import { parseMarkup } from './model/parseMarkup.js';
import { buildModel } from './model/buildModel.js';
import { collectAssets } from './model/collectAssets.js';
import { projectPathProblem } from './load/projectPath.js';
import { readIcon } from './load/readIcons.js';
import { layoutDocument } from './layout/layoutDocument.js';
import { auditLayout } from './layout/auditLayout.js';
import { createHyphenator } from './layout/hyphenator.js';
import { paintDocument } from './pdf/paintDocument.js';
import { SvgDrawFailed } from './pdf/drawSvg.js';
import { resolveOutputIntent } from './load/readOutputIntent.js';
import { imageKey, type PreparedImage } from './assets/prepareImage.js';
import { prepareImageCached } from './assets/imageCache.js';
import { bufferHash } from './assets/bufferHash.js';
import { checkResolution, PRINT_PPI, readPixelSize, type PixelSize } from './assets/checkResolution.js';
import type { Store } from './world/store.js';
import { memo, memoKey, memoTable } from './world/memo.js';
import { digest } from './digest.js';
import { createWorld, keptWorld, takeStoreEntries, type KeptWorld, type World } from './world/world.js';
import { preflightPdf } from './preflight/preflightPdf.js';
import type { BuiltFile } from './write/writeOutputs.js';
import { outputPath, type Job } from './variant/planJobs.js';
import type { Edition } from './vocabulary/edition.js';
import { properNameWords, wordCore } from './variant/properNames.js';
import { untranslatedRegionText } from './variant/untranslatedRegionText.js';
import type { Hyphenator } from './layout/types.js';

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

export type { World, KeptWorld } from './world/world.js';

/** The World of a project sent to a worker thread: the files parsed (YAML read back from `store`), then the World made of them. */
export function openWorld(files: ProjectFiles, store?: Store): { world?: World; diagnostics: Diagnostic[] } {
  const { project, diagnostics } = parseProject(files, store);
  if (!project) return { diagnostics };
  const made = createWorld(project, store);
  return { world: made.world, diagnostics: [...diagnostics, ...made.diagnostics] };
}

/** The World of this thread's build: on the kept base (`drukwerk watch`) while the shared inputs are the same, else new. */
export function worldOf(project: Project, store?: Store, kept?: { world: KeptWorld; shared: string }): { world?: World; diagnostics: Diagnostic[] } {
  return kept ? keptWorld(kept.world, kept.shared, project, store) : createWorld(project, store);
}

export { createWorld, takeStoreEntries };

/** The language's pattern hyphenator (and its word cache), one for the regions of every World of the same base. */
const patternHyphenator = (world: World, lang: string): Hyphenator | undefined => memo('pipeline.patternHyphenator', [world.base, lang], () => createHyphenator(lang));

/** The language's hyphenator, leaving whole the proper names the job's region chain prints (Oostende, Leerwinkel, Arktos…). */
function hyphenatorFor(world: World, job: Job): Hyphenator | undefined {
  // the region chain's names are content: keyed on the World, whose content a watch session's next build may have changed
  return memo('pipeline.hyphenator', [world, job.lang, job.region], () => {
    // biome-ignore lint/style/noNonNullAssertion: jobs are planned from the regions of the project the World was made of
    const region = world.project.regions.get(job.region)!;
    const names = [...properNameWords(region.chain.map((id) => world.project.regions.get(id) ?? region))].sort();
    return exemptingNames(patternHyphenator(world, job.lang), job.lang, names);
  });
}

/**
 * `base` leaving the names whole. Made outside hyphenatorFor: a closure keeps the scopes it was made in, and the memo keeps
 * the hyphenator after its build, so one made there would keep that build's World (its store's shelves, its fonts) alive.
 */
function exemptingNames(base: Hyphenator | undefined, lang: string, names: readonly string[]): Hyphenator | undefined {
  if (!base) return undefined;
  const exempt = new Set(names);
  const hyphenator: Hyphenator = (word: string) => (exempt.has(wordCore(word)) ? [] : base(word));
  // a paragraph breaks alike in two regions when the same exempt names occur in it (a name is a substring of any text it exempts a word of)
  hyphenator.memoKey = (text) => `${lang}|${names.filter((n) => text.includes(n)).join('\u0001')}`;
  return hyphenator;
}

/** resolve → render → parse → model: the document model of one job, and every problem found on the way. */
export function modelJob(world: World, job: Job, date?: Date): { document?: Document; concept: boolean; diagnostics: Diagnostic[] } {
  const { project, templates } = world;
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
        diagnostics.push({ severity: 'error', ...coded('asset.noIcon', { name: use.name }, 'asset.noIconHint'), ...use.at, field: use.field?.path });
      }
      if (use.kind === 'image') {
        // only files read from the project's images/ folder: no web address, absolute path, `..`, font or profile
        const problem = projectPathProblem(use.name, ['images']);
        if (problem) diagnostics.push({ severity: 'error', ...coded('asset.badImagePath', { ...nested('why', problem), name: use.name.slice(0, 200) }), ...use.at, field: use.field?.path });
        else if (!project.binaries.has(use.name)) {
          diagnostics.push({ severity: 'error', ...coded('asset.noImage', { name: use.name }, 'asset.noImageHint'), ...use.at, field: use.field?.path });
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
export function layoutJob(world: World, job: Job, document: Document): { laidOut: LaidOutDocument; diagnostics: Diagnostic[] } {
  const { document: laidOut, diagnostics } = layoutDocument(document, {
    theme: world.project.theme,
    measurer: world.measurer,
    breaks: world.breaks,
    hyphenator: hyphenatorFor(world, job),
    variant: job.id,
    region: job.region,
  });
  const overflowing = diagnostics.some((d) => d.severity === 'error');
  const audit = auditLayout(laidOut, { measurer: world.measurer, where: `${job.material} (${job.region})`, variant: job.id, safeZoneMm: SAFE_ZONE_MM });
  for (const { edge, ...finding } of audit) if (edge === 'side' || !overflowing) diagnostics.push(finding);
  return { laidOut, diagnostics };
}

/** Prepared images a few pages use at a time (a print JPEG is megabytes): bounded well below the memo default. */
const PREPARED_IMAGES = 256;

/**
 * Every image the document places, prepared for the edition (by imageKey, as paint looks them up). Keyed on the World's
 * base, whose images and profiles are the same in every World of a watch session, so a content edit prepares none again.
 */
async function prepareImages(world: World, laidOut: LaidOutDocument, edition: Edition, icc: Buffer | undefined): Promise<{ images: Map<string, PreparedImage>; diagnostics: Diagnostic[] }> {
  const images = new Map<string, PreparedImage>();
  const diagnostics: Diagnostic[] = [];
  const profile = icc ? bufferHash(icc) : '';
  for (const page of laidOut.pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const key = imageKey(item.src, edition, item);
      if (images.has(key)) continue;
      try {
        const placed = { width: item.width, height: item.height };
        // biome-ignore lint/style/noNonNullAssertion: modelJob stopped the job if an image it places is not in binaries
        const prepare = () => prepareImageCached(world.project.binaries.get(item.src)!, placed, edition, icc, world.store);
        images.set(key, await memo('pipeline.preparedImage', [world.base, key, profile], prepare, PREPARED_IMAGES));
      } catch (e) {
        diagnostics.push({ severity: 'error', ...coded('asset.cannotPrepare', { name: item.src, edition, detail: (e as Error).message }), file: item.src });
      }
    }
  }
  return { images, diagnostics };
}

/** An image's pixel size, its header read once per World base (the images are the same in every World of a watch session). */
const pixelSizeOf =
  (world: World) =>
  (src: string, bytes: Buffer): Promise<PixelSize> =>
    memo('pipeline.pixelSize', [world.base, src], () => readPixelSize(bytes));

const withVariant = (ds: Diagnostic[], job: Job): Diagnostic[] => ds.map((d) => (d.variant ? d : { ...d, variant: job.id }));

/** What a job made after its model: the same for the same model and inputs, whatever else its region file holds. */
type AfterModel = Pick<JobResult, 'files' | 'diagnostics' | 'copyFits' | 'direction'>;

/**
 * What jobs made after their model, by everything layout, paint and preflight read besides the model (the World's base,
 * the options, the theme, the labels, the names left whole, the images and profile it places): a watch session whose
 * edit leaves a job's model as it was (a Dutch description the translations do not print) reuses the PDFs of that job.
 * Bounded to a few regions' jobs: the PDFs are held.
 */
const afterModel = memoTable<AfterModel>('pipeline.afterModel', 64);

/** The key of afterModel for this job's model; every part a later stage reads, hashed. */
function afterModelKey(world: World, job: Job, options: BuildOptions, document: Document, concept: boolean, labels: unknown): string {
  // biome-ignore lint/style/noNonNullAssertion: jobs are planned from the regions of the project the World was made of
  const region = world.project.regions.get(job.region)!;
  const names = [...properNameWords(region.chain.map((id) => world.project.regions.get(id) ?? region))].sort();
  const images = collectAssets(document).map((use) => {
    const bytes = world.project.binaries.get(use.name);
    return [use.name, bytes ? bufferHash(bytes) : null];
  });
  const output = resolveOutputIntent(world.project, options.profile, job.editions.includes('print'));
  const parts = [
    job.id,
    job.editions,
    options.cropMarks,
    options.final,
    options.creationDate.toISOString(),
    options.profile ?? null,
    concept,
    labels ?? null,
    world.project.theme,
    names,
    images,
    output.icc ? bufferHash(output.icc) : null,
    output.intent ?? null,
    document,
  ];
  return memoKey([world.base, digest('sha256', JSON.stringify(parts), 'base64')]);
}

/** A kept result as a new one: the caller releases a file's bytes once written (retainBytes), which must not reach the memo's copy. */
const copied = (kept: AfterModel): AfterModel => ({ ...kept, files: kept.files.map((f) => ({ ...f })), diagnostics: [...kept.diagnostics], copyFits: [...kept.copyFits] });

/**
 * One job, every edition: model, layout once, then paint and preflight per edition; the event loop has run once when it
 * resolves (ticksRun). `reuse` (`drukwerk watch`): a job whose model and other inputs are those of a job built before in
 * this process takes what that one made after its model.
 */
export async function buildJob(world: World, job: Job, options: BuildOptions, reuse = false): Promise<JobResult> {
  const result = await paintedJob(world, job, options, reuse);
  await ticksRun();
  return result;
}

async function paintedJob(world: World, job: Job, options: BuildOptions, reuse: boolean): Promise<JobResult> {
  const modelled = modelJob(world, job, options.creationDate);
  const result: JobResult = { job, files: [], diagnostics: withVariant(modelled.diagnostics, job), copyFits: [], concept: modelled.concept };
  if (!modelled.document || result.diagnostics.some((d) => d.severity === 'error')) return result;
  const labels = (world.project.languages.get(job.lang)?.data.shared as { labels?: { concept?: string } } | undefined)?.labels;
  const { document, concept } = modelled;
  const make = () => afterModelOf(world, job, options, document, concept, labels);
  const made = reuse
    ? copied(await afterModel.getAsync(afterModelKey(world, job, options, document, concept, labels?.concept), make, (m) => !m.diagnostics.some((d) => d.severity === 'error')))
    : await make();
  return { ...result, ...made, files: made.files.map((f) => ({ ...f, job })), diagnostics: [...result.diagnostics, ...made.diagnostics] };
}

/** Resolution check, layout, then paint and preflight per edition: everything a job makes of its model. */
async function afterModelOf(world: World, job: Job, options: BuildOptions, document: Document, concept: boolean, labels: { concept?: string } | undefined): Promise<AfterModel> {
  const result: AfterModel = { files: [], diagnostics: [], copyFits: [] };
  // a picture's resolution where it is placed, told at the field that placed it (print only: the screen edition needs half)
  if (job.editions.includes('print')) result.diagnostics.push(...withVariant(await checkResolution(collectAssets(document), world.project.binaries, pixelSizeOf(world)), job));
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  const { laidOut, diagnostics } = layoutJob(world, job, document);
  result.diagnostics.push(...withVariant(diagnostics, job));
  result.copyFits = laidOut.copyFits;
  if (laidOut.direction === 'rtl') result.direction = 'rtl';
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  // the output profile (--profile, else the theme's print.profile, else FOGRA39) and its output condition from icc/<name>.yaml
  const output = resolveOutputIntent(world.project, options.profile, job.editions.includes('print'));
  if (output.diagnostics.length) return { ...result, diagnostics: [...result.diagnostics, ...output.diagnostics] };
  const { icc, intent } = output;
  for (const edition of job.editions) {
    const prepared = await prepareImages(world, laidOut, edition, icc);
    result.diagnostics.push(...withVariant(prepared.diagnostics, job));
    if (result.diagnostics.some((d) => d.severity === 'error')) return result;
    const svgs = new Map<string, string>();
    for (const page of laidOut.pages) {
      for (const item of page.items) {
        // biome-ignore lint/style/noNonNullAssertion: modelJob stopped the job if an icon it places cannot be read
        if (item.kind === 'icon') svgs.set(item.name, readIcon(item.name)!);
        // biome-ignore lint/style/noNonNullAssertion: modelJob stopped the job if an image it places is not in binaries
        if (item.kind === 'image' && item.src.endsWith('.svg')) svgs.set(item.src, world.project.binaries.get(item.src)!.toString('utf8'));
      }
    }
    let bytes: Buffer;
    try {
      bytes = await paintDocument(laidOut, {
        edition,
        theme: world.project.theme,
        fonts: world.fonts,
        images: prepared.images,
        svgs,
        cropMarks: options.cropMarks,
        bleedMm: 3,
        outputIntent: edition === 'print' && icc && intent ? { icc, ...intent } : undefined,
        colorProfile: icc,
        creationDate: options.creationDate,
        draftMark: concept ? (labels?.concept ?? 'CONCEPT') : undefined,
      });
    } catch (e) {
      // the checks bound every SVG they accept; whatever svg-to-pdfkit or pdfkit still throws on one is that file's error, at that file
      if (!(e instanceof SvgDrawFailed)) throw e;
      result.diagnostics.push({ severity: 'error', ...coded('svg.drawFailed', { src: e.src, detail: e.detail }, 'svg.drawFailedHint'), file: e.src, variant: `${job.id}/${edition}` });
      return result;
    }
    const path = outputPath(job, edition);
    // images are checked above at the field that placed them, by name, to the same thresholds: the preflight's unnamed findings would repeat them;
    // the binding's page multiple (4 saddle-stitched, 2 duplex) comes from the template, the shape of the rule is preflight's
    const findings = (await preflightPdf(bytes, { edition, pageMultiple: document.pageMultiple, ...(edition === 'print' ? { warnImagePpi: PRINT_PPI.floor } : {}) })).filter(
      (f) => edition !== 'print' || f.check !== 'image-resolution',
    );
    for (const f of findings) {
      // the finding's own code is kept inside, so a build prints it in the language chosen
      result.diagnostics.push({
        severity: f.severity,
        ...coded('build.preflightFinding', { ...nested('finding', f), check: f.check, page: f.page }),
        file: `out/${path}`,
        variant: `${job.id}/${edition}`,
      });
    }
    result.files.push({ path, bytes, job, edition, pages: laidOut.pages.length });
  }
  return result;
}

/**
 * Lets the event loop run once. pdfkit's document is a Readable stream that leaves a tick behind (maybeReadMore) holding
 * the document and every chunk of its bytes; a thread that builds job after job in one chain of promises never runs
 * those ticks, and kept every document it painted (a worker thread grew ~1.5 MB per brochure job, so memory grew with the matrix).
 */
const ticksRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
