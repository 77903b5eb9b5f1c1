// A failed file-system call's error → why, in words of the catalogue: `permission denied` rather than `EACCES: permission denied, open '/…/x.pdf'`.
import type { MessageId } from './catalogue.js';
import { say } from './say.js';

/** The system's error codes, in words. */
const REASONS: Record<string, MessageId> = {
  EACCES: 'write.reason.denied',
  EPERM: 'write.reason.denied',
  EROFS: 'write.reason.readOnly',
  ENOSPC: 'write.reason.diskFull',
  EDQUOT: 'write.reason.quota',
  ENOTDIR: 'write.reason.notDir',
  EEXIST: 'write.reason.fileInTheWay',
  EISDIR: 'write.reason.folderInTheWay',
  EFBIG: 'write.reason.tooBig',
  ELOOP: 'write.reason.link',
  ENAMETOOLONG: 'write.reason.nameTooLong',
  EMFILE: 'write.reason.tooManyOpen',
};

/** `permission denied` rather than `EACCES: permission denied, open '/…/x.pdf'`, in the language chosen for messages. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const known = code ? REASONS[code] : undefined;
  return known ? say(known) : ((e as Error)?.message ?? String(e));
}
