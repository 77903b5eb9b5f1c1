// A problem with the output folder (locked by another build, not writable, a link leading out, the disk full) → one error the CLI prints as a sentence, never as a stack trace.

export class OutputError extends Error {
  override name = 'OutputError';
}
