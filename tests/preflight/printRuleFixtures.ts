// The fixtures of the print rules: the shared clean page, and the Arabic font for right-to-left text.
export { at, internals, makePdf, mm } from './fixtures.js';
import { REPO } from '../support/tempProject.js';

export const REPO_ARABIC = `${REPO}/fonts/NotoSansArabic-Regular.ttf`;
