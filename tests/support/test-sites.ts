import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Pages for the guard to act on, served on 127.0.0.1 only. Chromium maps *.hearth.test here, so
 * "work" and "not work" are different hosts without touching the network.
 */
export const WORK_HOST = 'work.hearth.test';
export const OTHER_HOST = 'news.hearth.test';
/** A single-page app whose /work/ paths are a work site and whose other paths are not. */
export const SPA_HOST = 'spa.hearth.test';
export const SPA_WORK_PATTERN = `*://${SPA_HOST}/work/*`;
export const WORK_PATTERN = `*://${WORK_HOST}/*`;
export const HOST_RESOLVER_RULES = 'MAP *.hearth.test 127.0.0.1';

/** Saturated red everywhere: any frame showing it undimmed is easy to detect. */
const PAGE = (title: string, color: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;background:${color};color:#fff;font:32px sans-serif;min-height:100vh}</style></head>
<body><h1>${title}</h1><p>${'Quarterly planning. '.repeat(40)}</p></body></html>`;

export interface TestSites {
  port: number;
  workUrl: (path?: string) => string;
  spaUrl: (path?: string) => string;
  otherUrl: (path?: string) => string;
  close: () => Promise<void>;
}

export async function startTestSites(): Promise<TestSites> {
  const server: Server = createServer((request, response) => {
    const host = (request.headers.host ?? '').split(':')[0];
    const body = host === WORK_HOST ? PAGE('Work', '#ff0000') : PAGE('Not work', '#0050ff');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    workUrl: (path = '/') => `http://${WORK_HOST}:${port}${path}`,
    spaUrl: (path = '/work/inbox') => `http://${SPA_HOST}:${port}${path}`,
    otherUrl: (path = '/') => `http://${OTHER_HOST}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
