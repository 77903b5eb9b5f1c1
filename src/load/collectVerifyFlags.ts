// Content and region files → every fact flagged `verify:` and every file still marked `status: concept`, with positions.
import type { Diagnostic } from '../diagnostics.js';
import type { YamlFile } from './readYaml.js';

export function collectReviewFindings(files: readonly YamlFile[], severity: Diagnostic['severity']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    const data = f.data as Record<string, unknown>;
    if (data && data.status === 'concept') {
      const pos = f.positions.value.get('status') ?? { file: f.file, line: 1, column: 1 };
      out.push({ severity, message: 'this file is still a concept (status: concept)', ...pos, field: 'status', hint: 'set status: final once the content has been approved' });
    }
    for (const [path, pos] of f.positions.value) {
      if (!/(^|\.)verify$/.test(path)) continue;
      const value = path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);
      out.push({ severity, message: `check this fact before printing: ${String(value)}`, ...pos, field: path });
    }
  }
  return out;
}
