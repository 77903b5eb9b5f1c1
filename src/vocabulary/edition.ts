// The two editions every job is made in: print (PDF/X, CMYK, bleed) and screen (tagged, sRGB, links). Imports nothing.

export type Edition = 'print' | 'screen';
export const EDITIONS: readonly Edition[] = ['print', 'screen'];
