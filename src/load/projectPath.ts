// A path written in content, theme or a template → why it does not name a file inside the project's own folders, or nothing when it does.

/**
 * Content names files relative to the project folder: `images/logos/oostende.svg`. Web addresses, absolute paths,
 * `..` and backslashes are refused, so nothing outside the project is read and nothing is fetched.
 */
export function projectPathProblem(p: string, folders: readonly string[]): string | undefined {
  const example = folders[0] === 'fonts' ? 'fonts/Inter-Regular.otf' : 'images/logos/oostende.svg';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('//') || /^(?:data|file|mailto|javascript):/i.test(p)) {
    return `must be a file inside the project, not a web address: drukwerk fetches nothing from the network (put the file in ${folders[0]}/)`;
  }
  if (p.startsWith('/') || p.startsWith('\\') || /^[a-z]:/i.test(p) || p.startsWith('~')) return `must be a path inside the project, not an absolute path, such as ${example}`;
  if (p.includes('\\')) return `must use forward slashes, such as ${example}`;
  if (p.split('/').includes('..')) return 'must not leave the project folder';
  if (!folders.some((f) => p.startsWith(`${f}/`))) return `must be a path inside ${folders.map((f) => `${f}/`).join(' or ')}, such as ${example}`;
  return undefined;
}
