// () → the sharp module, imported on first use: loading libvips is a sixth of a no-op build's start-up, and only builds that convert colours or images need it.
import type SharpModule from 'sharp';
import { memo } from '../world/memo.js';

type Sharp = typeof SharpModule;

export function loadSharp(): Promise<Sharp> {
  return memo('load.sharp', [], () => importSharp(() => import('sharp')), 1);
}

/** The module's default export; a failed import says that the installation, not an image, is at fault. */
export async function importSharp(load: () => Promise<{ default: Sharp }>): Promise<Sharp> {
  try {
    return (await load()).default;
  } catch (e) {
    throw new Error(`the image library sharp could not be loaded (${(e as Error).message}); run npm install again`);
  }
}
