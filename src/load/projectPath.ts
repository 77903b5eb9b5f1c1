// A path written in content, theme or a template → why it does not name a file inside the project's own folders, or nothing when it does.
import { coded, type Coded } from '../messages/coded.js';

/**
 * Content names files relative to the project folder: `images/logos/oostende.svg`. Web addresses, absolute paths,
 * `..` and backslashes are refused, so nothing outside the project is read and nothing is fetched.
 */
export function projectPathProblem(p: string, folders: readonly string[], example = folders[0] === 'fonts' ? 'fonts/Inter-Regular.otf' : 'images/logos/oostende.svg'): Coded | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('//') || /^(?:data|file|mailto|javascript):/i.test(p)) {
    return coded('path.webAddress', { folder: folders[0] });
  }
  if (p.startsWith('/') || p.startsWith('\\') || /^[a-z]:/i.test(p) || p.startsWith('~')) return coded('path.absolute', { example });
  if (p.includes('\\')) return coded('path.backslash', { example });
  if (p.split('/').includes('..')) return coded('path.leaves');
  if (!folders.some((f) => p.startsWith(`${f}/`))) return coded('path.notInside', { folders: folders.map((f) => `${f}/`).join(' '), example });
  return undefined;
}
