// () → the sharp module, imported on first use: loading libvips is a sixth of a no-op build's start-up, and only builds that convert colours or images need it.
import type SharpModule from 'sharp';

type Sharp = typeof SharpModule;

let loading: Promise<Sharp> | undefined;

export function loadSharp(): Promise<Sharp> {
  return (loading ??= importSharp(() => import('sharp')));
}

/** The module's default export; a failed import says that the installation, not an image, is at fault. */
export async function importSharp(load: () => Promise<{ default: Sharp }>): Promise<Sharp> {
  try {
    return (await load()).default;
  } catch (e) {
    throw new Error(`the image library sharp could not be loaded (${(e as Error).message}); run npm install again`);
  }
}
