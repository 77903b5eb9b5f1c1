// Catalog, XMP and pages → errors when the screen edition does not identify as PDF/UA-1: pdfuaid:part 1, dc:title, the title shown, tab order by structure on pages with annotations (tags and language: the screen check).
import { PDFStream } from '../pdfLib.js';
import { get, getBool, getDict, getName, streamBytes } from '../pdfObjects.js';
import { DC_NS, PDFUAID_NS, readXmp } from '../xmp.js';
import type { Check, Finding } from '../types.js';

export const uaIdentification: Check = {
  id: 'pdf-ua',
  editions: ['screen'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (message: string, page?: number) => findings.push({ severity: 'error', check: 'pdf-ua', message, ...(page ? { page } : {}) });
    const stream = get(pdf.catalog, 'Metadata');
    let properties = new Map<string, string>();
    if (!(stream instanceof PDFStream)) add('the catalog has no XMP Metadata stream; PDF/UA-1 needs one with pdfuaid:part 1 and dc:title');
    else {
      try {
        const xmp = readXmp(new TextDecoder('utf-8').decode(streamBytes(stream)));
        if (xmp.error) add(`the XMP metadata is not well-formed XML (${xmp.error})`);
        properties = xmp.properties;
      } catch (e) {
        add(`the XMP metadata could not be decoded (${(e as Error).message})`);
      }
      const part = properties.get(`${PDFUAID_NS}part`);
      if (part === undefined) add('the XMP metadata has no pdfuaid:part; a PDF/UA-1 file says so with pdfuaid:part 1');
      else if (part !== '1') add(`the XMP pdfuaid:part is "${part}"; this preflight checks PDF/UA-1 (part 1)`);
      if (!properties.get(`${DC_NS}title`)) add('the XMP metadata has no dc:title; PDF/UA-1 needs the document title there');
    }
    if (getBool(getDict(pdf.catalog, 'ViewerPreferences'), 'DisplayDocTitle') !== true) add('ViewerPreferences DisplayDocTitle is not true; PDF/UA-1 has viewers show the title, not the file name');
    for (const page of pdf.pages) {
      if (page.annotations.length > 0 && getName(page.dict, 'Tabs') !== 'S') add('a page with annotations has no /Tabs /S; PDF/UA-1 has the tab order follow the structure', page.number);
    }
    return findings;
  },
};
