// `--report FILE` + the project and output folder → the report's path, checked before anything is built: its folder exists and stays in the project, and it never lands on a PDF, the manifest or anything else a build or preview writes.
import { say } from '../messages/say.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { LOCK_FILE } from '../write/outLock.js';
import { OutputError } from '../write/outputError.js';
import { TEMP_SUFFIX } from '../vocabulary/tempFiles.js';
import { ensureDirInside, resolvedPath } from '../write/safePath.js';
import { isInside } from '../world/isInside.js';
import { MANIFEST_FILE } from '../write/manifest.js';
import { PREVIEW_PAGE } from '../preview/previewPage.js';

export class ReportPathError extends Error {}

/** Whether a file at `rel` (relative to the output folder) is, or could become, something a build or preview writes. */
function isBuildOutput(rel: string): boolean {
  const name = path.basename(rel);
  // region folders and what is in them (ids have no dot), the PDFs, the previews, the manifest, the lock and temporary files
  return rel.includes(path.sep) || !name.includes('.') || /\.pdf$/i.test(name) || name === MANIFEST_FILE || name === PREVIEW_PAGE || name.startsWith(LOCK_FILE) || name.endsWith(TEMP_SUFFIX);
}

/** The absolute path to write the report to; throws ReportPathError (a wrong command line) or OutputError (a link leading out of the project). */
export async function checkReportPath(given: string, root: string, outDir: string): Promise<string> {
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
  if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new ReportPathError(say('report.isFolder', { given, example: path.join(given, 'report.txt') }));
  if (isInside(root, dir)) await ensureDirInside(root, dir, say('write.place.project', { root }), false);
  return file;
}

export { OutputError };
