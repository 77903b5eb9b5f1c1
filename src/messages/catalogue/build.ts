// What a build, a check and a watch say as they go and when they are done, in Dutch and English.
import { n, plural, type Entry } from './entry.js';

export const BUILD = {
  'build.nothingWritten': {
    en: (v) => `nothing was written: fix the errors above; the PDFs in ${v.out}/ are unchanged`,
    nl: (v) => `er is niets geschreven: verbeter de fouten hierboven; de PDF’s in ${v.out}/ zijn niet veranderd`,
  },
  'build.wrote': {
    en: (v) => `wrote ${n(v, 'pdfs')} PDF(s), ${n(v, 'pages')} pages, to ${v.out}/ in ${v.seconds} s${n(v, 'unchanged') ? `; unchanged: ${n(v, 'unchanged')}` : ''}`,
    nl: (v) => `${plural(n(v, 'pdfs'), 'PDF', 'PDF’s')} geschreven, ${plural(n(v, 'pages'), 'pagina', 'pagina’s')}, naar ${v.out}/ in ${v.seconds} s${n(v, 'unchanged') ? `; ongewijzigd: ${n(v, 'unchanged')}` : ''}`,
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
} satisfies Record<string, Entry>;
