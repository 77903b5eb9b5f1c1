// `--report FILE` + the project and output folder → the report's path, checked before anything is built: its folder exists and stays in the project, it never lands on a PDF, the manifest or anything else a build or preview writes, nor among the project's inputs, and it replaces no file but an earlier report (recognised by its first line).
import { say } from '../messages/say.js';
import { lstat, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { LOCK_FILE } from '../write/outLock.js';
import { OutputError } from '../write/outputError.js';
import { TEMP_SUFFIX } from '../vocabulary/tempFiles.js';
import { ensureDirInside, resolvedPath } from '../write/safePath.js';
import { isInside } from '../world/isInside.js';
import { MANIFEST_FILE } from '../write/manifest.js';
import { PREVIEW_PAGE } from '../preview/previewPage.js';
import { projectInputOf } from './outDir.js';

/** How a report drukwerk wrote begins: its first line, in every language; a file that does not begin so is never replaced. */
export const REPORT_MARK = '# drukwerk build --report';

/** The report's text as written to its file: the line that says what it is (and lets the next build replace it), then the report. */
export const reportFileText = (report: string): string => `${REPORT_MARK}: ${say('report.title')}\n${report}`;

/** Whether the regular file at `file` begins with the report's own first line (only its first bytes are read). */
async function isEarlierReport(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(REPORT_MARK.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.toString('utf8') === REPORT_MARK;
  } finally {
    await handle.close();
  }
}

export class ReportPathError extends Error {}

/** Whether a file at `rel` (relative to the output folder) is, or could become, something a build or preview writes. */
function isBuildOutput(rel: string): boolean {
  const name = path.basename(rel);
  // region folders and what is in them (ids have no dot), the PDFs, the previews, the manifest, the lock and temporary files
  return rel.includes(path.sep) || !name.includes('.') || /\.pdf$/i.test(name) || name === MANIFEST_FILE || name === PREVIEW_PAGE || name.startsWith(LOCK_FILE) || name.endsWith(TEMP_SUFFIX);
}

/** Where to write the report and whether an earlier report is there to replace. */
export interface ReportTarget {
  file: string;
  /** An earlier report is at `file` (replaced); false: nothing is, and the report is written only if that is still so. */
  replace: boolean;
}

/** The absolute path to write the report to; throws ReportPathError (a wrong command line) or OutputError (a link leading out of the project). Only reads. */
export async function checkReportPath(given: string, root: string, outDir: string): Promise<ReportTarget> {
  const file = path.resolve(given);
  const dir = path.dirname(file);
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new ReportPathError(say('report.noFolder', { given, dir }));
  if (!info.isDirectory()) throw new ReportPathError(say('report.folderIsFile', { given, dir }));
  // compared where they really are: a link to the output folder is the output folder
  const real = path.join(await resolvedPath(dir), path.basename(file));
  const realOut = await resolvedPath(outDir);
  if (isInside(realOut, real) && (real === realOut || isBuildOutput(path.relative(realOut, real))))
    throw new ReportPathError(say('report.buildOutput', { given, outDir, example: path.join(outDir, 'report.txt') }));
  // the project's sources (and its cache) are never a report, whatever their name
  const input = await projectInputOf(root, real);
  if (input) throw new ReportPathError(say('report.projectInput', { given, input, example: path.join(outDir, 'report.txt') }));
  if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new ReportPathError(say('report.isFolder', { given, example: path.join(given, 'report.txt') }));
  if (isInside(root, dir)) await ensureDirInside(root, dir, say('write.place.project', { root }), false);
  const existing = await lstat(file).catch(() => undefined);
  if (!existing) return { file, replace: false };
  // a link is replaced, never followed, by a rename: it is the user's too; a pipe would block the read
  if (!existing.isFile()) throw new ReportPathError(say('report.notAFile', { given }));
  if (!(await isEarlierReport(file).catch(() => false))) throw new ReportPathError(say('report.notAReport', { given, mark: REPORT_MARK }));
  return { file, replace: true };
}

export { OutputError };
