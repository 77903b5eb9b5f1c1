// `--out DIR` (relative to the project) → the output folder's absolute path, checked before anything is read or written: never the filesystem root, the project folder itself, an input of the project (content, templates, fonts, images, icc, .cache, drukwerk.yaml) or anything inside one, links followed; never a file. One rule for build, watch, serve, preview and schema.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { say } from '../messages/say.js';
import { isInside } from '../world/isInside.js';
import { resolvedPath } from '../write/safePath.js';
import { SETTINGS_FILE } from './projectSettings.js';

/** What a project holds that drukwerk reads (and its cache): nothing is written among them but by their own commands. */
export const PROJECT_INPUTS = ['content', 'templates', 'fonts', 'images', 'icc', '.cache', SETTINGS_FILE] as const;

/** A path the command line names that drukwerk must not write to: a wrong command line (exit 2). */
export class PathOptionError extends Error {}

/** The project input that `real` (a real path) is, or lies in, or undefined. */
export async function projectInputOf(root: string, real: string): Promise<string | undefined> {
  for (const input of PROJECT_INPUTS) if (isInside(await resolvedPath(path.join(root, input)), real)) return input;
  return undefined;
}

/** The deepest part of `abs` that exists, with what it is; undefined when nothing does. */
async function deepestExisting(abs: string): Promise<{ at: string; isDirectory: boolean } | undefined> {
  for (let current = abs; ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info) return { at: current, isDirectory: info.isDirectory() };
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * The output folder `given` names (relative to `root`), absolute; throws PathOptionError when drukwerk must not write
 * there. Only reads: nothing is created, so a refusal leaves everything as it was. `projectRootAllowed`: the project
 * folder itself may hold the output (the schemas: a few files of their own names, never a tree of folders).
 */
export async function checkOutDir(root: string, given: string, option = '--out', projectRootAllowed = false): Promise<string> {
  const abs = path.resolve(root, given);
  // where it really is: a link to content/ is content/
  const real = await resolvedPath(abs);
  if (path.dirname(real) === real) throw new PathOptionError(say('out.filesystemRoot', { option, given }));
  const realRoot = await resolvedPath(root);
  if (real === realRoot && !projectRootAllowed) throw new PathOptionError(say('out.projectRoot', { option, given, root, example: path.join(given, 'out') }));
  const input = await projectInputOf(root, real);
  if (input) throw new PathOptionError(say('out.projectInput', { option, given, input, root }));
  const existing = await deepestExisting(abs);
  if (existing && !existing.isDirectory) throw new PathOptionError(say('out.isFile', { option, given, file: existing.at }));
  return abs;
}
