// Job results → the overset and copy-fit report, in the language chosen for messages: every frame that was fitted or did not fit, across all variants, and which variants bind on the right.
import { localText } from '../messages/coded.js';
import { messageLanguage, say } from '../messages/say.js';
import type { Diagnostic } from '../diagnostics.js';
import type { JobResult } from '../pipeline.js';

export function formatReport(results: readonly JobResult[], diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  const lang = messageLanguage();
  for (const r of results) {
    for (const fit of r.copyFits) lines.push(say('build.copyFit', { job: r.job.id, page: fit.page, frame: fit.frame, percent: Math.round(fit.scale * 100) }));
  }
  for (const d of diagnostics) if (/does not fit in frame/.test(d.message)) lines.push(say('report.overset', { variant: d.variant ?? '', detail: localText(d, lang) }));
  for (const r of results) {
    if (r.direction === 'rtl') lines.push(say('report.rightToLeft', { job: r.job.id }));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
