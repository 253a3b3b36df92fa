import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatePage, servedHtml, type GeneratedPage, type GenerateOptions } from './pages.ts';

/**
 * Serves the generated bench pages on 127.0.0.1, each generated on first request and kept.
 *
 * `/pages/<id>.html` is the page as a peer sees it. `?target=cn` adds the tab-level change a
 * test build of the extension starts with (`&glossary=0`: with the glossary off in the tab),
 * and `&watch=1` the probe of the first viewport (see `servedHtml`). `/blank.html` is an empty page of the same origin.
 */
export interface BenchServer {
  readonly origin: string;
  pageUrl(
    id: string,
    options?: { target?: string; watchViewport?: boolean; glossary?: boolean },
  ): string;
  readonly blankUrl: string;
  page(id: string): GeneratedPage;
  close(): Promise<void>;
}

export async function startBenchServer(options: GenerateOptions = {}): Promise<BenchServer> {
  const pages = new Map<string, GeneratedPage>();
  const page = (id: string): GeneratedPage => {
    let generated = pages.get(id);
    if (!generated) {
      generated = generatePage(id, options);
      pages.set(id, generated);
    }
    return generated;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/pages\/([a-z0-9-]+)\.html$/.exec(url.pathname);
    let body: string | null = null;
    try {
      if (url.pathname === '/blank.html') body = '<!DOCTYPE html><title>blank</title>';
      else if (match) {
        const target = url.searchParams.get('target');
        const glossary = url.searchParams.get('glossary') !== '0';
        body = servedHtml(page(match[1]!), {
          ...(target
            ? { apply: { enabled: true, target, ...(glossary ? {} : { glossaryEnabled: false }) } }
            : {}),
          watchViewport: url.searchParams.get('watch') === '1',
        });
      }
    } catch {
      body = null;
    }
    if (body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    blankUrl: `${origin}/blank.html`,
    pageUrl: (id, { target, watchViewport = false, glossary = true } = {}) => {
      const query = new URLSearchParams();
      if (target) query.set('target', target);
      if (!glossary) query.set('glossary', '0');
      if (watchViewport) query.set('watch', '1');
      const search = query.toString();
      return `${origin}/pages/${id}.html${search ? `?${search}` : ''}`;
    },
    page,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
