import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A static server for fixture pages, on 127.0.0.1.
 *
 * It is also the HTTP proxy the browsers use for a few real host names, so a
 * page requested as `http://www.163.com/dy/article/<DOCID>.html` reaches the
 * content script with that very URL: a proxied request arrives with an
 * absolute URL and its Host header, and is routed by host. Nothing leaves the
 * machine: unknown hosts get a 404 here.
 */

const projectRoot = resolve(import.meta.dirname, '../../..');
export const localFixturesDir = join(projectRoot, 'tests/fixtures');
export const sharedNeteaseDir = resolve(projectRoot, '../shared/fixtures/netease');

/** Articles of the shared fixtures, by the DOCID of their canonical URL. */
export const NETEASE_ARTICLES = {
  a: { docid: 'K26ZY72N052ZHORR', mirrorId: '48213' },
  b: { docid: 'KLFF6HQS05YV5RNX', mirrorId: '48167' },
  c: { docid: 'KM0UPXTA05SFDZTN', mirrorId: '48251' },
} as const;
export type ArticleKey = keyof typeof NETEASE_ARTICLES;

export const MIRROR_HOST = 'www.kejisudi.example';
/** Another origin serving the fixtures, for cross-origin frames. */
export const FRAME_HOST = 'www.frames.example';
/** Host names the browsers send to this server instead of the network. */
export const MAPPED_HOSTS = [
  'www.163.com',
  'm.163.com',
  'dy.163.com',
  'c.m.163.com',
  'news.163.com',
  MIRROR_HOST,
  FRAME_HOST,
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Pages whose name ends in `.csp.html` are served with a strict policy. */
const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:";

function safeJoin(base: string, rel: string): string | null {
  const path = normalize(join(base, decodeURIComponent(rel)));
  return path === base || path.startsWith(base + sep) ? path : null;
}

/** Maps a request (host + path) to a file, or null. */
export function routeRequest(host: string, pathname: string): string | null {
  const docMatch =
    /^\/(?:dy|news)\/article\/([0-9A-Z]{16})\.html$/.exec(pathname) ??
    /^\/v2\/article\/detail\/([0-9A-Z]{16})\.html$/.exec(pathname) ??
    /^\/news\/a\/([0-9A-Z]{16})\.html$/.exec(pathname) ??
    /^\/\d{2}\/\d{4}\/\d{2}\/([0-9A-Z]{16})\.html$/.exec(pathname);
  if (host.endsWith('163.com')) {
    if (!docMatch) return null;
    const entry = Object.entries(NETEASE_ARTICLES).find(([, v]) => v.docid === docMatch[1]);
    return entry ? join(sharedNeteaseDir, `${entry[0]}.netease.html`) : null;
  }
  if (host === MIRROR_HOST) {
    const m = /^\/archives\/(\d+)\.html$/.exec(pathname);
    const entry = m && Object.entries(NETEASE_ARTICLES).find(([, v]) => v.mirrorId === m[1]);
    return entry ? join(sharedNeteaseDir, `${entry[0]}.mirror.html`) : null;
  }
  if (pathname.startsWith('/shared/netease/')) {
    return safeJoin(sharedNeteaseDir, pathname.slice('/shared/netease/'.length));
  }
  if (pathname.startsWith('/fixtures/')) {
    return safeJoin(localFixturesDir, pathname.slice('/fixtures/'.length));
  }
  return null;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const file = routeRequest(url.hostname, url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  // `?delay=<ms>` holds the answer back: a frame whose page is slow to come.
  const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 5_000);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  try {
    const body = await readFile(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Fetched anew every time (no validators to revalidate with), yet allowed in the
      // back/forward cache, which `no-store` keeps a page out of in Firefox.
      'cache-control': 'no-cache',
    };
    if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export interface FixtureServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** URL of a page under tests/fixtures. */
  fixture(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  // HTTPS through the proxy is refused: every mapped page is plain HTTP.
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    fixture: (path) => `${origin}/fixtures/${path}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
