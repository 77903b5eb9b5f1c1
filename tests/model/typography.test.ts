import { describe, expect, it } from 'vitest';
import { smartenText } from '../../src/model/typography.js';

const NBSP = '\u00A0';
/** Shows NBSPs as "~" to keep the expectations readable. */
const nl = (text: string): string => smartenText(text, 'nl').replaceAll(NBSP, '~');

describe('smartenText (nl)', () => {
  it('turns straight quotes into Dutch quotes and apostrophes', () => {
    expect(nl("Het CLB's aanbod")).toBe('Het CLB’s aanbod');
    expect(nl("'s avonds en 's morgens")).toBe('’s avonds en ’s morgens');
    expect(nl("'t Is zo'n dag")).toBe('’t Is zo’n dag');
    expect(nl('Ze zei: "kom maar langs".')).toBe('Ze zei: “kom maar langs”.');
    expect(nl("de 'zorgcoördinator' van de school")).toBe('de ‘zorgcoördinator’ van de school');
    expect(nl('"Het \'leren\' stopt nooit"')).toBe('“Het ‘leren’ stopt nooit”');
    expect(nl("auto's, baby's en de jaren '90")).toBe('auto’s, baby’s en de jaren ’90');
    expect(nl("('t kan)")).toBe('(’t kan)');
  });

  it('makes en dashes, ellipses', () => {
    expect(nl('werk - en dat')).toBe('werk – en dat');
    expect(nl('werk -- en dat')).toBe('werk – en dat');
    expect(nl('en dan...')).toBe('en dan…');
    expect(nl('e-mail en Oost-Vlaanderen')).toBe('e-mail en Oost-Vlaanderen');
    expect(nl('- een opsomming')).toBe('- een opsomming');
  });

  it('glues numbers to units, currencies and hours', () => {
    expect(nl('12 % van de jongeren')).toBe('12~% van de jongeren');
    expect(nl('12% van de jongeren')).toBe('12% van de jongeren');
    expect(nl('het kost € 38 of 38 €')).toBe('het kost €~38 of 38~€');
    expect(nl('om 9 uur of 9.30 u')).toBe('om 9~uur of 9.30~u');
    expect(nl('5 km verder, 2 m hoog')).toBe('5~km verder, 2~m hoog');
    expect(nl('5 maanden, 3 uren')).toBe('5 maanden, 3 uren');
    expect(nl('zie nr. 5 en blz. 12, bus 3')).toBe('zie nr.~5 en blz.~12, bus~3');
    expect(nl('2 000 jongeren')).toBe('2~000 jongeren');
  });

  it('glues a day to its month, a range to its unit, and two acronyms into one name', () => {
    expect(nl('vanaf 1 januari 2026 of 31 augustus')).toBe('vanaf 1~januari 2026 of 31~augustus');
    expect(nl('elke werkdag van 8 tot 19 uur')).toBe('elke werkdag van 8~tot~19~uur');
    expect(nl('van 8 tot 19 jongeren')).toBe('van 8 tot 19 jongeren');
    expect(nl('CLB GO! Oostende en VDAB of CLB')).toBe('CLB~GO! Oostende en VDAB of CLB');
    expect(nl('in 1 maart en 3 maanden')).toBe('in 1~maart en 3 maanden');
  });

  it('glues the digit groups of phone numbers', () => {
    expect(nl('Bel 0800 30 700 gratis')).toBe('Bel 0800~30~700 gratis');
    expect(nl('of +32 59 55 56 00')).toBe('of +32~59~55~56~00');
    expect(nl('tel. 059 55 56 00')).toBe('tel.~059~55~56~00');
    expect(nl('of 059/55 56 00.')).toBe('of 059/55~56~00.');
    expect(nl('in 2024 10 keer')).toBe('in 2024 10 keer');
    expect(nl('van 08 30 tot')).toBe('van 08 30 tot');
  });

  it('leaves web addresses, e-mail and already typographic text alone, and is idempotent', () => {
    const text = 'Surf naar https://www.vdab.be/opleidingen-zoeken of mail info@clb-oostende.be';
    expect(nl(text)).toBe(text);
    const samples = ['Het CLB\'s "aanbod" - 12 % ... bel 0800 30 700', "'s avonds om 9 uur", "Ze zei: 'ja'."];
    for (const sample of samples) {
      const once = smartenText(sample, 'nl');
      expect(smartenText(once, 'nl')).toBe(once);
    }
  });
});

describe('smartenText (other languages)', () => {
  it('uses French guillemets and spacing', () => {
    const NNBSP = '\u202F';
    expect(smartenText('Il a dit "bonjour" : c\'est l\'école !', 'fr')).toBe(`Il a dit «${NNBSP}bonjour${NNBSP}»${NNBSP}: c’est l’école${NNBSP}!`);
    // typed with ordinary or no-break spaces, French punctuation gets the narrow one; idempotent
    expect(smartenText(`Quoi${NBSP}? Oui ; « non »`, 'fr')).toBe(`Quoi${NNBSP}? Oui${NNBSP}; «${NNBSP}non${NNBSP}»`);
    expect(smartenText(smartenText('Quoi ? « non »', 'fr'), 'fr')).toBe(smartenText('Quoi ? « non »', 'fr'));
    expect(smartenText('Le 1er janvier, de 8 à 19 h', 'fr').replaceAll(NBSP, '~')).toBe('Le 1er~janvier, de 8~à~19~h');
    // written without the space (the colophon's label "É.R.:"), it gets one; an address or a time gets none
    expect(smartenText('É.R.: réseau · Attention! Ouvert de 8:30 à 12:00; voir https://www.vdab.be', 'fr')).toBe(
      `É.R.${NNBSP}: réseau · Attention${NNBSP}! Ouvert de 8:30 à 12:00${NNBSP}; voir https://www.vdab.be`,
    );
    expect(smartenText('É.R.: x', 'nl')).toBe('É.R.: x');
    expect(smartenText('On 1 July, from 8 to 19 h', 'en').replaceAll(NBSP, '~')).toBe('On 1~July, from 8~to~19~h');
  });

  it('uses English quotes', () => {
    expect(smartenText('It\'s "fine"', 'en-GB')).toBe('It’s “fine”');
  });

  it('leaves quotes alone in languages without a table, but still cleans dashes and ellipses', () => {
    expect(smartenText('"metin" - ...', 'tr')).toBe('"metin" – …');
  });

  it('Arabic: « » quotes, arrows pointing the reading direction, a number kept with its unit of time, its age and its month', () => {
    const ar = (text: string): string => smartenText(text, 'ar').replaceAll(NBSP, '~');
    expect(ar('(انظر "أريد الجمع بين الاثنين")')).toBe('(انظر «أريد الجمع بين الاثنين»)');
    // the layouts write → for "next step" and "scan here": in a right-to-left text it points left
    expect(ar('→ اسأل VDAB')).toBe('← اسأل VDAB');
    expect(ar('امسح الرمز ←')).toBe('امسح الرمز ←');
    expect(ar('تدوم الدردشة 45 دقيقة على الأكثر')).toBe('تدوم الدردشة 45~دقيقة على الأكثر');
    expect(ar('لمدة 12 شهراً، من سن 18 أو من 15 إلى 25 سنة')).toBe('لمدة 12~شهراً، من سن~18 أو من 15~إلى~25~سنة');
    expect(ar('منذ 1 سبتمبر 2015')).toBe('منذ 1~سبتمبر 2015');
    expect(ar('من الساعة 17 إلى 21')).toBe('من الساعة 17 إلى 21');
    for (const sample of ['→ "نص" 45 دقيقة', '(انظر «التعليم الإلزامي»)']) expect(smartenText(smartenText(sample, 'ar'), 'ar')).toBe(smartenText(sample, 'ar'));
  });
});
