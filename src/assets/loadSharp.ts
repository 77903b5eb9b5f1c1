// () → the sharp module, imported on first use: loading libvips is a sixth of a no-op build's start-up, and only builds that convert colours or images need it.
import type SharpModule from 'sharp';

let loading: Promise<typeof SharpModule> | undefined;

export function loadSharp(): Promise<typeof SharpModule> {
  return (loading ??= import('sharp').then((m) => m.default));
}
