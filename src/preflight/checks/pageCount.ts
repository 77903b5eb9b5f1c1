// Page count + the binding's multiple → an error when a bound or duplex document's page count does not fit it (a warning for an odd count when the binding is not known).
import { coded } from '../../messages/coded.js';
import type { Check } from '../types.js';

export const pageCount: Check = {
  id: 'page-count',
  editions: ['print'],
  run(pdf, opts) {
    const count = pdf.pages.length;
    const multiple = Math.floor(opts.pageMultiple);
    if (multiple >= 2 && count % multiple !== 0) {
      const more = multiple - (count % multiple);
      return [{ severity: 'error', check: 'page-count', ...coded('preflight.pageCount', { count, multiple, add: more, remove: count % multiple }) }];
    }
    if (multiple < 1 && count > 1 && count % 2 === 1) {
      return [{ severity: 'warning', check: 'page-count', ...coded('preflight.oddPageCount', { count }) }];
    }
    return [];
  },
};
