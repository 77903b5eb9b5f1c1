// The manifest's files + their thumbnails → out/index.html: one self-contained page (inline CSS, no external resources) with every region and material.
import type { ManifestEntry } from '../write/writeOutputs.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';

export interface PageThumb {
  /** Relative to the output folder, forward slashes. */
  src: string;
  width: number;
  height: number;
}

export interface PreviewInput {
  files: readonly ManifestEntry[];
  /** Thumbnails per `<region>/<material>/<lang>`, one per page. */
  thumbnails: ReadonlyMap<string, readonly PageThumb[]>;
  /** Region id → the name as printed. */
  regionNames?: ReadonlyMap<string, string>;
  title?: string;
}

/** The page `drukwerk preview` writes in the output folder. */
export const PREVIEW_PAGE = 'index.html';

export const MATERIAL_LABELS: Record<string, string> = {
  poster: 'Affiche (A3)',
  flyer: 'Flyer (A5)',
  brochure: 'Brochure (A5)',
  leidraad: 'Leidraad voor schoolpersoneel (A4)',
};
const MATERIAL_ORDER = ['poster', 'flyer', 'brochure', 'leidraad'];
type EditionLabel = { label: string; note: string };
const EDITION_LABELS: Record<string, EditionLabel> & Record<'print' | 'screen', EditionLabel> = {
  print: { label: 'Drukklaar (print)', note: 'voor de drukker: PDF/X-4, CMYK, met afloop en snijtekens' },
  screen: { label: 'Scherm (e-mail, website)', note: 'om te mailen of op een website te zetten' },
};

const LANGUAGES: Record<string, string> = { nl: 'Nederlands', fr: 'Frans', en: 'Engels', de: 'Duits', ar: 'Arabisch', tr: 'Turks', uk: 'Oekraïens', pl: 'Pools' };

export const thumbKey = (region: string, material: string, lang: string): string => `${region}/${material}/${lang}`;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const href = (rel: string): string => rel.split('/').map(encodeURIComponent).join('/');
const nl = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${nl.format(Math.round(bytes / 100) / 10)} kB`;
  return `${nl.format(Math.round(bytes / 100_000) / 10)} MB`;
}
export const formatPages = (n: number): string => `${n} ${n === 1 ? 'pagina' : 'pagina’s'}`;

const CSS = `
:root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#d9dde5;--accent:#0b6e4f;--bg:#f5f6f8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .5rem}
p{margin:.25rem 0 .75rem}
nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem}
nav a{display:inline-block;padding:.3rem .7rem;border:1px solid var(--line);border-radius:1rem;background:#fff;color:var(--ink);text-decoration:none}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:1rem}
.card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;min-width:0}
.pages{display:flex;gap:.4rem;overflow-x:auto;padding-bottom:.4rem;margin-bottom:.5rem}
.pages img{height:9rem;width:auto;border:1px solid var(--line);background:#fff;flex:none}
.meta{color:var(--muted);font-size:.9rem}
.downloads{list-style:none;padding:0;margin:0}
.downloads li{margin:.4rem 0}
.downloads a{font-weight:600;color:var(--accent)}
.downloads small{display:block;color:var(--muted)}
`;

function card(region: string, material: string, lang: string, entries: readonly ManifestEntry[], thumbs: readonly PageThumb[], showLang: boolean): string {
  const label = MATERIAL_LABELS[material] ?? material;
  const title = `${label}${showLang ? ` · ${LANGUAGES[lang] ?? lang}` : ''}`;
  const pages = entries[0]?.pages ?? thumbs.length;
  const imgs = thumbs.map((t, i) => `<img src="${esc(href(t.src))}" width="${t.width}" height="${t.height}" loading="lazy" alt="${esc(`${label}, pagina ${i + 1}`)}">`).join('');
  const links = ['print', 'screen']
    .map((edition) => entries.find((e) => e.edition === edition))
    .filter((e): e is ManifestEntry => e !== undefined)
    .map((e) => {
      const ed = EDITION_LABELS[e.edition] ?? { label: e.edition, note: '' };
      return `<li><a href="${esc(href(e.path))}" download>${esc(ed.label)}</a> <span class="meta">PDF, ${formatPages(e.pages)}, ${formatBytes(e.bytes)}</span><small>${esc(ed.note)}</small></li>`;
    })
    .join('');
  return `<article class="card" id="${esc(`${region}-${material}-${lang}`)}"><h3>${esc(title)}</h3><div class="pages">${imgs}</div><p class="meta">${formatPages(pages)}</p><ul class="downloads">${links}</ul></article>`;
}

export function previewPage(input: PreviewInput): string {
  const regions = [...new Set(input.files.map((f) => f.region))].sort((a, b) => byCodeUnits(a, b));
  const langs = new Set(input.files.map((f) => f.lang));
  const name = (id: string): string => input.regionNames?.get(id) ?? id;
  const totalPages = input.files.filter((f) => f.edition === 'print').reduce((n, f) => n + f.pages, 0);
  const sections = regions.map((region) => {
    const mine = input.files.filter((f) => f.region === region);
    const groups = [...new Set(mine.map((f) => `${f.material}\u0000${f.lang}`))]
      .map((k) => k.split('\u0000') as [string, string])
      .sort(([ma, la], [mb, lb]) => MATERIAL_ORDER.indexOf(ma) - MATERIAL_ORDER.indexOf(mb) || byCodeUnits(la, lb));
    const cards = groups.map(([material, lang]) =>
      card(
        region,
        material,
        lang,
        mine.filter((f) => f.material === material && f.lang === lang),
        input.thumbnails.get(thumbKey(region, material, lang)) ?? [],
        langs.size > 1,
      ),
    );
    return `<section id="${esc(region)}"><h2>${esc(name(region))}</h2><div class="cards">${cards.join('')}</div></section>`;
  });
  const title = input.title ?? 'Drukwerk: alle materialen';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p>${input.files.length} PDF-bestanden voor ${regions.length} ${regions.length === 1 ? 'regio' : 'regio’s'}. Kies <strong>${EDITION_LABELS.print.label}</strong> voor de drukker en <strong>${EDITION_LABELS.screen.label}</strong> om te mailen of online te zetten.${totalPages ? ` Samen ${formatPages(totalPages)} drukwerk.` : ''}</p>
<nav aria-label="Regio’s"><ul>${regions.map((r) => `<li><a href="#${esc(r)}">${esc(name(r))}</a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p class="meta">Gemaakt met drukwerk. Deze pagina werkt ook zonder internet: alle bestanden staan naast dit bestand.</p></footer>
</body>
</html>
`;
}
