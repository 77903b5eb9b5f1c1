// Content and region files, with who owns each → every fact flagged `verify:` and every file still `status: concept`, with positions, and a hint for the person who can act on it.
import type { Diagnostic } from '../diagnostics.js';
import { coded, type Coded, type CodedWithHint } from '../messages/coded.js';
import type { YamlFile } from './readYaml.js';

/**
 * Who approves a file: `own` — the region being built, whose officer fixes it; `network` — the shared content, the
 * translations and the regions it inherits from, which only the network approves.
 */
export type Owner = 'own' | 'network';

/** The messages of a --final review, by owner: words for the officer who reads them. */
const MESSAGES = {
  own: {
    concept: () => coded('review.concept', {}, 'review.conceptHint'),
    verify: (fact: string) => coded('review.verify', { fact }, 'review.verifyHint'),
  },
  network: {
    concept: (network: string) => coded('review.networkConcept', { network }, 'review.networkHint'),
    verify: (fact: string, network: string) => coded('review.networkVerify', { fact, network }, 'review.networkHint'),
  },
} satisfies Record<Owner, Record<string, (...a: string[]) => CodedWithHint>>;

/** A diagnostic about what only the network approves, with the hint to ask the network (its own values kept). */
export function withNetworkHint<D extends Diagnostic>(d: D, network: string): D {
  const values = { ...d.values, network };
  const hint: Coded = coded('review.networkHint', values);
  return { ...d, values, hint: hint.message, hintCode: hint.code };
}

const valueAt = (data: unknown, path: string): unknown =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);

/** `network` names the network in the hints ("Samen tegen schooluitval"). Files the owner function does not know are the network's. */
export function collectReviewFindings(files: readonly YamlFile[], severity: Diagnostic['severity'], ownerOf: (file: string) => Owner = () => 'own', network = 'the network'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    const data = f.data as Record<string, unknown>;
    const owner = ownerOf(f.file);
    if (data && data.status === 'concept') {
      const pos = f.positions.value.get('status') ?? { file: f.file, line: 1, column: 1 };
      out.push({ severity, ...(owner === 'own' ? MESSAGES.own.concept() : MESSAGES.network.concept(network)), ...pos, field: 'status' });
    }
    for (const [path, pos] of f.positions.value) {
      if (!/(^|\.)verify$/.test(path)) continue;
      const fact = String(valueAt(data, path));
      out.push({ severity, ...(owner === 'own' ? MESSAGES.own.verify(fact) : MESSAGES.network.verify(fact, network)), ...pos, field: path });
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
  return { severity: 'info', ...coded('review.summary', { own: count('own'), ownCount: own.length, ownFiles: own.join(', '), theirs: count('network'), theirFiles: theirs.join(', '), network }) };
}
