// Page count + the binding's multiple → an error when a bound or duplex document's page count does not fit it (a warning for an odd count when the binding is not known).
import type { Check } from '../types.js';

export const pageCount: Check = {
  id: 'page-count',
  editions: ['print'],
  run(pdf, opts) {
    const count = pdf.pages.length;
    const multiple = Math.floor(opts.pageMultiple);
    if (multiple >= 2 && count % multiple !== 0) {
      const binding = multiple === 2 ? 'printed on both sides it needs an even page count' : `bound as it is it needs a multiple of ${multiple} pages`;
      const more = multiple - (count % multiple);
      return [{ severity: 'error', check: 'page-count', message: `the document has ${count} pages; ${binding}: add ${more} page(s) (content, or a page marked as intentionally blank) or remove ${count % multiple}` }];
    }
    if (multiple < 1 && count > 1 && count % 2 === 1) {
      return [{ severity: 'warning', check: 'page-count', message: `the document has ${count} pages; printed on both sides it needs an even page count (pass --page-multiple 1 if it is printed on one side)` }];
    }
    return [];
  },
};
