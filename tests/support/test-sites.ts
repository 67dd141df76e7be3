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

/** A work page as the store screenshots show one: a made-up team chat, in ordinary colours. */
const TEAM_CHAT_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Team chat</title>
<style>
body{margin:0;font:15px system-ui,sans-serif;display:grid;grid-template-columns:240px 1fr;height:100vh;color:#1d1c1d}
nav{background:#3f0e40;color:#e9d7ea;padding:16px}nav h2{color:#fff;font-size:17px;margin:0 0 16px}
nav p{margin:6px 0;padding:4px 8px;border-radius:6px}nav .on{background:#1164a3;color:#fff}
main{display:flex;flex-direction:column}header{border-bottom:1px solid #ddd;padding:14px 20px;font-weight:700}
.msgs{flex:1;padding:8px 20px}.msg{display:grid;grid-template-columns:40px 1fr;gap:10px;margin:14px 0}
.av{width:36px;height:36px;border-radius:6px;color:#fff;display:grid;place-items:center;font-weight:700}
.msg b{margin-right:8px}.msg time{color:#777;font-size:12px}.msg p{margin:2px 0}
.box{margin:0 20px 20px;border:1px solid #bbb;border-radius:8px;padding:12px;color:#888}
</style></head>
<body><nav><h2>Acme</h2><p># general</p><p class="on"># launch</p><p># design</p><p># support</p><p># random</p></nav>
<main><header># launch</header><div class="msgs">
<div class="msg"><div class="av" style="background:#2a7d4f">JR</div><div><b>Jordan</b><time>6:02 PM</time><p>Pricing page copy is in the doc, comments welcome before tomorrow's review.</p></div></div>
<div class="msg"><div class="av" style="background:#b5562c">PK</div><div><b>Priya</b><time>6:15 PM</time><p>Load test finished: p95 holds at 180 ms with twice the expected traffic.</p></div></div>
<div class="msg"><div class="av" style="background:#1164a3">ML</div><div><b>Morgan</b><time>6:31 PM</time><p>Can someone look at the onboarding emails tonight? Not urgent, tomorrow works too.</p></div></div>
<div class="msg"><div class="av" style="background:#7a3e9d">TS</div><div><b>Taylor</b><time>6:48 PM</time><p>Release notes drafted. Launch checklist is 14 of 17.</p></div></div>
</div><div class="box">Message #launch</div></main></body></html>`;

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
    const routes = new Map([
      ['/hostile', () => HOSTILE_PAGE],
      ['/team-chat', () => TEAM_CHAT_PAGE],
      ['/embedding', () => EMBEDDING_PAGE(`http://${WORK_HOST}:${port}/framed`)],
    ]);
    const body = routes.get(request.url ?? '')?.() ?? (host === WORK_HOST ? PAGE('Work', '#ff0000') : PAGE('Not work', '#0050ff'));
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
