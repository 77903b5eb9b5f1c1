// What is said about the images a document places (their resolution where placed), in Dutch and English.
import type { Entry } from './entry.js';

export const ASSETS = {
  'image.lowResolution': {
    en: (v) => `the image "${v.name}" has ${v.ppi} ppi where it is placed (${v.width} × ${v.height} pixels on ${v.widthMm} × ${v.heightMm} mm): ${v.refused ? `print needs at least ${v.floor} ppi` : `print wants ${v.wanted} ppi; it will look soft`}`,
    nl: (v) => `de afbeelding "${v.name}" heeft ${v.ppi} ppi waar ze geplaatst is (${v.width} × ${v.height} pixels op ${v.widthMm} × ${v.heightMm} mm): ${v.refused ? `voor druk is minstens ${v.floor} ppi nodig` : `voor druk is ${v.wanted} ppi gewenst; ze zal er wazig uitzien`}`,
  },
  'image.lowResolutionHint': {
    en: (v) => `supply it with at least ${v.neededWidth} × ${v.neededHeight} pixels, or better as SVG (a logo stays sharp at any size)`,
    nl: (v) => `lever ze aan met minstens ${v.neededWidth} × ${v.neededHeight} pixels, of beter als SVG (een logo blijft scherp op elke grootte)`,
  },
} satisfies Record<string, Entry>;
