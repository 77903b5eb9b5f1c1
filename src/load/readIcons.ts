// Icon names → their SVG sources from the lucide-static icon set (ISC licence), read once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { memo } from '../world/memo.js';

const iconDir = path.join(path.dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');

/** The SVG text of an icon, or undefined when the set has no such icon. */
export function readIcon(name: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  return memo(
    'assets.icon',
    [name],
    () => {
      try {
        return readFileSync(path.join(iconDir, `${name}.svg`), 'utf8');
      } catch {
        return undefined;
      }
    },
    1_024,
  );
}
