// The shipped brochure in every language → the Groeipakket paragraph gives the facts brief's three starts of the school leaver's 12 months (issue 22, item 7).
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';
import { extractText } from '../support/renderPdf.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
/** Compared by their letters and digits: spacing, line-end hyphens, marks and punctuation apart (a reader may put an Arabic full stop or question mark beside the digits it follows). */
const squash = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/-\n/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/** The brief (§3c): the month after stopping early; 1 September after the school year; the month after turning 18 if no longer a student. */
const TRIGGERS: Record<string, string[]> = {
  nl: ['Dan starten die 12 maanden de maand nadat je stopt', 'Dan starten ze op 1 september', 'Word je 18 en ben je dan geen student meer? Dan starten ze de maand nadat je 18 wordt'],
  fr: ['Les 12 mois commencent le mois après ton arrêt', 'Ils commencent le 1er septembre', 'Tu as 18 ans et tu n’es plus étudiant ? Ils commencent le mois qui suit tes 18 ans'],
  en: ['Then those 12 months start the month after you stop', 'Then they start on 1 September', 'Do you turn 18 and are you no longer a student? Then they start the month after your 18th birthday'],
  ar: ['تبدأ هذه الأشهر الاثنا عشر في الشهر الذي يلي توقفك', 'تبدأ في 1 سبتمبر', 'هل تبلغ 18 سنة ولم تعد طالبا؟ تبدأ في الشهر الذي يلي بلوغك 18 سنة'],
};

let result: RunBuildResult;
beforeAll(async () => {
  result = await runBuild({ root: REPO, ...options, regions: ['oostende'], materials: ['brochure'], editions: ['print'] });
}, 240_000);

describe('the Groeipakket paragraph', () => {
  it.each(Object.keys(TRIGGERS))('%s: names all three starts of the 12 months', async (lang) => {
    const bytes = result.results.flatMap((r) => r.files).find((f) => f.path === `oostende/brochure-oostende-${lang}-print.pdf`)!.bytes;
    // a paragraph may go on over the page: read the pages without their running head (the line most pages repeat) and folios
    const pages = (await extractText(bytes)).map((p) => p.split('\n').map((l) => l.trim()));
    const counts = new Map<string, number>();
    for (const lines of pages) for (const l of new Set(lines)) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
    const runningHead = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const text = squash(pages.flatMap((lines) => lines.filter((l) => l !== runningHead && !/^\d+$/.test(l))).join('\n'));
    for (const trigger of TRIGGERS[lang]!) expect(text, trigger).toContain(squash(trigger));
  });
});
