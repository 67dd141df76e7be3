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

/**
 * A work page that fights Hearth the way real sites do by accident: GitHub-style single-key shortcuts
 * on window and document (capture and bubble) that note every key they see and send "s" to a search
 * box, and a modal dialog and a popover of its own, in the test's saturated red.
 */
const HOSTILE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Hostile work</title>
<style>body{margin:0;background:#ff0000;color:#fff;font:32px sans-serif;min-height:100vh}
dialog,[popover]{background:#ff0000;color:#fff;border:0;width:300px;height:200px;padding:0}
#red{position:fixed;right:0;top:0;width:300px;height:200px;background:#ff0000}</style></head>
<body><h1>Hostile work</h1><input id="search" aria-label="Search">
<dialog id="dialog">A dialog of the page</dialog><div id="pop" popover="manual">A popover of the page</div>
<script>
window.seen = [];
const note = (where) => (event) => window.seen.push(where + ' ' + event.type + ' ' + (event.key ?? event.data ?? ''));
for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionstart', 'paste']) {
  window.addEventListener(type, note('window-capture'), true);
  window.addEventListener(type, note('window-bubble'));
  document.addEventListener(type, note('document-capture'), true);
  document.addEventListener(type, note('document-bubble'));
}
// The usual "ignore keys typed into inputs" check: it cannot see into a shadow root.
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === 's' && !typing) { event.preventDefault(); document.getElementById('search').focus(); }
});
</script></body></html>`;

/** A page that is not work, embedding a work page. */
const EMBEDDING_PAGE = (src: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Embeds work</title></head>
<body style="margin:0;background:#0050ff"><iframe id="work" src="${src}" style="width:600px;height:400px;border:0"></iframe></body></html>`;

export interface TestSites {
  port: number;
  workUrl: (path?: string) => string;
  spaUrl: (path?: string) => string;
  /** The hostile work page (HOSTILE_PAGE). */
  hostileUrl: () => string;
  /** A page that is not work with the work site in an iframe. */
  embeddingUrl: () => string;
  otherUrl: (path?: string) => string;
  close: () => Promise<void>;
}

export async function startTestSites(): Promise<TestSites> {
  const server: Server = createServer((request, response) => {
    const [host, port] = (request.headers.host ?? '').split(':');
    const body =
      request.url === '/hostile'
        ? HOSTILE_PAGE
        : request.url === '/embedding'
          ? EMBEDDING_PAGE(`http://${WORK_HOST}:${port}/framed`)
          : host === WORK_HOST
            ? PAGE('Work', '#ff0000')
            : PAGE('Not work', '#0050ff');
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
    hostileUrl: () => `http://${WORK_HOST}:${port}/hostile`,
    embeddingUrl: () => `http://${OTHER_HOST}:${port}/embedding`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
