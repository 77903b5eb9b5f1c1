// Message ids + their values → the text in Dutch and in English: every diagnostic, finding, notice, hint and summary drukwerk prints, one part per area.
import { ASSETS } from './catalogue/assets.js';
import { BUILD } from './catalogue/build.js';
import { COMMANDS } from './catalogue/commands.js';
import { CONTENT } from './catalogue/content.js';
import { CORE } from './catalogue/core.js';
import type { Entry } from './catalogue/entry.js';
import { HELP } from './catalogue/help.js';
import { LAYOUT } from './catalogue/layout.js';
import { LOAD } from './catalogue/load.js';
import { PREFLIGHT } from './catalogue/preflight.js';
import { TEMPLATE } from './catalogue/template.js';
import { VARIANT } from './catalogue/variant.js';
import { WRITE } from './catalogue/write.js';

export type { Values } from './catalogue/entry.js';

/** The parts, for the test that no id is in two of them (a later part would silently win). */
export const CATALOGUE_PARTS = { CORE, CONTENT, BUILD, COMMANDS, PREFLIGHT, TEMPLATE, ASSETS, WRITE, LOAD, LAYOUT, VARIANT, HELP };

/** Every entry has both forms; the type makes a missing one a compile error, and a test checks none is empty. */
export const CATALOGUE = { ...CORE, ...CONTENT, ...BUILD, ...COMMANDS, ...PREFLIGHT, ...TEMPLATE, ...ASSETS, ...WRITE, ...LOAD, ...LAYOUT, ...VARIANT, ...HELP } satisfies Record<string, Entry>;

export type MessageId = keyof typeof CATALOGUE;
