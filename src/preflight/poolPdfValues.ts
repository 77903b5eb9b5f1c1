// pdf-lib's number and name factories → the same factories with one shared instance per spelling, for the preflight's parsing.
import { PDFName, PDFNumber } from './pdfLib.js';

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
  PDFNumber.of = pooled(PDFNumber.of.bind(PDFNumber));
  PDFName.of = pooled(PDFName.of.bind(PDFName));
}

/** `make`, answering a key it was given before with the instance it made then. */
function pooled<K, V>(make: (key: K) => V): (key: K) => V {
  const pool = new Map<K, V>();
  return (key) => {
    let value = pool.get(key);
    if (value === undefined) {
      value = make(key);
      if (pool.size < POOLED) pool.set(key, value);
    }
    return value;
  };
}
