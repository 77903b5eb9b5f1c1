// One PDF file about to be read → its reading: a fresh budget, and nothing read yet.
import { FileBudget } from './limits.js';
import type { FileReading } from './types.js';

export function fileReading(): FileReading {
  return { budget: new FileBudget(), fonts: new Map(), colourSpaces: new Map(), forms: new Map() };
}
