// streamPrefix: the first bytes of a Flate stream, inflated only as far as needed, and the whole stream when its start does not reach.
import { randomBytes } from 'node:crypto';
import { PDFContext } from '../../src/preflight/pdfLib.js';
import { describe, expect, it } from 'vitest';
import { streamBytes, streamPrefix } from '../../src/preflight/pdfObjects.js';
import { FileBudget } from '../../src/preflight/limits.js';

const context = PDFContext.create();
const budget = new FileBudget();

describe('streamPrefix', () => {
  it('inflates only the start of a stream that compresses well', () => {
    // compresses a few times over, like a profile: 1 kB of it decodes to a few kB, not to all 200 kB
    const data = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `${(i * 7919) % 10007} `).join(''));
    const stream = context.flateStream(data);
    const head = streamPrefix(stream, 128, budget);
    expect(head.length).toBeGreaterThanOrEqual(128);
    expect(head.length).toBeLessThan(data.length);
    expect(Buffer.from(head.subarray(0, 128))).toEqual(data.subarray(0, 128));
  });

  it('decodes the whole stream when the start of its compressed bytes does not hold enough', () => {
    // random bytes do not compress: 1 kB of compressed data decodes to less than the 4 kB asked for
    const data = randomBytes(16_384);
    const stream = context.flateStream(data);
    const bytes = streamPrefix(stream, 4_096, budget);
    expect(Buffer.from(bytes)).toEqual(data);
    expect(Buffer.from(bytes)).toEqual(Buffer.from(streamBytes(stream, budget)));
  });

  it('gives an unfiltered stream as it is', () => {
    const data = Buffer.from('plain');
    expect(Buffer.from(streamPrefix(context.stream(data), 3, budget))).toEqual(data);
  });
});
