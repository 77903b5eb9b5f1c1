// Project files → the validated project: theme, content per language, regions resolved through `extends`, template sources.
import { fontProblem } from './checkFont.js';
import type { Diagnostic } from '../diagnostics.js';
import { coded, nested } from '../messages/coded.js';
import { itemLimitProblems } from './itemLimits.js';
import type { Theme } from '../vocabulary/theme.js';
import { resolveRegions, type RegionFile, type ResolvedRegion } from './resolveRegions.js';
import type { ProjectFiles } from './readProjectFiles.js';
import type { YamlFile } from './readYaml.js';
import { readYamlCached } from './readYamlCached.js';
import type { Store } from '../world/store.js';
import { memo } from '../world/memo.js';
import { contentSchemas, RegionFile as RegionFileSchema, RegionTranslationFile } from './schema.js';
import { MATERIALS, type Material } from '../vocabulary/material.js';
import { ThemeSchema } from './themeSchema.js';
import { validateData } from './validateData.js';
import { checkTemplate } from './checkTemplate.js';
import { checkRegionImages } from './checkRegionImages.js';
import { checkTranslations, SOURCE_LANG } from './checkTranslations.js';
import { checkRegionTranslations } from './checkRegionTranslations.js';
import { checkSourceRefs } from './checkSourceRefs.js';
import type { RegionTexts } from './regionTexts.js';
import { ID_PART, idFrom } from '../vocabulary/ids.js';

const LANG_PART = '[a-z]{2}(?:-[A-Z]{2})?';
const TRANSLATED_REGION = new RegExp(`^content/(${LANG_PART})/regions/(${ID_PART})\\.ya?ml$`);
const CONTENT_FILE = new RegExp(`^content/(${LANG_PART}|regions)/(${ID_PART})\\.ya?ml$`);
const DUTCH_REGION = new RegExp(`^content/regions/(${ID_PART})\\.ya?ml$`);
/** A YAML file in a regions folder, whatever its name. */
const REGION_FOLDER_FILE = new RegExp(`^content/(?:${LANG_PART}/)?regions/([^/]+)\\.ya?ml$`);

export type ContentName = keyof typeof contentSchemas;

export interface LanguageContent {
  lang: string;
  files: Partial<Record<ContentName, YamlFile>>;
  data: Partial<Record<ContentName, unknown>>;
}

/** A template file as read: a layout or a partial. */
export interface TemplateSource {
  /** `flyer` for a layout, `contact-card` for a partial. */
  name: string;
  /** Path relative to the project root. */
  file: string;
  text: string;
}

export interface Project {
  root: string;
  theme: Theme;
  themeFile: string;
  languages: Map<string, LanguageContent>;
  regions: Map<string, ResolvedRegion>;
  regionFiles: Map<string, RegionFile>;
  /** The regions' text in each translated language (content/<lang>/regions/<id>.yaml), by language and region id. */
  regionTexts: RegionTexts;
  layouts: TemplateSource[];
  partials: TemplateSource[];
  binaries: Map<string, Buffer>;
  texts: Map<string, string>;
}

const THEME_FILE = 'templates/theme.yaml';

function parseFile<T>(
  files: ProjectFiles,
  store: Store | undefined,
  rel: string,
  schema: Parameters<typeof validateData<T>>[0],
  what: string,
  diagnostics: Diagnostic[],
): { file?: YamlFile; data?: T } {
  // biome-ignore lint/style/noNonNullAssertion: every caller passes the path of a text it found in files.texts
  const { value, diagnostics: syntax } = readYamlCached(rel, files.texts.get(rel)!, store, files.texts.size);
  diagnostics.push(...syntax);
  if (!value) return {};
  const tooMany = itemLimitProblems(value);
  if (tooMany.length) {
    diagnostics.push(...tooMany);
    return { file: value };
  }
  const { value: data, diagnostics: invalid } = validateData(schema, value, what, files.texts.get(rel));
  diagnostics.push(...invalid);
  return { file: value, data };
}

/**
 * parseProject of these very files (by identity), once: `drukwerk watch` reads the project to see what a change touches,
 * then plans and builds from the same read. The result is shared: its callers copy the diagnostics they add to.
 */
export function parsedProject(files: ProjectFiles, store?: Store): { project?: Project; diagnostics: readonly Diagnostic[] } {
  return memo('load.parsedProject', [files, store], () => parseProject(files, store), 2);
}

/** `store`: where YAML parsed by earlier runs is read back and this run's parses go (none: every file is parsed). */
export function parseProject(files: ProjectFiles, store?: Store): { project?: Project; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let theme: Theme | undefined;
  let themeYaml: YamlFile | undefined;
  if (!files.texts.has(THEME_FILE)) {
    diagnostics.push({ severity: 'error', ...coded('load.themeMissing', {}, 'load.themeMissingHint'), file: THEME_FILE });
  } else {
    const parsed = parseFile(files, store, THEME_FILE, ThemeSchema, 'the theme', diagnostics);
    theme = parsed.data as Theme | undefined;
    themeYaml = parsed.file;
  }
  /** Where a theme field is written (its value, else its key), as file, line and column plus the field path. */
  const inTheme = (field: string): Pick<Diagnostic, 'file' | 'line' | 'column' | 'field'> => {
    const pos = themeYaml?.positions.value.get(field) ?? themeYaml?.positions.key.get(field);
    return { file: THEME_FILE, ...(pos ? { line: pos.line, column: pos.column } : {}), field };
  };

  const languages = new Map<string, LanguageContent>();
  const regionFiles = new Map<string, RegionFile>();
  // every region file read, valid or not: its logos are checked either way, so all mistakes show at once
  const regionYamls: YamlFile[] = [];
  const regionTexts: RegionTexts = new Map();
  for (const rel of files.texts.keys()) {
    if (!rel.startsWith('content/')) continue;
    const twin = rel.endsWith('.yml') ? `${rel.slice(0, -'.yml'.length)}.yaml` : undefined;
    if (twin && (files.texts.has(twin) || files.unread?.has(twin))) {
      // which of the two would win is an accident of the order they are read in: neither is guessed
      diagnostics.push({ severity: 'error', ...coded('load.sameFileTwice', { file: rel, twin }, 'load.sameFileTwiceHint'), file: rel });
      continue;
    }
    const translated = TRANSLATED_REGION.exec(rel);
    if (translated) {
      const [, lang = '', id = ''] = translated; // '' never: both groups are required
      if (lang === SOURCE_LANG) {
        diagnostics.push({ severity: 'error', ...coded('load.dutchRegionText', { id }, 'load.dutchRegionTextHint'), file: rel });
        continue;
      }
      const { file, data } = parseFile(files, store, rel, RegionTranslationFile, 'a region translation', diagnostics);
      if (!file || !data) continue;
      const texts = regionTexts.get(lang) ?? new Map();
      regionTexts.set(lang, texts.set(id, { id, lang, file, data }));
      continue;
    }
    const m = CONTENT_FILE.exec(rel);
    const badName = !m && REGION_FOLDER_FILE.exec(rel);
    if (badName) {
      // a region's file name is its id: in out/<id>/, in --region <id>; said as such, not as a file in the wrong place
      const suggestion = idFrom(badName[1] ?? '');
      diagnostics.push({
        severity: 'error',
        ...(suggestion ? coded('load.regionFileName', { name: badName[1], suggestion }, 'load.regionFileNameHint') : coded('load.regionFileName', { name: badName[1] })),
        file: rel,
      });
      continue;
    }
    if (!m) {
      diagnostics.push({ severity: 'error', ...coded('load.notContentPlace', {}, 'load.notContentPlaceHint'), file: rel });
      continue;
    }
    const [, folder = '', name = ''] = m; // '' never: both groups are required
    if (folder === 'regions') {
      const { file, data } = parseFile(files, store, rel, RegionFileSchema, 'a region', diagnostics);
      if (file) regionYamls.push(file);
      if (file && data) regionFiles.set(name, { id: name, file, data });
      continue;
    }
    if (!(name in contentSchemas)) {
      diagnostics.push({ severity: 'error', ...coded('load.noMaterial', { name, materials: Object.keys(contentSchemas).join(', ') }, 'load.noMaterialHint'), file: rel });
      continue;
    }
    const lang: LanguageContent = languages.get(folder) ?? { lang: folder, files: {}, data: {} };
    languages.set(folder, lang);
    const key = name as ContentName;
    const { file, data } = parseFile(files, store, rel, contentSchemas[key] as never, `the ${name} content`, diagnostics);
    if (file) lang.files[key] = file;
    if (data) lang.data[key] = data;
  }
  for (const lang of languages.values()) {
    const sharedPresent = files.texts.has(`content/${lang.lang}/shared.yaml`) || files.texts.has(`content/${lang.lang}/shared.yml`);
    if (!lang.files.shared && !sharedPresent)
      diagnostics.push({ severity: 'error', ...coded('load.sharedMissing', { lang: lang.lang }, 'load.sharedMissingHint'), file: `content/${lang.lang}/shared.yaml` });
  }
  diagnostics.push(...checkTranslations(languages.values(), diagnostics));
  if (regionFiles.size === 0) diagnostics.push({ severity: 'error', ...coded('load.noRegions', {}, 'load.noRegionsHint'), file: 'content/regions' });
  const { regions, diagnostics: regionDiagnostics } = resolveRegions(regionFiles);
  diagnostics.push(...regionDiagnostics);
  diagnostics.push(...checkRegionImages(regionYamls, files));
  // a region file found but not read (already reported) still has its translations
  const dutchIds = new Set([...files.texts.keys(), ...(files.unread ?? [])].flatMap((rel) => DUTCH_REGION.exec(rel)?.[1] ?? []));
  diagnostics.push(...checkRegionTranslations(regionTexts, regionFiles, dutchIds));
  diagnostics.push(...checkSourceRefs(languages.values(), languages.get(SOURCE_LANG), regionFiles));

  const layouts: TemplateSource[] = [];
  const partials: TemplateSource[] = [];
  for (const [rel, text] of files.texts) {
    const layout = /^templates\/([a-z0-9-]+)\.hbs$/.exec(rel)?.[1];
    const partial = /^templates\/partials\/([a-z0-9-]+)\.hbs$/.exec(rel)?.[1];
    if (layout) layouts.push({ name: layout, file: rel, text });
    else if (partial) partials.push({ name: partial, file: rel, text });
    if (layout || partial) diagnostics.push(...checkTemplate(rel, text, store));
  }
  for (const material of MATERIALS) {
    if (!layouts.some((l) => l.name === material)) diagnostics.push({ severity: 'error', ...coded('load.layoutMissing', { material }), file: `templates/${material}.hbs` });
  }
  if (theme) {
    for (const [role, font] of Object.entries(theme.fonts)) {
      const bytes = files.binaries.get(font);
      if (!bytes) diagnostics.push({ severity: 'error', ...coded('load.fontMissing', { role, font }, 'load.fontMissingHint'), ...inTheme(`fonts.${role}`) });
      const problem = bytes && fontProblem(bytes, store);
      if (problem) diagnostics.push({ severity: 'error', ...coded('load.fontUnusable', { ...nested('why', problem), role, font }, 'load.fontUnusableHint'), ...inTheme(`fonts.${role}`) });
    }
    for (const [name, style] of Object.entries(theme.styles)) {
      if (!(style.color in theme.colors)) diagnostics.push({ severity: 'error', ...coded('load.styleColour', { name, colour: style.color }), ...inTheme(`styles.${name}.color`) });
    }
  }
  if (!theme || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    project: { root: files.root, theme, themeFile: THEME_FILE, languages, regions, regionFiles, regionTexts, layouts, partials, binaries: files.binaries, texts: files.texts },
    diagnostics,
  };
}

export type { Material };
