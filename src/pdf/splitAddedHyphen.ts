// A text item that ends in a hyphen added by hyphenation → the text without it (content) and the hyphen on its own (an artifact in the tagged edition), drawn where the whole line drew them.
import type { TextItem } from '../layout/types.js';
import type { SharedFonts } from './sharedFonts.js';

export function splitAddedHyphen(item: TextItem, fonts: SharedFonts): [TextItem, TextItem] | undefined {
  if (!item.hyphen || !item.text.endsWith('-')) return undefined;
  const font = fonts.fontkit[item.font];
  // the hyphen's own advance (tracking after it included): it ends where the line ends
  const advance = (font.layout('-').advanceWidth / font.unitsPerEm) * item.size + (item.tracking ?? 0);
  const { hyphen: _hyphen, tag: _tag, href: _href, goTo: _goTo, logical: _logical, ...plain } = item;
  const text: TextItem = { ...item, text: item.text.slice(0, -1), width: item.width - advance };
  delete text.hyphen;
  return [text, { ...plain, text: '-', x: item.x + item.width - advance, width: advance, wordSpacing: 0 }];
}
