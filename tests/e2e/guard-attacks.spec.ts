import type { Page } from '@playwright/test';
import type { Hearth } from '../support/launch-hearth';
import { test, expect } from '../support/hearth-test';
import { bannerShown, inZone, RED, redShare, workPage } from '../support/attack-pages';
import { setAgreement } from '../support/hearth-pages';
import { testAgreement } from '../support/test-agreement';

/**
 * Pages that got past the guard (review of issue #11, second round, and later ones). Each test says
 * what should hold and failed on the code before its fix. A defect found and not yet fixed is added
 * marked `test.fail`, so the suite stays green and the fix shows up as an unexpected pass.
 */

/** A web component whose modal <dialog> lives in its (closed) shadow root, as Material Web's or Web Awesome's do. */
const WEB_COMPONENT_DIALOG = `<!doctype html><html><head>${RED}</head><body><h1>Work</h1><x-dialog></x-dialog><script>
customElements.define('x-dialog', class extends HTMLElement {
  #dialog;
  constructor() { super(); const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<style>dialog{background:#ff0000;width:600px;height:400px;border:0}</style><dialog>Work in a dialog</dialog>';
    this.#dialog = root.querySelector('dialog'); }
  open() { this.#dialog.showModal(); }
});
</script></body></html>`;

for (const mode of ['dim', 'block'] as const) {
  test(`${mode}: a modal dialog inside a web component's shadow root is covered too, though its toggle event never reaches window`, async ({ hearth, sites }) => {
    await setAgreement(hearth, testAgreement({ zones: [inZone({ mode })] }));
    const page = await workPage(hearth, sites.port, 'web-component', WEB_COMPONENT_DIALOG);
    await bannerShown(page);
    await page.evaluate(() => (document.querySelector('x-dialog') as unknown as { open(): void }).open());
    await page.waitForTimeout(1000);
    expect(await redShare(page)).toBe(0);
  });
}

const REWRITTEN = `<!doctype html><html><head>${RED}</head><body><h1>Rewritten</h1><dialog id="d">Dialog</dialog><script>
window.seen = [];
for (const type of ['keydown', 'input']) window.addEventListener(type, (e) => window.seen.push(e.type), true);
</script></body></html>`;

async function rewriteDocument(page: Page) {
  await page.evaluate((html) => {
    document.open();
    document.write(html);
    document.close();
  }, REWRITTEN);
}

test('after document.open() erased every listener, the override button still opens the form', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);
  await rewriteDocument(page);
  const banner = await bannerShown(page);
  await banner.click('button.link');
  await expect.poll(() => banner.matches('form', 'form'), { timeout: 2000 }).toBe(true);
});

test("block: after document.open() the screen still covers the page's own modal dialog", async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone({ mode: 'block' })] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);
  await rewriteDocument(page);
  await bannerShown(page);
  await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).showModal());
  await page.waitForTimeout(1000);
  expect(await redShare(page)).toBe(0);
});

test('block: after document.open() Escape still does not close the screen', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone({ mode: 'block' })] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);
  await rewriteDocument(page);
  const screen = await bannerShown(page);
  await screen.click('h2');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1000);
  expect(await screen.matches('.layer', ':modal')).toBe(true);
});

/** A window the work page opens on about:blank and writes `html` into, as Gmail's pop-out compose window is. */
async function openBlankWindow(hearth: Hearth, workUrl: string, html: string) {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(workUrl);
  await bannerShown(page);
  const [popup] = await Promise.all([
    hearth.context.waitForEvent('page'),
    page.evaluate((written) => {
      const opened = window.open('', '_blank')!;
      opened.document.write(written);
      opened.document.close();
    }, html),
  ]);
  return popup;
}

test('a window the work page opens on about:blank and writes itself into is dimmed like its opener', async ({ hearth, sites }) => {
  // So is a Document Picture-in-Picture window.
  const popup = await openBlankWindow(
    hearth,
    sites.workUrl(),
    '<!doctype html><html><body style="margin:0;background:#ff0000;min-height:100vh"><h1>Compose</h1></body></html>',
  );
  await popup.waitForTimeout(2000);
  expect(await redShare(popup)).toBe(0);
});

test('a window the work page opens on a blob: URL of its own is dimmed and shows the banner', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);
  const [popup] = await Promise.all([
    hearth.context.waitForEvent('page'),
    page.evaluate(() => {
      const html = '<!doctype html><html><body style="margin:0;background:#ff0000;min-height:100vh"><h1>Compose</h1></body></html>';
      window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })), '_blank');
    }),
  ]);
  await popup.waitForLoadState();
  const banner = await bannerShown(popup);
  expect(await banner.text('h2')).toBe('Family evenings');
  await expect.poll(() => redShare(popup)).toBe(0);
});

test('a window the work page opens on about:blank shows the banner, and its own !important on the root does not lift the grey', async ({ hearth, sites }) => {
  const popup = await openBlankWindow(
    hearth,
    sites.workUrl(),
    '<!doctype html><html style="filter:none !important"><body style="margin:0;background:#ff0000;min-height:100vh"><h1>Compose</h1></body></html>',
  );
  const banner = await bannerShown(popup);
  expect(await banner.text('h2')).toBe('Family evenings');
  await popup.waitForTimeout(2000);
  expect(await redShare(popup)).toBe(0);
});

test("dim: while the page's own modal dialog is open, Hearth's override still opens", async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.hostileUrl());
  const banner = await bannerShown(page);
  await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const counted = window as { clicks?: number };
    counted.clicks = 0;
    window.addEventListener('click', () => (counted.clicks! += 1), true);
  });
  await banner.click('button.link');
  await expect.poll(() => banner.matches('form', 'form'), { timeout: 2000 }).toBe(true);
  // The click was Hearth's: the page did not get it.
  expect(await page.evaluate(() => (window as { clicks?: number }).clicks)).toBe(0);
});

/** The on-screen width of Hearth's panel, in CSS pixels of the viewport, whatever zoom lies above it. */
async function panelWidth(banner: Awaited<ReturnType<typeof bannerShown>>) {
  const { root } = await banner.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeId: number; shadowRootType?: string; children?: Node[]; shadowRoots?: Node[] };
  const closed = (node: Node): Node | undefined =>
    node.shadowRootType === 'closed' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(closed).find(Boolean);
  const { nodeId } = await banner.cdp.send('DOM.querySelector', { nodeId: closed(root as Node)!.nodeId, selector: '.panel' });
  const { model } = await banner.cdp.send('DOM.getBoxModel', { nodeId });
  const [left, , right] = model.border;
  return right! - left!;
}

test('dim: zoom on <html> reaches the banner (zoom: 0.1 leaves it a few pixels wide)', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await workPage(hearth, sites.port, 'zoom', `<!doctype html><html style="zoom:0.1"><head>${RED}</head><body><h1>Work</h1></body></html>`);
  const banner = await bannerShown(page);
  // 360 pixels wide on screen as designed; the page's zoom shrinks it with the page.
  expect(await panelWidth(banner)).toBeGreaterThan(300);
});

test('dim: a zoom the page sets later, on <html> or body, leaves the banner its size', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await workPage(hearth, sites.port, 'zoom-later', `<!doctype html><html><head>${RED}</head><body><h1>Work</h1></body></html>`);
  const banner = await bannerShown(page);
  const designed = await panelWidth(banner);
  expect(designed).toBeGreaterThan(300);
  for (const zoom of ['0.1', '3', '0.5']) {
    await page.evaluate((value) => {
      document.documentElement.style.setProperty('zoom', value, 'important');
      document.body.style.setProperty('zoom', value, 'important');
    }, zoom);
    await expect.poll(() => panelWidth(banner)).toBeCloseTo(designed, 0);
  }
});

test('a page whose root element is an <svg> (the app in a foreignObject) is still dimmed', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);
  await page.evaluate(() => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '1000');
    svg.setAttribute('height', '700');
    const object = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
    object.setAttribute('width', '100%');
    object.setAttribute('height', '100%');
    const app = document.createElement('div');
    app.setAttribute('style', 'width:1000px;height:700px;background:#ff0000');
    app.textContent = 'The whole app';
    object.append(app);
    svg.append(object);
    document.replaceChild(svg, document.documentElement);
  });
  await page.waitForTimeout(1000);
  // The sheets hold on whatever element is the root, not on <html> alone. (Hearth's banner, an HTML
  // element in an SVG root, is not drawn there: a page doing this hides only the override from itself.)
  expect(await redShare(page)).toBe(0);
});
