import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/preflight/formatFinding.js';

describe('formatFinding', () => {
  it('writes file, page, severity, check and message on one line', () => {
    const message = 'image "Im1" is 150 ppi at its placed size (150 × 150 px placed at 25.4 × 25.4 mm); print needs 300 ppi';
    expect(formatFinding('out/x.pdf', { severity: 'error', check: 'image-resolution', page: 2, message })).toBe(`out/x.pdf  page 2  error  image-resolution  ${message}`);
  });

  it('adds the position in mm from the trim when known, and leaves out what a document-wide finding lacks', () => {
    expect(formatFinding('a.pdf', { severity: 'warning', check: 'line-width', page: 1, x: 20, y: 7.25, message: 'm' })).toBe('a.pdf  page 1 at 20.0, 7.3 mm  warning  line-width  m');
    expect(formatFinding('a.pdf', { severity: 'error', check: 'output-intent', message: 'm' })).toBe('a.pdf  error  output-intent  m');
  });
});
