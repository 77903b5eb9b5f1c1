// Inline runs → words (the pieces of runs between spaces) and collapsed spaces, trimmed at both ends.
import type { Inline } from '../model/types.js';

/** Spaces that never break; they are kept in the text and stretch like spaces in justified lines. */
export const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/;

export interface Piece {
  run: number;
  text: string;
}

export type Token = { kind: 'word'; pieces: Piece[] } | { kind: 'space'; text: string };

/** Inline runs → words (pieces of runs without spaces between) and collapsed spaces, trimmed at both ends. */
export function tokenize(inlines: Inline[]): Token[] {
  const tokens: Token[] = [];
  inlines.forEach((inline, run) => {
    for (const part of inline.text.split(/(\s+)/)) {
      const last = tokens[tokens.length - 1];
      if (part === '' || (last?.kind !== 'word' && /^[\u00AD\u200B]+$/.test(part))) continue; // nothing visible starts no word
      if (/^\s+$/.test(part)) {
        const nbsp = part.match(NO_BREAK_SPACES)?.[0];
        if (last?.kind === 'space') {
          if (nbsp && !NO_BREAK_SPACES.test(last.text)) last.text = nbsp;
        } else tokens.push({ kind: 'space', text: nbsp ?? ' ' });
      } else if (last?.kind === 'word') last.pieces.push({ run, text: part });
      else tokens.push({ kind: 'word', pieces: [{ run, text: part }] });
    }
  });
  while (tokens[0]?.kind === 'space') tokens.shift();
  while (tokens[tokens.length - 1]?.kind === 'space') tokens.pop();
  return tokens;
}
