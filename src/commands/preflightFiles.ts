// PDF files on disk → the preflight findings of each, by the rules of the edition given or the one the file shows, and a one-line summary.
import { readPreflightFile } from './readPreflightFile.js';
import { say } from '../messages/say.js';
import type { Finding } from '../preflight/types.js';
import type { Edition } from '../vocabulary/edition.js';

export interface FilePreflight {
  file: string;
  /** The rules applied; undefined when the file could not be read at all. */
  edition?: Edition;
  /** Why those rules: "as asked", "PDF/X output intent", "tagged, no output intent", … */
  editionReason?: string;
  findings: Finding[];
  errors: number;
  warnings: number;
}

export async function preflightFiles(files: readonly string[], options: { edition?: Edition; pageMultiple?: number }, onFile?: (result: FilePreflight) => void): Promise<FilePreflight[]> {
  // imported here: pdf-lib is heavy and no other command needs it
  const { preflightAny } = await import('../preflight/preflightPdf.js');
  const results: FilePreflight[] = [];
  for (const file of files) {
    let result: FilePreflight;
    // a regular file within the size limit, or one finding why not (a pipe, a device, a folder would hang or never end)
    const read = await readPreflightFile(file);
    if ('finding' in read) {
      result = { file, findings: [read.finding], errors: 1, warnings: 0 };
    } else {
      const { edition, findings } = await preflightAny(read.bytes, { edition: options.edition, pageMultiple: options.pageMultiple });
      const errors = findings.filter((f) => f.severity === 'error').length;
      result = { file, edition: edition?.edition, editionReason: edition?.reason, findings, errors, warnings: findings.length - errors };
    }
    results.push(result);
    onFile?.(result);
  }
  return results;
}

/** "12 files: 10 ok, 2 with 5 errors" (and the warnings, when there are), in the language chosen for messages. */
export function preflightSummary(results: readonly FilePreflight[]): string {
  const failed = results.filter((r) => r.errors > 0);
  const errors = failed.reduce((n, r) => n + r.errors, 0);
  const warnings = results.reduce((n, r) => n + r.warnings, 0);
  return say('preflight.summary', { total: results.length, ok: results.length - failed.length, failed: failed.length, errors, warnings });
}
