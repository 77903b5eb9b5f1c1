// Plain text + language → the same text with typographic quotes, apostrophes, dashes, ellipses and non-breaking spaces (table-driven, conservative).
import { memoTable } from '../world/memo.js';

const NBSP = '\u00A0';
/** French spacing before ; : ! ? and inside « » (the narrow no-break space of current French typesetting). */
const NNBSP = '\u202F';

interface QuoteStyle {
  open2: string;
  close2: string;
  open1: string;
  close1: string;
  /** Space inside the quotes (French « … »). */
  inner: string;
}

interface LanguageRules {
  quotes?: QuoteStyle;
  /** Units and words glued to a preceding number with NBSP, besides the common ones. */
  units: string[];
  /** Abbreviations glued to a following number with NBSP (`nr. 5`). */
  numberPrefixes: string[];
  /** Elisions written with a leading apostrophe (`'s avonds`, `'t`): the quote becomes ’, not ‘. */
  elisions: string[];
  /** French spacing: a narrow no-break space before ; : ! ? */
  nbspBeforeHighPunctuation: boolean;
  /** Month names, glued to the day before them (`1 januari`). */
  months: string[];
  /** The words of a range of numbers (`8 tot 19 uur`): the whole range is glued when a unit follows it. */
  rangeWords: string[];
  /** Right to left: the arrow → of the layouts and the Dutch text ("next", "see there") points the reading direction, so it becomes ←. */
  mirrorArrows?: true;
}

const COMMON_UNITS = ['%', '‰', '°C', '°', 'km', 'm', 'cm', 'mm', 'm²', 'm³', 'kg', 'g', 'mg', 'l', 'cl', 'ml', 'dl', 'pt', 'km/u', 'km/h', 'EUR', 'euro', '€', 'min', 'sec'];

const LANGUAGES: Record<string, LanguageRules> = {
  nl: {
    quotes: { open2: '“', close2: '”', open1: '‘', close1: '’', inner: '' },
    units: ['uur', 'u'],
    numberPrefixes: ['nr.', 'nr', 'nrs.', 'blz.', 'p.', 'pp.', 'art.', 'fig.', 'hfst.', 'tel.', 'bus', 'Nr.', 'Art.', 'Blz.', 'Tel.', 'Bus'],
    elisions: ['s', 't', 'n', 'k', 'r', 'm'],
    nbspBeforeHighPunctuation: false,
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    rangeWords: ['tot', 'à', '–', '-'],
  },
  en: {
    quotes: { open2: '“', close2: '”', open1: '‘', close1: '’', inner: '' },
    units: ['h', 'hrs'],
    numberPrefixes: ['no.', 'No.', 'p.', 'pp.', 'fig.', 'Fig.', 'tel.', 'Tel.'],
    elisions: ['tis', 'twas', 'em', 'n'],
    nbspBeforeHighPunctuation: false,
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    rangeWords: ['to', '–', '-'],
  },
  fr: {
    quotes: { open2: '«', close2: '»', open1: '‹', close1: '›', inner: NNBSP },
    units: ['h'],
    numberPrefixes: ['n°', 'N°', 'no', 'p.', 'art.', 'tél.', 'Tél.'],
    elisions: [],
    nbspBeforeHighPunctuation: true,
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    rangeWords: ['à', 'au', '–', '-'],
  },
  de: {
    quotes: { open2: '„', close2: '“', open1: '‚', close1: '‘', inner: '' },
    units: ['Uhr', 'h'],
    numberPrefixes: ['Nr.', 'S.', 'Abb.', 'Tel.'],
    elisions: ['s'],
    nbspBeforeHighPunctuation: false,
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    rangeWords: ['bis', '–', '-'],
  },
  // Modern Standard Arabic: « » quotes; a number stays with its unit of time (a line or page never ends in "45" before "دقيقة")
  ar: {
    quotes: { open2: '«', close2: '»', open1: '‹', close1: '›', inner: '' },
    units: ['دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'يوماً', 'يومًا', 'أيام', 'أسبوع', 'أسبوعاً', 'أسبوعًا', 'أسابيع', 'شهر', 'شهراً', 'شهرًا', 'أشهر', 'سنة', 'سنوات'],
    numberPrefixes: ['سن', 'رقم'],
    elisions: [],
    nbspBeforeHighPunctuation: false,
    months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    rangeWords: ['إلى', '–', '-'],
    mirrorArrows: true,
  },
};

/** Rules for languages without a table: no quote changes, only the language-neutral clean-up. */
const NEUTRAL: LanguageRules = { units: [], numberPrefixes: [], elisions: [], nbspBeforeHighPunctuation: false, months: [], rangeWords: [] };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** A character after which a quote opens: start, space, opening bracket, dash, slash, another opening quote. */
const OPENS_AFTER = /[\s([{\u2013\u2014\-/“‘„‚«‹]/u;

/** The expressions a language's rules make, built once per language rather than for every text. */
interface CompiledRules {
  elision?: RegExp;
  unit: RegExp;
  numberPrefix?: RegExp;
  month?: RegExp;
  range?: RegExp;
}

function compile(rules: LanguageRules): CompiledRules {
  return {
    elision: rules.elisions.length ? new RegExp(`^(?:${alternation(rules.elisions)})(?![\\p{L}\\d])`, 'u') : undefined,
    unit: new RegExp(`(\\d) (${alternation([...COMMON_UNITS, ...rules.units])})(?![\\p{L}\\d])`, 'gu'),
    numberPrefix: rules.numberPrefixes.length ? new RegExp(`(?<![\\p{L}\\d])(${alternation(rules.numberPrefixes)}) (?=\\d)`, 'gu') : undefined,
    month: rules.months.length ? new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}(?:er|e|st|nd|rd|th)?) (${alternation(rules.months)})(?![\\p{L}\\d])`, 'giu') : undefined,
    range: rules.rangeWords.length ? new RegExp(`(?<![\\p{L}\\d,.])(\\d+) (${alternation(rules.rangeWords)}) (?=\\d+${NBSP})`, 'gu') : undefined,
  };
}

/** A language's rules with their expressions: a constant table, made when the module loads. */
type Rules = LanguageRules & { compiled: CompiledRules };
const withCompiled = (rules: LanguageRules): Rules => ({ ...rules, compiled: compile(rules) });
const COMPILED: Record<string, Rules> = Object.fromEntries(Object.entries(LANGUAGES).map(([tag, rules]) => [tag, withCompiled(rules)]));
const COMPILED_NEUTRAL = withCompiled(NEUTRAL);

function rulesFor(lang: string): Rules {
  const tag = lang.trim().toLowerCase();
  return COMPILED[tag] ?? COMPILED[tag.split(/[-_]/)[0] ?? ''] ?? COMPILED_NEUTRAL;
}

function smartenQuotes(text: string, rules: Rules): string {
  const q = rules.quotes;
  if (!q) return text;
  const { elision } = rules.compiled;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    // biome-ignore lint/style/noNonNullAssertion: i < text.length
    const ch = text[i]!;
    if (ch !== '"' && ch !== "'") {
      out += ch;
      continue;
    }
    // biome-ignore lint/style/noNonNullAssertion: i > 0 is tested first
    const prev = i > 0 ? text[i - 1]! : '';
    const next = text[i + 1] ?? '';
    const opens = prev === '' || OPENS_AFTER.test(prev);
    if (ch === '"') {
      out += opens ? q.open2 + q.inner : q.inner + q.close2;
      continue;
    }
    // single quote: apostrophe inside a word, elision ('s avonds, '90), opening or closing quote
    const rest = text.slice(i + 1);
    if (/[\p{L}\d]/u.test(prev) && /[\p{L}\d]/u.test(next)) out += '’';
    else if (opens && (elision?.test(rest) || /^\d\d(?!\d)/.test(rest))) out += '’';
    else if (opens && next !== '' && !/\s/.test(next)) out += q.open1 + q.inner;
    else out += (/[\p{L}\d.!?,;:)]/u.test(prev) ? q.inner : '') + q.close1;
  }
  return out;
}

/** A run of digit groups starting with + or 0, as phone numbers are written: `0800 30 700`, `+32 59 55 56 00`, `059/55 56 00`. */
const PHONE = /(?<![\p{L}\d])(?:\+\d{1,3}|0\d{1,4})(?:[ \u00A0/.-]\d{1,4})+(?![\p{L}\d])/gu;
/** Digit groups of one number: `2 000`, `12 500 000`. */
const DIGIT_GROUPS = /(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d])/g;

/** An acronym of 2–4 capitals followed by another (an exclamation mark allowed: GO!). */
const ACRONYM_PAIR = /(?<![\p{L}\d])(\p{Lu}{2,4}) (?=\p{Lu}{2,4}!?(?![\p{L}\d]))/gu;

function glueSpaces(match: string): string {
  return match.replace(/ /g, NBSP);
}

/** Straight quotes → typographic, ` - ` → ` – `, `...` → `…`, and NBSPs where a break would separate what belongs together. Idempotent. */
export function smartenText(text: string, lang: string): string {
  return smartened.get(`${lang}\u0001${text}`, () => smarten(text, lang));
}

/**
 * Smartened texts by language and text: a material's regions repeat the same paragraphs, and smartening one is a dozen
 * regular expressions. Flyers and brochures of 63 regions in 4 languages smarten ~2 200 different texts.
 */
const smartened = memoTable<string>('model.smartenText', 20_000);

function smarten(text: string, lang: string): string {
  const rules = rulesFor(lang);
  let s = text;
  s = s.replace(/\.\.\./g, '…');
  if (rules.mirrorArrows) s = s.replaceAll('→', '←');
  s = s.replace(/(\S) -{1,2} (?=\S)/g, '$1 – ');
  s = smartenQuotes(s, rules);

  // phone numbers: at least 8 digits, groups glued together
  s = s.replace(PHONE, (m) => ((m.match(/\d/g)?.length ?? 0) >= 8 ? glueSpaces(m) : m));
  s = s.replace(DIGIT_GROUPS, glueSpaces);

  // number + unit, currency + number
  const { unit, numberPrefix } = rules.compiled;
  s = s.replace(unit, `$1${NBSP}$2`);
  s = s.replace(/(€|\$|£|EUR) (?=\d)/g, `$1${NBSP}`);

  // 8 tot 19 uur: the range stays with its unit; 1 januari
  const { month, range } = rules.compiled;
  if (range) s = s.replace(range, `$1${NBSP}$2${NBSP}`);
  if (month) s = s.replace(month, `$1${NBSP}$2`);

  // two short acronyms are one name (CLB GO!, CLB GO! Oostende keeps its first two words together)
  s = s.replace(ACRONYM_PAIR, `$1${NBSP}`);

  // nr. 5, blz. 12
  if (numberPrefix) s = s.replace(numberPrefix, `$1${NBSP}`);
  if (rules.nbspBeforeHighPunctuation) {
    s = s.replace(/[ \u00A0]([;:!?»›])/g, `${NNBSP}$1`);
    // written without its space (É.R.: …, Attention!): French still wants one; never inside an address or a time (https://, 8:30), where no space follows
    s = s.replace(/([\p{L}\d.)])([;:!?])(?=\s|$)/gu, `$1${NNBSP}$2`);
    s = s.replace(/([«‹])[ \u00A0]/g, `$1${NNBSP}`);
  }
  return s;
}
