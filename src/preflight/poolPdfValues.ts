// pdf-lib's number and name factories → the same factories with one shared instance per spelling, for the preflight's parsing.
import { PDFName, PDFNumber } from 'pdf-lib';

const POOLED = 20_000;
let installed = false;

/**
 * pdf-lib parses every number of a file into a new PDFNumber that formats its own text at once, and decodes every name's
 * `#xx` escapes with a regular expression before it looks the name up in its pool: together about a tenth of reading a
 * drukwerk PDF, whose width arrays and structure repeat the same few values thousands of times. Both classes are
 * immutable values (pdf-lib pools names itself), so one instance per number or spelling is the same for every reader.
 * Installed once per process; the pools stop growing at POOLED entries each.
 */
export function poolPdfValues(): void {
  if (installed) return;
  installed = true;
  const numberOf = PDFNumber.of.bind(PDFNumber);
  const numbers = new Map<number, PDFNumber>();
  PDFNumber.of = (value: number): PDFNumber => {
    let pooled = numbers.get(value);
    if (pooled === undefined) {
      pooled = numberOf(value);
      if (numbers.size < POOLED) numbers.set(value, pooled);
    }
    return pooled;
  };
  const nameOf = PDFName.of.bind(PDFName);
  const names = new Map<string, PDFName>();
  PDFName.of = (name: string): PDFName => {
    let pooled = names.get(name);
    if (pooled === undefined) {
      pooled = nameOf(name);
      if (names.size < POOLED) names.set(name, pooled);
    }
    return pooled;
  };
}

