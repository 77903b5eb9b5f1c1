// Catalog, XMP and pages → errors when the screen edition does not identify as PDF/UA-1: pdfuaid:part 1, dc:title, the title shown, tab order by structure on pages with annotations (tags and language: the screen check).
import { coded, type Coded } from '../../messages/coded.js';
import { PDFStream } from '../pdfLib.js';
import { get, getBool, getDict, getName, streamBytes } from '../pdfObjects.js';
import { DC_NS, PDFUAID_NS, readXmp } from '../xmp.js';
import type { Check, Finding } from '../types.js';

export const uaIdentification: Check = {
  id: 'pdf-ua',
  editions: ['screen'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (message: Coded, page?: number) => findings.push({ severity: 'error', check: 'pdf-ua', ...message, ...(page ? { page } : {}) });
    const stream = get(pdf.catalog, 'Metadata');
    let properties = new Map<string, string>();
    if (!(stream instanceof PDFStream)) add(coded('preflight.uaNoXmp'));
    else {
      try {
        const xmp = readXmp(new TextDecoder('utf-8').decode(streamBytes(stream, pdf.file.budget)));
        if (xmp.error) add(coded('preflight.xmpNotXml', { detail: xmp.error }));
        properties = xmp.properties;
      } catch (e) {
        add(coded('preflight.xmpUndecodable', { detail: (e as Error).message }));
      }
      const part = properties.get(`${PDFUAID_NS}part`);
      if (part === undefined) add(coded('preflight.uaNoPart'));
      else if (part !== '1') add(coded('preflight.uaPart', { part }));
      if (!properties.get(`${DC_NS}title`)) add(coded('preflight.uaNoTitle'));
    }
    if (getBool(getDict(pdf.catalog, 'ViewerPreferences'), 'DisplayDocTitle') !== true) add(coded('preflight.displayDocTitle'));
    for (const page of pdf.pages) {
      if (page.annotations.length > 0 && getName(page.dict, 'Tabs') !== 'S') add(coded('preflight.tabOrder'), page.number);
    }
    return findings;
  },
};
