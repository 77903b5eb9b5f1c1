// Content and region files, with who owns each → every fact flagged `verify:` and every file still `status: concept`, with positions, and a hint for the person who can act on it.
import type { Diagnostic } from '../diagnostics.js';
import type { YamlFile } from './readYaml.js';

/**
 * Who approves a file: `own` — the region being built, whose officer fixes it; `network` — the shared content, the
 * translations and the regions it inherits from, which only the network approves.
 */
export type Owner = 'own' | 'network';

/** The messages of a --final review, by owner: words for the officer who reads them. */
const MESSAGES = {
  own: {
    concept: 'this file is still a concept (status: concept)',
    conceptHint: 'set status: final once the content has been approved',
    verify: (fact: string) => `check this fact before printing: ${fact}`,
    verifyHint: 'check it, correct the text if needed, then remove this verify: line',
  },
  network: {
    concept: "the network's text is still a concept (status: concept)",
    verify: (fact: string) => `the network must still check this fact: ${fact}`,
    hint: (network: string) => `this text is approved by the network (${network}); ask them — it is not yours to edit`,
  },
} as const;

/** The hint for what only the network approves. */
export const networkHint = (network: string): string => MESSAGES.network.hint(network);

const valueAt = (data: unknown, path: string): unknown =>
  path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);

/** `network` names the network in the hints ("Samen tegen schooluitval"). Files the owner function does not know are the network's. */
export function collectReviewFindings(files: readonly YamlFile[], severity: Diagnostic['severity'], ownerOf: (file: string) => Owner = () => 'own', network = 'the network'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    const data = f.data as Record<string, unknown>;
    const owner = ownerOf(f.file);
    const networkHint = MESSAGES.network.hint(network);
    if (data && data.status === 'concept') {
      const pos = f.positions.value.get('status') ?? { file: f.file, line: 1, column: 1 };
      const [message, hint] = owner === 'own' ? [MESSAGES.own.concept, MESSAGES.own.conceptHint] : [MESSAGES.network.concept, networkHint];
      out.push({ severity, message, ...pos, field: 'status', hint });
    }
    for (const [path, pos] of f.positions.value) {
      if (!/(^|\.)verify$/.test(path)) continue;
      const fact = String(valueAt(data, path));
      const [message, hint] = owner === 'own' ? [MESSAGES.own.verify(fact), MESSAGES.own.verifyHint] : [MESSAGES.network.verify(fact), networkHint];
      out.push({ severity, message, ...pos, field: path, hint });
    }
  }
  return out;
}

/** One line before the findings (it sorts first: it names no file) that groups them by who must act. */
export function reviewSummary(findings: readonly Diagnostic[], ownerOf: (file: string) => Owner, network: string): Diagnostic | undefined {
  const files = (owner: Owner) => [...new Set(findings.flatMap((d) => (d.file && ownerOf(d.file) === owner ? [d.file] : [])))].sort();
  const own = files('own');
  const theirs = files('network');
  if (!own.length && !theirs.length) return undefined;
  const count = (owner: Owner) => findings.filter((d) => d.file && ownerOf(d.file) === owner).length;
  const parts = [
    own.length && `${count('own')} in your own file(s) ${own.join(', ')}: fix them yourself`,
    theirs.length && `${count('network')} in text approved by the network (${network}): ${theirs.join(', ')} — ask them to approve it`,
  ].filter(Boolean);
  return { severity: 'info', message: `not ready to print (--final): ${parts.join('; ')}` };
}
