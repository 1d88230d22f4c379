import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page the test or demo serves: its body, and any headers (e.g. a strict CSP). */
export interface ServedPage {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Adds or replaces a page while the server runs. */
  set(path: string, page: ServedPage | string): void;
  close(): Promise<void>;
}

/** Serves in-memory pages on 127.0.0.1 at a free port: tests never reach beyond this machine. */
export async function startStaticServer(
  pages: Record<string, ServedPage | string> = {},
): Promise<StaticServer> {
  const table = new Map<string, ServedPage>();
  const set = (path: string, page: ServedPage | string) =>
    table.set(path, typeof page === 'string' ? { body: page } : page);
  for (const [path, page] of Object.entries(pages)) set(path, page);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = table.get(path);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
