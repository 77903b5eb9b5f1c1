// The preview page (out/index.html, if there is one) + the state of the last rebuild + the language chosen for messages → the page drukwerk serve shows: errors on top, said as the terminal says them, and a script that reloads it after every rebuild.
import { localize, location, type Diagnostic } from '../diagnostics.js';
import { say, type MessageLanguage } from '../messages/say.js';

export interface LiveStatus {
  phase: 'building' | 'ready' | 'failed';
  /** Counts finished rebuilds: a page that shows an older one reloads. */
  version: number;
  diagnostics: readonly Diagnostic[];
  /** A failure that is no content problem (the output folder locked, a thumbnail that could not be made). */
  message?: string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const CSS = `#drukwerk-live{font:15px/1.45 system-ui,sans-serif;margin:0 0 1rem;padding:.75rem 1rem;border-radius:6px}
#drukwerk-live.building{background:#eef3fb;color:#17325c}#drukwerk-live.ready{display:none}
#drukwerk-live.failed{background:#fdecea;color:#6b1111;border:2px solid #b3261e}
#drukwerk-live h2{font-size:1.1rem;margin:0 0 .5rem}#drukwerk-live ol{margin:.25rem 0 0;padding-left:1.25rem}
#drukwerk-live li{margin:.35rem 0}#drukwerk-live code{font:13px ui-monospace,monospace;background:#fff;padding:0 .25rem;border-radius:3px}
#drukwerk-live .hint{display:block;color:#4a4a4a}`;

/** One diagnostic as the terminal says it (its code and values in the chosen language; the English text only where it has no code). */
function diagnosticItem(d: Diagnostic, root: string, lang: MessageLanguage): string {
  const { message, hint } = localize(d, lang);
  const where = location({ ...d, file: d.file?.startsWith(root) ? d.file.slice(root.length + 1) : d.file });
  const field = d.field
    ? ` <span class="hint">${esc(say('label.field', {}, lang))}: <code>${esc(d.field)}</code>${d.variant ? ` · ${esc(d.variant)}` : ''}</span>`
    : d.variant
      ? ` <span class="hint">${esc(d.variant)}</span>`
      : '';
  const shownHint = hint ? `<span class="hint">${esc(say('label.hint', {}, lang))}: ${esc(hint)}</span>` : '';
  return `<li>${where ? `<code>${esc(where)}</code> ` : ''}<strong>${esc(say(`label.${d.severity}`, {}, lang))}</strong>: ${esc(message)}${field}${shownHint}</li>`;
}

const building = (lang: MessageLanguage): string => `<h2>${esc(say('serve.page.building', {}, lang))}</h2>${esc(say('serve.page.buildingNote', {}, lang))}`;

export function statusBanner(status: LiveStatus, root: string, lang: MessageLanguage): string {
  if (status.phase === 'building') return `<div id="drukwerk-live" class="building" role="status">${building(lang)}</div>`;
  if (status.phase === 'ready') return `<div id="drukwerk-live" class="ready" role="status"></div>`;
  const errors = status.diagnostics.filter((d) => d.severity === 'error').length;
  const items = status.diagnostics.map((d) => diagnosticItem(d, root, lang)).join('');
  const message = status.message ? `<p>${esc(status.message)}</p>` : '';
  return `<div id="drukwerk-live" class="failed" role="alert"><h2>${esc(say('serve.page.failed', { errors }, lang))}</h2>${message}<p>${esc(say('serve.page.failedNote', {}, lang))}</p>${items ? `<ol>${items}</ol>` : ''}</div>`;
}

/** A value inside the inline script: JSON, with `<` escaped so no text can close the script element. */
const scriptValue = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

const script = (version: number, lang: MessageLanguage): string => `<script>
(() => {
  const shown = ${version};
  const banner = () => document.getElementById('drukwerk-live');
  const events = new EventSource('/events');
  events.addEventListener('state', (e) => {
    const s = JSON.parse(e.data);
    if (s.version !== shown) location.reload();
    else if (s.phase === 'building' && banner()) { banner().className = 'building'; banner().innerHTML = ${scriptValue(building(lang))}; }
  });
})();
</script>`;

/** The served page: the preview page with the banner and the script, or a page of its own before anything was built. */
export function livePage(index: string | undefined, status: LiveStatus, root: string, lang: MessageLanguage): string {
  const banner = `<style>${CSS}</style>${statusBanner(status, root, lang)}`;
  if (index && index.includes('<main>')) return index.replace('<main>', `<main>${banner}`).replace('</body>', `${script(status.version, lang)}\n</body>`);
  const title = esc(say('serve.page.title', {}, lang));
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="max-width:60rem;margin:2rem auto;padding:0 1rem">
<h1 style="font:600 1.5rem system-ui,sans-serif">${title}</h1>
${banner}
${status.phase === 'ready' ? `<p>${esc(say('serve.page.noPdfs', {}, lang))}</p>` : ''}
${script(status.version, lang)}
</body>
</html>
`;
}
