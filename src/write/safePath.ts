// A folder drukwerk writes into + the folder it must stay in → created one level at a time and checked: followed through its links it lies inside the project or the output folder the user chose; a folder that cannot be created is an error at once, never a wait.
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './outputError.js';
import { reason } from '../messages/reason.js';
import { say } from '../messages/say.js';
import { isInside } from '../world/isInside.js';

const code = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;

/** Where `p` really is: the real path of its deepest existing part, plus the parts not yet created. */
export async function resolvedPath(p: string): Promise<string> {
  const rest: string[] = [];
  for (let current = path.resolve(p); ; ) {
    try {
      return path.join(await realpath(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/** mkdir of one level; why it failed in words ("the system does not allow a folder there" for /proc/x, where the parent exists). */
async function makeLevel(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (e) {
    if (code(e) === 'EEXIST') return;
    const why = code(e) === 'ENOENT' ? say('write.reason.noFolderThere') : reason(e);
    throw new OutputError(say('write.cannotCreateFolder', { dir, why }));
  }
}

/** One level under `base`: made when missing (with `create`), a real folder, or a link that leads to a folder inside `realBase`. False when it is missing and not made. */
async function checkLevel(dir: string, realBase: string, label: string, create: boolean): Promise<boolean> {
  let info = await lstat(dir).catch((e: unknown) => {
    if (code(e) === 'ENOENT') return undefined;
    throw new OutputError(say('write.cannotCreateFolder', { dir, why: reason(e) }));
  });
  if (!info) {
    if (!create) return false;
    await makeLevel(dir);
    info = await lstat(dir);
  }
  if (info.isSymbolicLink()) {
    const real = await realpath(dir).catch(() => undefined);
    if (!real) throw new OutputError(say('write.brokenLink', { dir }));
    if (!isInside(realBase, real)) throw new OutputError(say('write.linkLeaves', { dir, real, base: label }));
    if (!(await stat(real)).isDirectory()) throw new OutputError(say('write.notAFolder', { dir }));
  } else if (!info.isDirectory()) {
    throw new OutputError(say('write.notAFolder', { dir }));
  }
  return true;
}

/**
 * Makes sure `dir` (at or under `base`, which exists) can be written into without leaving `base`: each level below `base`
 * is created if missing (`create`, the default) and must be a folder, or a link to a folder inside `base`. Throws
 * OutputError naming the level that is wrong; returns false when a level is missing and `create` is false.
 */
export async function ensureDirInside(base: string, dir: string, label = base, create = true): Promise<boolean> {
  if (!isInside(base, dir)) throw new OutputError(say('write.notInside', { file: dir, base: label }));
  const realBase = await realpath(base).catch((e: unknown) => {
    throw new OutputError(say('write.cannotCreateFolder', { dir: base, why: reason(e) }));
  });
  let current = base;
  for (const part of path.relative(base, dir).split(path.sep).filter(Boolean)) {
    current = path.join(current, part);
    if (!(await checkLevel(current, realBase, label, create))) return false;
  }
  return true;
}

/** Creates `dir` and the folders above it one level at a time (a recursive mkdir never returns for /proc/x). */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info) {
      if (!info.isDirectory()) throw new OutputError(say('write.notAFolder', { dir: current }));
      break;
    }
    if (path.dirname(current) === current) break;
    missing.push(current);
  }
  for (const level of missing.reverse()) await makeLevel(level);
  if (!(await stat(dir)).isDirectory()) throw new OutputError(say('write.notAFolder', { dir }));
}

/**
 * The folder a command writes its output into (`--out`), absolute and created: inside the project it must stay inside
 * the project with its links followed; outside the project it is where the user chose to write.
 */
export async function prepareOutDir(root: string, out: string): Promise<string> {
  const abs = path.resolve(root, out);
  if (!isInside(root, abs)) {
    await makeDirs(abs);
    return abs;
  }
  try {
    await ensureDirInside(root, abs, say('write.place.project', { root }));
  } catch (e) {
    // the same problem in the words of the option the user gave
    const real = await resolvedPath(abs);
    if (e instanceof OutputError && !isInside(await resolvedPath(root), real)) throw new OutputError(say('write.outDirLinkLeaves', { dir: abs, real, root }));
    throw e;
  }
  return abs;
}
