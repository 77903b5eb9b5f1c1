// A folder the store writes into + the project it must stay in → the problem with writing there, checked synchronously (the store writes synchronously), or undefined.
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { reason } from '../messages/reason.js';
import { say } from '../messages/say.js';
import { isInside } from './isInside.js';

/**
 * For synchronous writers (the .cache store): the problem with writing into `dir` under `base`, or undefined when there is
 * none. Each existing level below `base` must be a folder, or a link to a folder inside `base`; missing levels are fine
 * (the caller creates them, which then cannot leave `base`).
 */
export function dirProblemSync(base: string, dir: string): string | undefined {
  if (!isInside(base, dir)) return say('write.notInside', { file: dir, base });
  let realBase: string;
  try {
    realBase = realpathSync(base);
  } catch (e) {
    return say('write.cannotCreateFolder', { dir: base, why: reason(e) });
  }
  let current = base;
  for (const part of path.relative(base, dir).split(path.sep).filter(Boolean)) {
    current = path.join(current, part);
    let info;
    try {
      info = lstatSync(current);
    } catch {
      return undefined;
    }
    if (info.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(current);
      } catch {
        return say('write.brokenLink', { dir: current });
      }
      if (!isInside(realBase, real)) return say('write.linkLeaves', { dir: current, real, base: say('write.place.project') });
    } else if (!info.isDirectory()) {
      return say('write.notAFolder', { dir: current });
    }
  }
  return undefined;
}

/** The project's `.cache` folder as a link that leads out of the project: the error to stop on, else undefined. */
export function cacheDirProblem(root: string): string | undefined {
  const cache = path.join(root, '.cache');
  try {
    if (!lstatSync(cache).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const problem = dirProblemSync(root, cache);
  if (!problem) return undefined;
  let real = '';
  try {
    real = realpathSync(cache);
  } catch {
    return problem;
  }
  return say('write.cacheLinkLeaves', { dir: cache, real });
}
