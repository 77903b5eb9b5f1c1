// README.md text → its terminal sessions (```console blocks: `$ ` commands and the output shown under each) and the file edits between them, in order.
// Directives are HTML comments, invisible on GitHub:
//   <!-- readme-test: env NAME=value -->          environment for the commands that follow
//   <!-- readme-test: append <file> -->          the next ```yaml block is appended to <file> (in the project copy)
//   <!-- readme-test: replace <file> ["a", "b"] --> replace a by b in <file> (a JSON pair, so quotes and line breaks can be written)
//   <!-- readme-test: skip -->                   the next ```console block is not run (a session that waits for Ctrl-C)
//   <!-- readme-test: example <file> ["a", "b"] --> the next plain ``` block is what `drukwerk validate` prints (among its
//                                                 output) on a fresh copy of the project with a replaced by b in <file>
//   <!-- readme-test: valid <file> -->           the next ```yaml block, appended to <file> of a fresh copy, validates without errors

export type ReadmeStep =
  | { kind: 'command'; line: number; command: string; expected: string; env: Record<string, string> }
  | { kind: 'append'; line: number; file: string; text: string }
  | { kind: 'replace'; line: number; file: string; from: string; to: string }
  | { kind: 'example'; line: number; file: string; from: string; to: string; expected: string }
  | { kind: 'valid'; line: number; file: string; text: string };

const DIRECTIVE = /^<!-- readme-test: (.+?) -->$/;

export function readmeSessions(markdown: string): ReadmeStep[] {
  const lines = markdown.split('\n');
  const steps: ReadmeStep[] = [];
  const env: Record<string, string> = {};
  let skipNext = false;
  let appendTo: string | undefined;
  let example: { file: string; from: string; to: string } | undefined;
  let validIn: string | undefined;
  const pairOf = (verbName: string, args: string, at: number): { file: string; from: string; to: string } => {
    const m = /^(\S+) (\[.*\])$/.exec(args);
    const pair: unknown = m ? JSON.parse(m[2] ?? '') : undefined;
    if (!m?.[1] || !Array.isArray(pair) || pair.length !== 2 || !pair.every((x) => typeof x === 'string')) throw new Error(`README.md:${at}: ${verbName} needs <file> ["from", "to"]`);
    return { file: m[1], from: pair[0] as string, to: pair[1] as string };
  };
  for (let i = 0; i < lines.length; i++) {
    const directive = DIRECTIVE.exec(lines[i]!.trim());
    if (directive) {
      const [verb, ...rest] = directive[1]!.split(' ');
      const args = rest.join(' ');
      if (verb === 'env') {
        const [name, ...value] = args.split('=');
        env[name!] = value.join('=');
      } else if (verb === 'skip') skipNext = true;
      else if (verb === 'append') appendTo = args;
      else if (verb === 'replace') steps.push({ kind: 'replace', line: i + 1, ...pairOf(verb, args, i + 1) });
      else if (verb === 'example') example = pairOf(verb, args, i + 1);
      else if (verb === 'valid') validIn = args;
      else throw new Error(`README.md:${i + 1}: unknown readme-test directive "${verb}"`);
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    const body = lines.slice(start, end);
    i = end;
    if (fence[1] === '' && example) {
      steps.push({ kind: 'example', line: start + 1, ...example, expected: body.join('\n') });
      example = undefined;
    } else if (fence[1] === 'yaml' && validIn) {
      steps.push({ kind: 'valid', line: start + 1, file: validIn, text: `${body.join('\n')}\n` });
      validIn = undefined;
    } else if (fence[1] === 'yaml' && appendTo) {
      steps.push({ kind: 'append', line: start + 1, file: appendTo, text: `${body.join('\n')}\n` });
      appendTo = undefined;
    } else if (fence[1] === 'console') {
      if (skipNext) {
        skipNext = false;
        continue;
      }
      for (let k = 0; k < body.length; k++) {
        if (!body[k]!.startsWith('$ ')) throw new Error(`README.md:${start + k + 1}: a console block starts with a "$ " command`);
        const output: string[] = [];
        let next = k + 1;
        while (next < body.length && !body[next]!.startsWith('$ ')) output.push(body[next++]!);
        steps.push({ kind: 'command', line: start + k + 1, command: body[k]!.slice(2), expected: output.join('\n'), env: { ...env } });
        k = next - 1;
      }
    }
  }
  return steps;
}

/** What changes from run to run (seconds, file sizes) → a placeholder, on both sides of the comparison. */
export function normaliseOutput(text: string): string {
  return text
    .replace(/\b\d+(?:[.,]\d+)? s\b/g, '… s')
    .replace(/\b\d+(?:[.,]\d+)? kB\b/g, '… kB')
    .replace(/[ \t]+$/gm, '')
    .trimEnd();
}

/** The README with each command's shown output replaced by what it printed (the update switch: UPDATE_README=1). */
export function withOutputs(markdown: string, outputs: ReadonlyMap<number, string>): string {
  const lines = markdown.split('\n');
  const commands = readmeSessions(markdown).filter((s): s is Extract<ReadmeStep, { kind: 'command' }> => s.kind === 'command');
  for (const step of [...commands].sort((a, b) => b.line - a.line)) {
    const output = outputs.get(step.line);
    if (output === undefined) continue;
    const shown = step.expected === '' ? 0 : step.expected.split('\n').length;
    const printed = output.replace(/\s+$/, '');
    lines.splice(step.line, shown, ...(printed === '' ? [] : printed.split('\n')));
  }
  return lines.join('\n');
}
