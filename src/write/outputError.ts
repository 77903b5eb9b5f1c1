// A problem with the output folder (locked by another build, not writable) → one error the CLI prints as a sentence, never as a stack trace.

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
};

/** `permission denied` rather than `EACCES: permission denied, open '/…/x.pdf'`. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (e as Error)?.message ?? String(e);
}
