// preflightPdf on hostile PDFs built here (hostilePdfs.ts): every bound of limits.ts gives its one finding (a bound that failed would run into the test's timeout), and a file within them is read as before.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { preflightPdf, type Finding } from '../../src/preflight/preflightPdf.js';
import { LIMITS, LIMIT_MESSAGES } from '../../src/preflight/limits.js';
import { flate, formBomb, inflateBomb, manyObjects, objectStreamBomb, onePage, operatorFlood, pageTreeBomb, pages, plain, predictorBomb } from './hostilePdfs.js';
import { withoutCodes } from '../support/withoutCodes.js';

const print = async (bytes: Uint8Array) => withoutCodes(await preflightPdf(bytes, { edition: 'print' }));
const limit = (m: string | { message: string }, page?: number): Finding => ({ severity: 'error', check: 'pdf-limits', ...(page ? { page } : {}), message: typeof m === 'string' ? m : m.message });

describe('preflight bounds: a hostile PDF gets one finding and is not checked further', () => {
  it('12 levels of forms, each drawing the next 10 times (no cycle): stops at the form invocations of the page', async () => {
    const findings = await print(formBomb(12, 10));
    expect(findings).toEqual([limit(LIMIT_MESSAGES.formInvocations(), 1)]);
    expect(LIMIT_MESSAGES.formInvocations().message).toBe('the form XObjects the page draws (each time counted) exceed 20 000; not checked further');
  });

  it('a form of 100 000 operators drawn 11 times: stops at the operators of the page', async () => {
    const form = { dict: '/Type /XObject /Subtype /Form /BBox [0 0 10 10]', data: Buffer.from('0 0 m\n'.repeat(100_000)) };
    const bytes = onePage(plain('/X Do '.repeat(11)), '<< /XObject << /X 5 0 R >> >>', [form]);
    expect(await print(bytes)).toEqual([limit(LIMIT_MESSAGES.pageOperators(), 1)]);
  });

  it('a page tree naming one node 1 000 times per level: each node read once, one page, a warning', async () => {
    const findings = await print(pageTreeBomb(4, 1000));
    expect(findings.filter((f) => f.check === 'pdf-syntax')).toEqual([
      { severity: 'warning', check: 'pdf-syntax', message: 'the page tree refers to a node it already holds (3 996 time(s)); each node was read once' },
    ]);
    // the one page is checked as any other: its bleed is 10 pt, not 3 mm
    expect(findings.filter((f) => f.page !== undefined).map((f) => f.check)).toEqual(['page-boxes']);
  });

  it('a content stream inflating past 64 MB (as 1 GiB would, from 1 MB on disk): stops at 64 MB', async () => {
    expect(await print(inflateBomb(LIMITS.streamBytes + 1024 * 1024))).toEqual([limit("a stream's decoded data exceeds 64 MB; not checked further", 1)]);
  });

  it("the same through pdf-lib's own filters (Flate with predictor parameters)", async () => {
    expect(await print(predictorBomb(LIMITS.streamBytes + 1024))).toEqual([limit(LIMIT_MESSAGES.streamBytes(), 1)]);
  });

  it('an object stream inflating past the limit, decoded while the file loads', async () => {
    expect(await print(objectStreamBomb(LIMITS.streamBytes + 1024))).toEqual([limit(LIMIT_MESSAGES.streamBytes())]);
  });

  it('streams that each fit but together decode to more than 256 MB', async () => {
    // compressed fast (level 1): what the limit counts is the decoded data, the same at any level
    const page = (i: number) => ({ dict: '/Filter /FlateDecode', data: deflateSync(Buffer.alloc(60 * 1024 * 1024, `% page ${i}\n`), { level: 1 }) });
    expect(await print(pages([1, 2, 3, 4, 5].map(page)))).toEqual([limit('the decoded data of all streams exceeds 256 MB; not checked further', 5)]);
  });

  it('a content stream of 600 000 operators', async () => {
    expect(await print(operatorFlood(600_000))).toEqual([limit("a content stream's operators exceed 500 000; not checked further", 1)]);
  });

  it('operands without operators fill memory as operators do: counted too', async () => {
    expect(await print(onePage(flate(Buffer.from('1 '.repeat(2_100_000)))))).toEqual([limit(LIMIT_MESSAGES.streamOperands(2_000_000), 1)]);
  });

  it('pages of 350 000 operators each: stops at the operators of the file', async () => {
    const page = (i: number) => flate(Buffer.from(`${i} 0 m\n`.repeat(350_000)));
    expect(await print(pages([1, 2, 3].map(page)))).toEqual([limit('the operators of all content streams exceed 1 000 000; not checked further', 3)]);
  });

  it('260 000 tiny objects', async () => {
    expect(await print(manyObjects(260_000))).toEqual([limit("the file's objects exceed 250 000; not checked further")]);
  });

  it('a file larger than the limit is refused before it is parsed', async () => {
    const bytes = new Uint8Array(LIMITS.fileBytes + 1);
    expect(await print(bytes)).toEqual([limit("the file's size (150 MB) exceeds 150 MB; not checked further")]);
  });

  it('within the bounds nothing changes: a form drawn a few times, a Flate page, a shared resource', async () => {
    const form = { dict: '/Type /XObject /Subtype /Form /BBox [0 0 10 10]', data: Buffer.from('0 0 1 1 re f') };
    const bytes = onePage({ dict: '/Filter /FlateDecode', data: deflateSync('/X Do /X Do /X Do') }, '<< /XObject << /X 5 0 R >> >>', [form]);
    expect((await print(bytes)).filter((f) => f.check === 'pdf-limits' || f.check === 'pdf-syntax')).toEqual([]);
  });
});
