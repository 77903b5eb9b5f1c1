// `drukwerk serve` end to end over HTTP: the page with its PDFs and thumbnails, the event stream after a save, an error shown on the page in Dutch with its file and line, nothing outside out/ served, Ctrl-C.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { get, type IncomingMessage } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { CLI } from './cli.js';

interface Reply {
  status: number;
  type: string;
  body: Buffer;
}

function fetchRaw(url: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('drukwerk serve', () => {
  let project: TempProject;
  let child: ChildProcessWithoutNullStreams | undefined;
  let events: IncomingMessage | undefined;
  let output = '';
  let stream = '';

  async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (child?.exitCode !== null) throw new Error(`serve ended before ${what}:\n${output}`);
      if (Date.now() - started > 90_000) throw new Error(`no ${what} within 90 s:\n${output}\n--- events:\n${stream}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const states = (): { phase: string; version: number }[] => [...stream.matchAll(/^event: state\ndata: (.*)$/gm)].map((m) => JSON.parse(m[1]!));

  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(async () => {
    events?.destroy();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await project.dispose();
  });

  it('serves the page, reloads it after a save, shows an error with its line, and stops on Ctrl-C', async () => {
    child = spawn(process.execPath, [CLI, 'serve', '--project', project.root, '--out', path.join(project.root, 'out'), '--material', 'poster'], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', DRUKWERK_MESSAGES: 'en' },
    });
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));

    const base = await until('the address', () => /^open (http:\/\/127\.0\.0\.1:\d+\/) in your browser/m.exec(output)?.[1]);
    events = await new Promise<IncomingMessage>((resolve, reject) => get(`${base}events`, resolve).on('error', reject));
    expect(events.headers['content-type']).toBe('text/event-stream');
    events.on('data', (c: Buffer) => (stream += c.toString()));

    // 1. The first build: the page lists the PDFs with their thumbnails, all served from out/.
    const first = await until('the first build', () => states().find((s) => s.phase === 'ready'));
    const page = await fetchRaw(base);
    expect(page.status).toBe(200);
    const html = page.body.toString();
    expect(html).toContain("new EventSource('/events')");
    const pdfs = [...html.matchAll(/href="([^"]+\.pdf)"/g)].map((m) => m[1]!);
    expect(pdfs).toContain('oostende/poster-oostende-nl-print.pdf');
    const pdf = await fetchRaw(base + pdfs[0]);
    expect([pdf.status, pdf.type, pdf.body.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    const thumb = /<img[^>]+src="(previews\/oostende\/poster-nl-1\.png)"/.exec(html)?.[1];
    expect(thumb).toBeDefined();
    const before = await fetchRaw(base + thumb);
    expect([before.status, before.type, before.body.subarray(1, 4).toString()]).toEqual([200, 'image/png', 'PNG']);

    // Nothing outside the output folder, however the path is spelled.
    await project.write('secret.txt', 'not for the browser');
    for (const probe of ['%2e%2e/secret.txt', '..%2fsecret.txt', '%2e%2e%2fsecret.txt', 'oostende/%2e%2e/%2e%2e/secret.txt']) {
      const reply = await fetchRaw(base + probe);
      expect(reply.status, probe).toBe(404);
      expect(reply.body.toString()).not.toContain('not for the browser');
    }

    // Nothing for a request addressed to another site's name (DNS rebinding): only this computer's names are answered.
    const statusFor = (host: string): Promise<number> =>
      new Promise<number>((resolve, reject) =>
        get(base + pdfs[0], { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject),
      );
    expect(await statusFor('attacker.example:4321')).toBe(421);
    expect(await statusFor(`localhost:${new URL(base).port}`)).toBe(200);

    // 2. A save: the stream says building, then a newer version; the thumbnail is rendered again from the new PDF.
    await project.replace('content/nl/poster.yaml', '(Ver)ken je opties voor je stopt.', 'Kijk eerst wat je kan, dan pas stoppen.');
    const second = await until('the rebuild', () => states().find((s) => s.phase === 'ready' && s.version > first.version));
    expect(states().some((s) => s.phase === 'building' && s.version === first.version)).toBe(true);
    const after = await fetchRaw(base + thumb);
    expect(after.status).toBe(200);
    expect(after.body.equals(before.body)).toBe(false);

    // 3. A broken file: the stream says failed, the page says what and where, in Dutch; the PDFs stay.
    await project.replace('content/nl/poster.yaml', 'qr_label: "Scan en ontdek je opties"', 'qr_label: "Scan en ontdek je opties"\nbody: [unclosed');
    await until('the failure', () => states().find((s) => s.phase === 'failed' && s.version > second.version));
    const failed = (await fetchRaw(base)).body.toString();
    // the page speaks the language of the terminal (English here: no messages: nl, no Dutch locale)
    expect(failed).toContain('<h2>Not updated: 2 errors to fix</h2>');
    expect(failed).toMatch(/<code>content\/nl\/poster\.yaml:\d+:\d+<\/code> <strong>error<\/strong>/);
    expect(failed).toContain('poster-oostende-nl-print.pdf');

    // 4. Ctrl-C closes the stream and ends the process cleanly.
    const streamClosed = new Promise<void>((resolve) => events!.on('close', () => resolve()));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await streamClosed;
    expect(output).toMatch(/^stopped watching$/m);
  }, 240_000);

  it('started on PDFs that are current, renders their thumbnails again: those there may be older than the PDFs', async () => {
    const copy = await tempProject();
    try {
      const out = path.join(copy.root, 'out');
      const built = await new Promise<number | null>((resolve) =>
        // the date serve builds with: a copy outside git would otherwise be dated by its files' month
        spawn(process.execPath, [CLI, 'build', '--project', copy.root, '--out', out, '--material', 'poster', '--region', 'oostende'], {
          stdio: 'ignore',
          env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
        }).on('exit', resolve),
      );
      expect(built).toBe(0);
      // a thumbnail of one pixel, as if left by a preview of an older build
      const thumb = path.join(out, 'previews/oostende/poster-nl-1.png');
      await mkdir(path.dirname(thumb), { recursive: true });
      await writeFile(thumb, PNG.sync.write(new PNG({ width: 1, height: 1 })));
      output = '';
      child = spawn(process.execPath, [CLI, 'serve', '--project', copy.root, '--out', out, '--material', 'poster', '--region', 'oostende'], {
        env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
      });
      child.stdout.on('data', (b: Buffer) => (output += b.toString()));
      child.stderr.on('data', (b: Buffer) => (output += b.toString()));
      const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
      await until('the first build', () => (/^built 0 PDF\(s\) in [\d.]+ s; unchanged: 2$/m.test(output) ? true : undefined));
      const width = await until('the thumbnail rendered again', () => {
        // the folder of previews is made anew: the file may be gone for a moment, or half written
        const bytes = existsSync(thumb) ? readFileSync(thumb) : Buffer.alloc(0);
        return bytes.length >= 24 && bytes.readUInt32BE(16) > 1 ? bytes.readUInt32BE(16) : undefined;
      });
      expect(width).toBeGreaterThan(100);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      await copy.dispose();
    }
  }, 120_000);

  it('with messages: nl, the page shows a content mistake in the same Dutch words as the terminal: message, hint and labels', async () => {
    const copy = await tempProject();
    try {
      await copy.write('drukwerk.yaml', 'messages: nl\n');
      output = '';
      stream = '';
      child = spawn(process.execPath, [CLI, 'serve', '--project', copy.root, '--out', path.join(copy.root, 'out'), '--region', 'oostende', '--lang', 'nl', '--material', 'poster'], {
        env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', DRUKWERK_MESSAGES: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined },
      });
      child.stdout.on('data', (b: Buffer) => (output += b.toString()));
      child.stderr.on('data', (b: Buffer) => (output += b.toString()));
      const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
      const base = await until('the address', () => /^open (http:\/\/127\.0\.0\.1:\d+\/) in je browser/m.exec(output)?.[1]);
      const stateStream = await new Promise<IncomingMessage>((resolve, reject) => get(`${base}events`, resolve).on('error', reject));
      stateStream.on('data', (c: Buffer) => (stream += c.toString()));
      try {
        const first = await until('the first build', () => states().find((s) => s.phase === 'ready'));
        // letters in a phone number of a contact of oostende
        await copy.replace('content/regions/oostende.yaml', '    name: "YouthStart"\n', '    name: "YouthStart"\n    phone: "059 12 34 5x"\n');
        await until('the failure', () => states().find((s) => s.phase === 'failed' && s.version > first.version));
        const line = (await copy.read('content/regions/oostende.yaml')).split('\n').findIndex((l) => l.includes('5x')) + 1;
        const message = '"contacts.youthstart.phone" is geen telefoonnummer: "059 12 34 5x" bevat "x", dat is geen cijfer en geen van de scheidingstekens spatie / . -';
        const hint = 'schrijf het zoals 0xx xx xx xx, 04xx xx xx xx, 0800 30 700 of 102';
        // the terminal
        expect(output).toContain(`content/regions/oostende.yaml:${line}:24  fout  ${message}\n    veld: contacts.youthstart.phone\n    tip: ${hint}\n`);
        // the page: the same words, escaped for HTML
        const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
        const page = (await fetchRaw(base)).body.toString();
        const item = /<li>.*?<\/li>/s.exec(page.slice(page.indexOf('id="drukwerk-live"')))?.[0];
        expect(item).toBe(
          `<li><code>content/regions/oostende.yaml:${line}:24</code> <strong>fout</strong>: ${html(message)}` +
            ` <span class="hint">veld: <code>contacts.youthstart.phone</code></span><span class="hint">tip: ${html(hint)}</span></li>`,
        );
        expect(page).toContain('<h2>Niet bijgewerkt: 1 fout om te verbeteren</h2>');
      } finally {
        stateStream.destroy();
      }
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      await copy.dispose();
    }
  }, 180_000);
});
