// Job results → the overset and copy-fit report: every frame that was fitted or did not fit, across all variants, and which variants bind on the right.
import type { Diagnostic } from '../diagnostics.js';
import type { JobResult } from '../pipeline.js';

export function formatReport(results: readonly JobResult[], diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const fit of r.copyFits) lines.push(`copy-fit  ${r.job.id}  page ${fit.page}  frame "${fit.frame}"  scaled to ${Math.round(fit.scale * 100)} %`);
  }
  for (const d of diagnostics) if (/does not fit in frame/.test(d.message)) lines.push(`overset   ${d.variant ?? ''}  ${d.message}`);
  for (const r of results) {
    if (r.direction === 'rtl') lines.push(`binding   ${r.job.id}  right to left: bound on the right, pages in right-to-left order (/ViewerPreferences /Direction /R2L)`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
