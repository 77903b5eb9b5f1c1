// A phone number as people write it in Belgium → the number in the house style, or what is wrong and at which character.
import { coded, type Coded } from '../messages/coded.js';
import type { MessageId, Values } from '../messages/catalogue.js';

/**
 * The rule (README, "Phone numbers"): a Belgian number written with digits, optionally `+32` instead of the leading 0,
 * and spaces, `/`, `.` or `-` between digit groups. It is printed in one house style, the national format:
 * - zone numbers, 9 digits: `0xx xx xx xx`; the one-digit zones Brussels, Antwerp, Liège and Ghent: `0x xxx xx xx`;
 * - mobile numbers, 10 digits from 045 to 049: `04xx xx xx xx`;
 * - free and paying numbers (0800, 0900 to 0909), 9 digits: `0800 30 700`;
 * - short numbers (3 or 4 digits, not starting with 0) as they are: `102`, `1207`; the European 116 numbers: `116 111`.
 * A link's `tel:` before the number is dropped. A placeholder (`000 00 00 00`, `012 34 56 78`, `0xx xx xx xx`) is refused.
 */
export type PhoneResult = { ok: true; value: string } | ({ ok: false; index: number } & Coded);

const SEPARATORS: ReadonlySet<string> = new Set([' ', '/', '.', '-']);
const ONE_DIGIT_ZONES: ReadonlySet<string> = new Set(['2', '3', '4', '9']);

/**
 * The forms a hint shows: the groups with x for the digits (a form copied as it is is refused as a placeholder, so no
 * made-up number that may be somebody's can reach print), and two real numbers everybody may call (VDAB, Awel).
 */
export const PHONE_EXAMPLES = '0xx xx xx xx, 04xx xx xx xx, 0800 30 700 or 102';

const group = (digits: string, sizes: number[]): string => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(digits.slice(at, at + n));
    at += n;
  }
  return out.join(' ');
};

/** `tel:` as a link writes it (copied from a web page, any case): the scheme, not part of the number; the link adds its own. */
const TEL_SCHEME = /^\s*tel:\s*/i;
/** Letters x standing in for digits (two or more), as a template shows a number to fill in: `0xx xx xx xx`. */
const PLACEHOLDER_DIGITS = /^[\d\s+/.-]*[xX](?:[\d\s/.-]*[xX])+[\d\s/.-]*$/;

/**
 * Whether a Belgian number (national form, 9 or 10 digits) is a placeholder rather than a number someone checked: its
 * subscriber part (what follows the zone, mobile or service prefix) all zeros (`000 00 00 00`, `059 00 00 00`) or
 * counting up (`012 34 56 78`, `0470 12 34 56`), as examples and templates show a number.
 */
function isPlaceholder(national: string, prefixLength: number): boolean {
  const subscriber = national.slice(prefixLength);
  if (/^0+$/.test(subscriber)) return true;
  return [...subscriber].every((d, i) => i === 0 || Number(d) === Number(subscriber.charAt(i - 1)) + 1);
}

export function parsePhone(raw: string): PhoneResult {
  const fail = (id: MessageId, index: number, values?: Values): PhoneResult => ({ ok: false, index, ...coded(id, values) });
  if (raw.trim() === '') return fail('phone.empty', 0);
  // digits with the index of each in the text as written, so an error can point at the character
  const digits: { d: string; at: number }[] = [];
  let international = false;
  let lastWasSeparator = true; // a separator may not open the number
  // spaces around the number are not part of it, nor is a link's tel: before it
  const end = raw.trimEnd().length;
  const start = TEL_SCHEME.exec(raw)?.[0].length ?? raw.length - raw.trimStart().length;
  if (start >= end) return fail('phone.noDigits', 0);
  for (let i = start; i < end; i++) {
    const c = raw.charAt(i);
    if (c >= '0' && c <= '9') {
      digits.push({ d: c, at: i });
      lastWasSeparator = false;
    } else if (c === '+' && digits.length === 0 && !international && i === start && i + 1 < end && /\d/.test(raw.charAt(i + 1))) {
      international = true;
    } else if (SEPARATORS.has(c) && digits.length > 0) {
      // spaces may surround one other separator ("056 / 27 75 00"), but two of / . - in a row are a slip
      if (c !== ' ' && lastWasSeparator && /[/.-]\s*$/.test(raw.slice(0, i))) return fail('phone.doubleSeparator', i, { char: c });
      lastWasSeparator = true;
    } else if ((c === 'x' || c === 'X') && PLACEHOLDER_DIGITS.test(raw.slice(start, end))) {
      return fail('phone.placeholder', i);
    } else {
      return fail(c === ' ' || SEPARATORS.has(c) ? 'phone.startsWith' : 'phone.notDigit', i, { char: c });
    }
  }
  if (digits.length === 0) return fail('phone.noDigits', 0);
  if (lastWasSeparator) return fail('phone.endsWith', end - 1, { char: raw.charAt(end - 1) });
  let national: string = digits.map((x) => x.d).join('');
  let offset = 0; // digits[offset + k] is the k-th digit of the national number (after the leading 0)
  if (!international && national.startsWith('0032')) {
    international = true;
    digits.splice(0, 2); // "0032" is the same as "+32"
    national = national.slice(2);
  }
  if (international) {
    if (!national.startsWith('32')) return fail('phone.foreign', digits[0]?.at ?? 0);
    if (digits[2]?.d === '0') return fail('phone.zeroAfter32', digits[2].at);
    national = `0${national.slice(2)}`;
    offset = 1; // "+32" takes two digits and gives back the 0
  }
  const at = (k: number): number => digits[Math.min(Math.max(k + offset, 0), digits.length - 1)]?.at ?? 0;
  // 00 opens an international number, and no Belgian zone starts with 0: all zeros is a placeholder, anything else foreign
  if (national.startsWith('00')) return /^0+$/.test(national) ? fail('phone.placeholder', at(0)) : fail('phone.foreign', at(0));
  if (!national.startsWith('0')) {
    if (/^[1-9]\d{2,3}$/.test(national)) return { ok: true, value: national };
    if (/^116\d{3}$/.test(national)) return { ok: true, value: group(national, [3, 3]) };
    return fail('phone.notBelgian', digits[0]?.at ?? 0);
  }
  const mobile = /^04[5-9]/.test(national);
  const expected = mobile ? 10 : 9;
  const count = { count: national.length, mobile: mobile ? 1 : undefined };
  if (national.length > expected) return fail('phone.digitCount', at(expected), count);
  if (national.length < expected) return fail('phone.digitCount', at(national.length - 1) + 1, count);
  const [prefix, sizes] = mobile ? [4, [4, 2, 2, 2]] : /^0(?:800|90\d)/.test(national) ? [4, [4, 2, 3]] : ONE_DIGIT_ZONES.has(national.charAt(1)) ? [2, [2, 3, 2, 2]] : [3, [3, 2, 2, 2]];
  if (isPlaceholder(national, prefix)) return fail('phone.placeholder', at(prefix));
  return { ok: true, value: group(national, sizes) };
}
