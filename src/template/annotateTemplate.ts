// Template source → the same source with `_at="file:line:column"` on every element, so each model node knows its template line.

export const AT_ATTRIBUTE = '_at';

export function annotateTemplate(text: string, file: string): string {
  let out = '';
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i + 2);
      const end = close < 0 ? text.length : close + 2;
      for (let j = i; j < end; j++) if (text[j] === '\n') (line++, (lineStart = j + 1));
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const ch = text[i];
    if (ch === '<' && /[a-z]/i.test(text[i + 1] ?? '')) {
      const m = /^<[a-zA-Z][\w-]*/.exec(text.slice(i, i + 64))!;
      out += `${m[0]} ${AT_ATTRIBUTE}="${file}:${line}:${i - lineStart + 1}"`;
      i += m[0].length;
      continue;
    }
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
    }
    out += ch;
    i++;
  }
  return out;
}
