// What is said about the images a document places (their resolution where placed), in Dutch and English.
import type { Entry } from './entry.js';
import { inner } from './inner.js';

export const ASSETS = {
  // what a template places
  'asset.noIcon': { en: (v) => `there is no icon "${v.name}"`, nl: (v) => `er is geen icoon "${v.name}"` },
  'asset.noIconHint': {
    en: () => 'icons are lucide icon names, such as graduation-cap or briefcase (https://lucide.dev/icons)',
    nl: () => 'iconen dragen de namen van lucide, zoals graduation-cap of briefcase (https://lucide.dev/icons)',
  },
  'asset.badImagePath': { en: (v) => `the image "${v.name}" ${inner(v, 'why', 'en')}`, nl: (v) => `de afbeelding "${v.name}" ${inner(v, 'why', 'nl')}` },
  'asset.noImage': { en: (v) => `the image "${v.name}" does not exist`, nl: (v) => `de afbeelding "${v.name}" bestaat niet` },
  'asset.noImageHint': {
    en: () => 'images must be files inside images/ (png, jpg, tif or svg)',
    nl: () => 'afbeeldingen zijn bestanden in images/ (png, jpg, tif of svg)',
  },
  'asset.cannotPrepare': {
    en: (v) => `the image "${v.name}" cannot be prepared for ${v.edition}: ${v.detail}`,
    nl: (v) => `de afbeelding "${v.name}" kan niet klaargemaakt worden voor de ${v.edition === 'print' ? 'drukeditie' : v.edition === 'screen' ? 'schermeditie' : v.edition}: ${v.detail}`,
  },
  'image.lowResolution': {
    en: (v) =>
      `the image "${v.name}" has ${v.ppi} ppi where it is placed (${v.width} × ${v.height} pixels on ${v.widthMm} × ${v.heightMm} mm): ${v.refused ? `print needs at least ${v.floor} ppi` : `print wants ${v.wanted} ppi; it will look soft`}`,
    nl: (v) =>
      `de afbeelding "${v.name}" heeft ${v.ppi} ppi waar ze geplaatst is (${v.width} × ${v.height} pixels op ${v.widthMm} × ${v.heightMm} mm): ${v.refused ? `voor druk is minstens ${v.floor} ppi nodig` : `voor druk is ${v.wanted} ppi gewenst; ze zal er wazig uitzien`}`,
  },
  'image.lowResolutionHint': {
    en: (v) => `supply it with at least ${v.neededWidth} × ${v.neededHeight} pixels, or better as SVG (a logo stays sharp at any size)`,
    nl: (v) => `lever ze aan met minstens ${v.neededWidth} × ${v.neededHeight} pixels, of beter als SVG (een logo blijft scherp op elke grootte)`,
  },
} satisfies Record<string, Entry>;
