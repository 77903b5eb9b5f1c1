// A problem with the output folder (locked by another build, not writable, a link leading out, the disk full) → one error the CLI prints as a sentence, never as a stack trace.

export class OutputError extends Error {
  override name = 'OutputError';
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file with that name is in the way',
  EISDIR: 'a folder with that name is in the way',
  EFBIG: 'the file is larger than the system allows (a file size limit)',
  ELOOP: 'a link is in the way',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
};

/** `permission denied` rather than `EACCES: permission denied, open '/…/x.pdf'`. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (e as Error)?.message ?? String(e);
}
