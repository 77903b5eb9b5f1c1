// What a build, a check and a watch say as they go and when they are done, in Dutch and English.
import { n, on, plural, type Entry } from './entry.js';
import { inner } from './inner.js';

/** What a rebuild covers: `region a, b · material flyer · language fr`, or everything. */
function scope(v: Record<string, string | number | undefined>, lang: 'en' | 'nl'): string {
  const words = lang === 'en' ? (['region', 'material', 'language', 'everything'] as const) : (['regio', 'materiaal', 'taal', 'alles'] as const);
  const parts = [v.regions && `${words[0]} ${v.regions}`, v.materials && `${words[1]} ${v.materials}`, v.langs && `${words[2]} ${v.langs}`].filter(Boolean);
  return parts.join(' · ') || words[3];
}

export const BUILD = {
  'build.nothingWritten': {
    en: (v) => `nothing was written: fix the errors above; the PDFs in ${v.out}/ are unchanged`,
    nl: (v) => `er is niets geschreven: verbeter de fouten hierboven; de PDF’s in ${v.out}/ zijn niet veranderd`,
  },
  'build.workerMissing': {
    en: (v) =>
      `drukwerk is not completely built: ${v.file} is missing, so no other core can build; run npm run build in ${v.root} (npm install runs it), or build on one core with --jobs 1. Nothing was written: the PDFs in ${v.out}/ are unchanged`,
    nl: (v) =>
      `drukwerk is niet volledig gebouwd: ${v.file} ontbreekt, dus geen andere processorkern kan bouwen; voer npm run build uit in ${v.root} (npm install doet dat), of bouw op één kern met --jobs 1. Er is niets geschreven: de PDF’s in ${v.out}/ zijn niet veranderd`,
  },
  'build.wrote': {
    en: (v) => `wrote ${n(v, 'pdfs')} PDF(s), ${n(v, 'pages')} pages, to ${v.out}/ in ${v.seconds} s${n(v, 'unchanged') ? `; unchanged: ${n(v, 'unchanged')}` : ''}`,
    nl: (v) =>
      `${plural(n(v, 'pdfs'), 'PDF', 'PDF’s')} geschreven, ${plural(n(v, 'pages'), 'pagina', 'pagina’s')}, naar ${v.out}/ in ${v.seconds} s${n(v, 'unchanged') ? `; ongewijzigd: ${n(v, 'unchanged')}` : ''}`,
  },
  'build.concept': {
    en: () => 'the content is still a concept: every page carries a CONCEPT mark (build with --final once it is approved)',
    nl: () => 'de inhoud is nog een concept: elke pagina krijgt een CONCEPT-stempel (bouw met --final zodra alles goedgekeurd is)',
  },
  'build.copyFits': {
    en: (v) => `${plural(n(v, 'count'), 'frame was', 'frames were')} set smaller to fit their text; details with --verbose or --report <file>`,
    nl: (v) => `${plural(n(v, 'count'), 'kader', 'kaders')} kleiner gezet zodat de tekst past; details met --verbose of --report <bestand>`,
  },
  'build.copyFit': {
    en: (v) => `copy-fit  ${v.job}  page ${v.page}  frame "${v.frame}"  scaled to ${v.percent} %`,
    nl: (v) => `kleiner gezet  ${v.job}  pagina ${v.page}  kader "${v.frame}"  op ${v.percent} %`,
  },
  'validate.ok': {
    en: (v) => `all ${n(v, 'jobs')} job(s) are valid${v.concept ? '; the content is still a concept (build with --final once it is approved)' : ''}`,
    nl: (v) => `alle ${n(v, 'jobs')} opdrachten zijn in orde${v.concept ? '; de inhoud is nog een concept (bouw met --final zodra alles goedgekeurd is)' : ''}`,
  },
  'build.jobsCapped': {
    en: (v) => `--jobs ${v.asked} is more than the ${v.cores} core(s) of this machine: building on at most ${v.used} thread(s)`,
    nl: (v) => `--jobs ${v.asked} is meer dan de ${v.cores} kern(en) van deze computer: er wordt gebouwd op hoogstens ${v.used} thread(s)`,
  },
  // progress: a line per output in a log, one line rewritten in place on a terminal
  'progress.built': {
    en: (v) => `built      ${v.path}  ${n(v, 'pages')} page(s), ${v.size}`,
    nl: (v) => `gebouwd    ${v.path}  ${plural(n(v, 'pages'), 'pagina', 'pagina’s')}, ${v.size}`,
  },
  'progress.checked': {
    en: (v) => `checked    ${v.job}  [${v.done}/${v.total}]`,
    nl: (v) => `nagekeken  ${v.job}  [${v.done}/${v.total}]`,
  },
  'progress.line': {
    en: (v) =>
      `[${v.done}/${v.total} jobs] ${n(v, 'pdfs')} PDF(s), ${n(v, 'pages')} pages ${v.verb === 'checked' ? 'checked' : 'built'}${n(v, 'unchanged') ? `, ${n(v, 'unchanged')} unchanged` : ''}${v.left ? ` — about ${v.left} left` : ''}`,
    nl: (v) =>
      `[${v.done}/${v.total} opdrachten] ${plural(n(v, 'pdfs'), 'PDF', 'PDF’s')}, ${plural(n(v, 'pages'), 'pagina', 'pagina’s')} ${v.verb === 'checked' ? 'nagekeken' : 'gebouwd'}${n(v, 'unchanged') ? `, ${n(v, 'unchanged')} ongewijzigd` : ''}${v.left ? ` — nog ongeveer ${v.left}` : ''}`,
  },
  // the report (--report, --verbose)
  'report.overset': { en: (v) => `overset   ${v.variant}  ${v.detail}`, nl: (v) => `te lang   ${v.variant}  ${v.detail}` },
  'report.rightToLeft': {
    en: (v) => `binding   ${v.job}  right to left: bound on the right, pages in right-to-left order (/ViewerPreferences /Direction /R2L)`,
    nl: (v) => `binding   ${v.job}  van rechts naar links: gebonden aan de rechterkant, pagina’s van rechts naar links (/ViewerPreferences /Direction /R2L)`,
  },
  // the output folder after a build
  'build.removed': {
    en: (v) => `removed ${n(v, 'count')} PDF(s) the project no longer makes from ${v.out}/ and its manifest:`,
    nl: (v) => `${plural(n(v, 'count'), 'PDF', 'PDF’s')} die het project niet meer maakt, verwijderd uit ${v.out}/ en het manifest:`,
  },
  'build.unlisted': {
    en: (v) => `${n(v, 'count')} PDF(s) the project no longer makes were changed since drukwerk wrote them: left in place, no longer in manifest.json:`,
    nl: (v) =>
      `${n(v, 'count') === 1 ? '1 PDF die het project niet meer maakt, is' : `${n(v, 'count')} PDF’s die het project niet meer maakt, zijn`} veranderd sinds drukwerk ze schreef: ze blijven staan, maar niet meer in manifest.json:`,
  },
  // a preflight finding on a PDF a build made: the check's name, the finding (in its own code), the page
  'build.preflightFinding': {
    en: (v) => `preflight ${v.check}: ${inner(v, 'finding', 'en')}${v.page ? ` (page ${v.page})` : ''}`,
    nl: (v) => `preflight ${v.check}: ${inner(v, 'finding', 'nl')}${v.page ? ` (pagina ${v.page})` : ''}`,
  },
  // watch
  'watch.building': { en: (v) => `building ${scope(v, 'en')} …`, nl: (v) => `bezig met bouwen: ${scope(v, 'nl')} …` },
  'watch.notRebuilt': {
    en: (v) => `not rebuilt: ${v.detail}; save again to retry`,
    nl: (v) => `niet opnieuw gebouwd: ${v.detail}; bewaar opnieuw om het nog eens te proberen`,
  },
  'watch.notRebuiltErrors': {
    en: (v) => `not rebuilt: fix the errors above and save again; the PDFs in ${v.out}/ are unchanged`,
    nl: (v) => `niet opnieuw gebouwd: verbeter de fouten hierboven en bewaar opnieuw; de PDF’s in ${v.out}/ zijn niet veranderd`,
  },
  'watch.wrote': {
    en: (v) => `wrote ${v.path} (${n(v, 'pages')} page${n(v, 'pages') === 1 ? '' : 's'})`,
    nl: (v) => `${v.path} geschreven (${plural(n(v, 'pages'), 'pagina', 'pagina’s')})`,
  },
  'watch.built': {
    en: (v) => `${on(v, 'first') ? 'built' : 'rebuilt'} ${n(v, 'count')} PDF(s) in ${v.seconds} s${n(v, 'unchanged') ? `; unchanged: ${n(v, 'unchanged')}` : ''}`,
    nl: (v) => `${plural(n(v, 'count'), 'PDF', 'PDF’s')} ${on(v, 'first') ? 'gebouwd' : 'opnieuw gebouwd'} in ${v.seconds} s${n(v, 'unchanged') ? `; ongewijzigd: ${n(v, 'unchanged')}` : ''}`,
  },
  'watch.changed': { en: (v) => `changed: ${v.files}`, nl: (v) => `gewijzigd: ${v.files}` },
  'watch.nothingToRebuild': { en: () => 'nothing to rebuild for this change', nl: () => 'niets opnieuw te bouwen voor deze wijziging' },
  'watch.folderBack': { en: (v) => `${v.folder}/ is back: rebuilding everything`, nl: (v) => `${v.folder}/ is terug: alles wordt opnieuw gebouwd` },
  'watch.folderGone': {
    en: (v) => `${v.folder}/ was removed: waiting for it to come back`,
    nl: (v) => `${v.folder}/ is verwijderd: drukwerk wacht tot de map terug is`,
  },
  'watch.stopped': { en: () => 'stopped watching', nl: () => 'drukwerk volgt de bestanden niet meer' },
  'watch.watching': {
    en: (v) => `watching ${v.folders} — save a file to rebuild what it touches; Ctrl-C stops`,
    nl: (v) => `drukwerk volgt ${v.folders} — bewaar een bestand en wat het raakt, wordt opnieuw gebouwd; Ctrl-C stopt`,
  },
  // the worker threads of a build
  'parallel.workerCannotOpen': {
    en: (v) => `the worker could not open the project: ${v.detail}`,
    nl: (v) => `de worker kon het project niet openen: ${v.detail}`,
  },
} satisfies Record<string, Entry>;
