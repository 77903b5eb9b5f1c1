// A problem with the output folder (locked by another build, not writable, a link leading out, the disk full) → one error the CLI prints as a sentence, never as a stack trace.
import type { MessageId } from '../messages/catalogue.js';
import { say } from '../messages/say.js';

export class OutputError extends Error {
  override name = 'OutputError';
}

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
