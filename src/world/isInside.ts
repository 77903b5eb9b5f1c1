// Two absolute paths → whether the second is the first or lies under it, compared as written (links are the callers' to follow).
import path from 'node:path';

/** Whether `child` is `parent` or lies under it (absolute paths, compared as written). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
