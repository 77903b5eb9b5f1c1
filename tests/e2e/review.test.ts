// Review status: concept content is marked on every page; --final refuses it and lists every fact flagged `verify` with its place.
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import { extractText } from '../support/renderPdf.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import { withoutCodes } from '../support/withoutCodes.js';

const options = (root: string, final: boolean): RunBuildOptions => ({
  root,
  outDir: 'out',
  cropMarks: true,
  final,
  creationDate: new Date('2026-01-01T00:00:00Z'),
  profile: 'icc/FOGRA39-drukwerk.icc',
  dryRun: true,
  materials: ['flyer'],
  editions: ['print'],
  // the Dutch source: translations carry their own review status and are checked the same way
  langs: ['nl'],
});

/** Watermark artifacts (the draft mark) in the PDF's page contents. */
function watermarks(bytes: Uint8Array): number {
  let count = 0;
  const text = Buffer.from(bytes).toString('latin1');
  for (const m of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      count += (
        inflateSync(Buffer.from(m[1]!, 'latin1'))
          .toString('latin1')
          .match(/\/Subtype \/Watermark>> BDC/g) ?? []
      ).length;
    } catch {
      // not a Flate stream (fonts, images, profiles stored otherwise)
    }
  }
  return count;
}

/** A region file's text with `website: www.example.org` added to each contact that gives no way to reach it (the shipped content's open questions). */
function reachable(text: string): string {
  const doc = parseDocument(text);
  const contacts = doc.get('contacts') as YAMLMap | undefined;
  for (const item of contacts?.items ?? []) {
    const contact = item.value;
    if (!isMap(contact)) continue;
    if (!['phone', 'website', 'email', 'address', 'kind'].some((k) => contact.has(k))) contact.set('website', 'www.example.org');
  }
  return doc.toString();
}

const FILES = ['content/nl/shared.yaml', 'content/nl/flyer.yaml', 'content/regions/west-vlaanderen.yaml', 'content/regions/oostende.yaml'];

async function verifyLines(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of FILES) {
    const lines = (await readFile(path.join(root, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/^\s*verify:/.test(line)) out.push(`${file}:${i + 1}`);
    });
  }
  return out;
}

describe('review status', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('prints a CONCEPT mark on every page while the content is a concept: outlines, not text to copy or find', async () => {
    const result = await runBuild(options(REPO, false));
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    for (const file of result.results.flatMap((r) => r.files)) {
      const pages = await extractText(file.bytes);
      for (const page of pages) expect(page).not.toContain('CONCEPT');
      expect(watermarks(file.bytes)).toBe(pages.length);
    }
  });

  it('--final refuses concept content and lists every flagged fact with its file and line, by owner', async () => {
    const result = await runBuild(options(REPO, true));
    const findings = result.diagnostics.filter((d) => d.file);
    // every region is built here, so the region files are the builder's own; the shared content is the network's
    const own = ['content/regions/oostende.yaml', 'content/regions/west-vlaanderen.yaml'];
    const concept = findings.filter((d) => d.message === 'this file is still a concept (status: concept)');
    expect(concept.map((d) => d.file).sort()).toEqual(own);
    const networkConcept = findings.filter((d) => d.message === "the network's text is still a concept (status: concept)");
    expect(networkConcept.map((d) => d.file).sort()).toEqual(['content/nl/flyer.yaml', 'content/nl/shared.yaml']);
    const flagged = findings.filter((d) => /^(check this fact before printing|the network must still check this fact): /.test(d.message));
    expect(flagged.map((d) => `${d.file}:${d.line}`).sort()).toEqual((await verifyLines(REPO)).sort());
    for (const d of flagged) expect(d.message.startsWith('check this fact'), d.file).toBe(own.includes(d.file!));
    // and the province's v.u., which the network has not named yet
    const imprint = findings.filter((d) => d.field === 'responsible_publisher.name');
    expect(imprint.map((d) => d.file)).toEqual(['content/regions/west-vlaanderen.yaml']);
    expect(findings.every((d) => d.severity === 'error')).toBe(true);
    // with --final, every printed contact must be reachable: these six are the network's open questions
    const unreachable = findings.filter((d) => / gives no way to reach it: /.test(d.message));
    expect(unreachable.map((d) => `${d.file} ${d.field}`)).toEqual([
      'content/regions/oostende.yaml contacts.leerwinkel',
      'content/regions/oostende.yaml contacts.clb-de-havens',
      'content/regions/oostende.yaml contacts.clb-go-oostende',
      'content/regions/oostende.yaml contacts.multitrajecten',
      'content/regions/oostende.yaml contacts.youthstart',
      'content/regions/west-vlaanderen.yaml contacts.leerwinkel',
    ]);
    expect(findings.length).toBe(concept.length + networkConcept.length + flagged.length + imprint.length + unreachable.length);
    expect(result.written).toEqual([]);
  });

  it('--final for a municipality sends it to the network for what only the network approves', async () => {
    const kortrijk = await tempProject();
    try {
      await kortrijk.write('content/regions/kortrijk.yaml', 'name: Kortrijk\nextends: west-vlaanderen\nkind: municipality\nstatus: final\n');
      const result = await runBuild({ ...options(kortrijk.root, true), regions: ['kortrijk'] });
      // the province's empty v.u.: the network names it, or the municipality gives its own
      const imprint = result.diagnostics.filter((d) => d.field?.startsWith('responsible_publisher'));
      expect(imprint.map((d) => [d.file, d.hint])).toEqual([
        [
          'content/regions/west-vlaanderen.yaml',
          'the network names the v.u.: ask them to fill in responsible_publisher in content/regions/west-vlaanderen.yaml, or give content/regions/kortrijk.yaml its own (name and address together)',
        ],
      ]);
      const findings = result.diagnostics.filter((d) => d.file && !imprint.includes(d));
      expect([...new Set(findings.map((d) => d.file))].sort()).toEqual(['content/nl/flyer.yaml', 'content/nl/shared.yaml', 'content/regions/west-vlaanderen.yaml']);
      const hint = 'this text is approved by the network (Samen tegen schooluitval West-Vlaanderen); ask them — it is not yours to edit';
      for (const d of findings) {
        expect(d.severity).toBe('error');
        expect(d.hint, `${d.file}:${d.line}`).toBe(hint);
        expect(d.message).toMatch(
          /^(the network's text is still a concept \(status: concept\)|the network must still check this fact: .+|contact "leerwinkel" \(Leerwinkel West-Vlaanderen\) gives no way to reach it: .+)$/,
        );
      }
      expect(
        findings
          .filter((d) => d.field === 'status')
          .map((d) => d.file)
          .sort(),
      ).toEqual(['content/nl/flyer.yaml', 'content/nl/shared.yaml', 'content/regions/west-vlaanderen.yaml']);
      const summary = result.diagnostics.filter((d) => !d.file);
      expect(summary.map((d) => d.code)).toEqual(['review.summary']);
      expect(withoutCodes(summary)).toEqual([
        {
          severity: 'info',
          message: `not ready to print (--final): ${findings.length} in text approved by the network (Samen tegen schooluitval West-Vlaanderen): content/nl/flyer.yaml, content/nl/shared.yaml, content/regions/west-vlaanderen.yaml — ask them to approve it`,
        },
      ]);

      // the municipality's own file, still a concept and with a fact to check: that part is theirs to fix
      await kortrijk.write(
        'content/regions/kortrijk.yaml',
        'name: Kortrijk\nextends: west-vlaanderen\nkind: municipality\nstatus: concept\ncontacts:\n  jeugddienst:\n    name: Jeugddienst Kortrijk\n    website: www.kortrijk.be\n    verify: website nakijken\n',
      );
      const again = await runBuild({ ...options(kortrijk.root, true), regions: ['kortrijk'] });
      const mine = again.diagnostics.filter((d) => d.file === 'content/regions/kortrijk.yaml');
      expect(mine.map((d) => d.code)).toEqual(['review.concept', 'review.verify']);
      expect(withoutCodes(mine)).toEqual([
        {
          severity: 'error',
          message: 'this file is still a concept (status: concept)',
          file: 'content/regions/kortrijk.yaml',
          line: 4,
          column: 9,
          field: 'status',
          hint: 'set status: final once the content has been approved',
        },
        {
          severity: 'error',
          message: 'check this fact before printing: website nakijken',
          file: 'content/regions/kortrijk.yaml',
          line: 9,
          column: 13,
          field: 'contacts.jeugddienst.verify',
          hint: 'check it, correct the text if needed, then remove this verify: line',
        },
      ]);
      expect(again.diagnostics.find((d) => !d.file)?.message).toMatch(
        /^not ready to print \(--final\): 2 in your own file\(s\) content\/regions\/kortrijk\.yaml: fix them yourself; \d+ in text approved by the network/,
      );
      // nothing tells the officer to edit the network's files
      for (const d of again.diagnostics.filter((d) => d.file && d.file !== 'content/regions/kortrijk.yaml')) expect(d.hint).not.toMatch(/set status|remove this verify/);
    } finally {
      await kortrijk.dispose();
    }
  });

  it('builds final content without a mark once every file is final and no fact is flagged', async () => {
    for (const file of FILES) {
      const text = await project.read(file);
      const final = text.replace(/^status: concept$/m, 'status: final').replace(/^(\s*)verify: .*$/gm, '');
      // every contact reachable: a fixture website (never in the shipped content) for the cards that have no way yet, only those
      await project.write(file, file.includes('/regions/') ? reachable(final) : final);
    }
    // made-up test values: the network supplies the real v.u.
    await project.replace('content/regions/west-vlaanderen.yaml', '  name:\n  address:\n', '  name: "Testnaam"\n  address: "Teststraat 1, 8000 Teststad"\n');
    const result = await runBuild(options(project.root, true));
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    for (const file of result.results.flatMap((r) => r.files)) {
      for (const page of await extractText(file.bytes)) expect(page).not.toContain('CONCEPT');
      expect(watermarks(file.bytes)).toBe(0);
    }
  });
});
