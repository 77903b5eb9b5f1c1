// Build options → a preview server on 127.0.0.1: watches the project, rebuilds what a save touches, renders the changed PDFs' thumbnails and reloads the page in the browser; errors are shown on the page.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { sortDiagnostics } from '../diagnostics.js';
import { messageLanguage, say } from '../messages/say.js';
import type { RunBuildOptions } from './runBuild.js';
import { writePreviews } from './preview.js';
import { watchProject, type WatchIo, type WatchState } from './watch.js';
import { livePage, type LiveStatus } from '../preview/livePage.js';

/** Only this machine: the preview shows unpublished content and the server has no authentication. */
export const SERVE_HOST = '127.0.0.1';

/** Whether a request's Host header names this computer (127.0.0.1, localhost or [::1], with any port). */
const isLoopbackHost = (host: string | undefined): boolean => !!host && /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i.test(host);
export const DEFAULT_PORT = 4321;

export interface ServeSettings {
  /** A fixed port; undefined: DEFAULT_PORT, or a free one when that is taken. */
  port?: number;
  /** Called once the server listens, with its address. */
  onListening?(url: string): void;
}

const TYPES: Record<string, string> & { '.html': string } = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export class ServeError extends Error {}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => reject(e);
    server.once('error', onError);
    server.listen(port, SERVE_HOST, () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    });
  });
}

/** A file inside the output folder, also after links are followed; undefined for anything else. */
async function fileInside(outDir: string, urlPath: string): Promise<string | undefined> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (rel.includes('\0')) return undefined;
  const file = path.resolve(outDir, rel);
  try {
    const [root, real] = await Promise.all([realpath(outDir), realpath(file)]);
    if (real !== root && !real.startsWith(root + path.sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Builds, serves the preview page and rebuilds on every save until SIGINT/SIGTERM or the signal; resolves when the server is closed. */
export async function serveProject(options: RunBuildOptions, io: WatchIo, settings: ServeSettings = {}, signal?: AbortSignal): Promise<void> {
  const outDir = path.resolve(options.root, options.outDir);
  let status: LiveStatus = { phase: 'building', version: 0, diagnostics: [] };
  const clients = new Set<ServerResponse>();

  const send = (res: ServerResponse): void => {
    res.write(`event: state\ndata: ${JSON.stringify({ phase: status.phase, version: status.version })}\n\n`);
  };
  const broadcast = (): void => {
    for (const res of clients) send(res);
  };

  /** Whether this server has rendered every thumbnail once: until then the previews there are may be older than the PDFs the first build left unchanged. */
  let renderedAll = false;

  async function onState(state: WatchState): Promise<void> {
    if (state.phase === 'building') {
      status = { ...status, phase: 'building' };
    } else if (state.phase === 'failed') {
      status = { phase: 'failed', version: status.version + 1, diagnostics: sortDiagnostics([...state.diagnostics]), message: state.message };
    } else {
      try {
        await writePreviews(outDir, { root: options.root, only: renderedAll ? new Set(state.written) : undefined });
        renderedAll = true;
        status = { phase: 'ready', version: status.version + 1, diagnostics: [] };
      } catch (e) {
        status = { phase: 'failed', version: status.version + 1, diagnostics: [], message: say('serve.thumbnailsFailed', { detail: e instanceof Error ? e.message : String(e) }) };
      }
    }
    broadcast();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // a page of another site can make the browser ask this server under that site's name (DNS rebinding): only a request
    // addressed to this computer by name is answered, so nothing in the output folder reaches another site
    if (!isLoopbackHost(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('alleen voor deze computer / for this computer only\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${SERVE_HOST}`);
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      send(res);
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const index = await readFile(path.join(outDir, 'index.html'), 'utf8').catch(() => undefined);
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(livePage(index, status, options.root, messageLanguage()));
      return;
    }
    const file = await fileInside(outDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('niet gevonden / not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else res.end(await readFile(file));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });
  let port: number;
  try {
    port = await listen(server, settings.port ?? DEFAULT_PORT);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (settings.port !== undefined || code !== 'EADDRINUSE') {
      throw new ServeError(
        code === 'EADDRINUSE' ? say('serve.portInUse', { port: settings.port }) : say('serve.cannotListen', { host: SERVE_HOST, port: settings.port, detail: (e as Error).message }),
      );
    }
    port = await listen(server, 0);
  }
  const url = `http://${SERVE_HOST}:${port}/`;
  settings.onListening?.(url);
  io.log(say('serve.open', { url }));
  try {
    await watchProject(options, { ...io, onState }, signal);
  } finally {
    for (const res of clients) res.end();
    clients.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
