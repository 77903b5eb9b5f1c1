// Template source → the same source with `_at="file:line:column"` on every element, so each model node knows its template line.

export const AT_ATTRIBUTE = '_at';

/** Maps a column of the annotated source back to the column in the template as written. */
export type ColumnMap = (line: number, column: number) => number;

export function annotateTemplate(text: string, file: string): string {
  return annotateWithMap(text, file).text;
}

export function annotateWithMap(text: string, file: string): { text: string; column: ColumnMap } {
  const inserted = new Map<number, Array<{ at: number; length: number }>>();
  let out = '';
  let outLineStart = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i + 2);
      const end = close < 0 ? text.length : close + 2;
      for (let j = i; j < end; j++) if (text[j] === '\n') line++, (lineStart = j + 1), (outLineStart = out.length + (j - i) + 1);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const ch = text[i];
    if (ch === '<' && /[a-z]/i.test(text[i + 1] ?? '')) {
      // biome-ignore lint/style/noNonNullAssertion: the test above saw a letter after the <, so the pattern matches
      const m = /^<[a-zA-Z][\w-]*/.exec(text.slice(i, i + 64))!;
      const attribute = ` ${AT_ATTRIBUTE}="${file}:${line}:${i - lineStart + 1}"`;
      out += m[0];
      const list = inserted.get(line) ?? [];
      list.push({ at: out.length - outLineStart + 1, length: attribute.length });
      inserted.set(line, list);
      out += attribute;
      i += m[0].length;
      continue;
    }
    out += ch;
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      outLineStart = out.length;
    }
    i++;
  }
  const column: ColumnMap = (ln, col) => {
    let shift = 0;
    for (const ins of inserted.get(ln) ?? []) if (col > ins.at) shift += Math.min(ins.length, col - ins.at);
    return col - shift;
  };
  return { text: out, column };
}
