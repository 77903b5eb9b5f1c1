// The real content as shipped: every material for every region builds clean, and the PDFs read back right.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFArray, PDFNumber, PDFDict } from 'pdf-lib';
import type { RunBuildResult } from '../../src/commands/runBuild.js';
import { buildShipped } from '../support/shippedBuild.js';
import { extractText } from '../support/renderPdf.js';
import { mm } from '../../src/units.js';
import { withoutOpenContacts } from '../support/openContacts.js';

let result: RunBuildResult;
const pdf = (path: string) => result.results.flatMap((r) => r.files).find((f) => f.path === path)!.bytes;

beforeAll(async () => {
  // both editions, as the print and screen acceptance tests build them (one build each per test process)
  const editions = [await buildShipped('print'), await buildShipped('screen')];
  result = { ...editions[0], diagnostics: editions.flatMap((r) => r.diagnostics), results: editions.flatMap((r) => r.results) };
});

function box(page: PDFDict, name: string): number[] {
  const arr = page.lookup(PDFName.of(name), PDFArray);
  return arr.asArray().map((n) => (n as PDFNumber).asNumber());
}

describe('the shipped content', () => {
  it('builds every material for every region without an error or a warning', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    const made = result.results.flatMap((r) => r.files.map((f) => f.path)).sort();
    for (const region of ['oostende', 'west-vlaanderen']) {
      for (const material of ['poster', 'flyer', 'brochure', 'leidraad']) {
        for (const edition of ['print', 'screen']) expect(made).toContain(`${region}/${material}-${region}-nl-${edition}.pdf`);
      }
    }
  });

  it.each([
    ['poster', 297, 420],
    ['flyer', 148, 210],
    ['brochure', 148, 210],
    ['leidraad', 210, 297],
  ])('the %s has its trim size and the page count its format needs', async (material, w, h) => {
    const doc = await PDFDocument.load(pdf(`oostende/${material}-oostende-nl-print.pdf`));
    const pages = doc.getPages();
    if (material === 'poster') expect(pages).toHaveLength(1);
    if (material === 'flyer') expect(pages).toHaveLength(2);
    if (material === 'brochure') expect(pages.length % 4).toBe(0);
    if (material === 'leidraad') expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const [x0, y0, x1, y1] = box(page.node, 'TrimBox');
      expect(x1 - x0).toBeCloseTo(mm(w), 2);
      expect(y1 - y0).toBeCloseTo(mm(h), 2);
    }
  });

  it('the Oostende flyer carries its own contacts, and differs from the province’s only on the contact side', async () => {
    const oostende = await extractText(pdf('oostende/flyer-oostende-nl-print.pdf'));
    const province = await extractText(pdf('west-vlaanderen/flyer-west-vlaanderen-nl-print.pdf'));
    expect(oostende[1]).toContain('Vrij CLB De Havens');
    expect(province[1]).not.toContain('Vrij CLB De Havens');
    expect(oostende[0]).toBe(province[0]);
    expect(oostende[1]).not.toBe(province[1]);
  });
});
