import { test, expect } from '../support/hearth-test';
import { bannerShown, composerValue, inZone, RED, workPage } from '../support/attack-pages';
import { setAgreement } from '../support/hearth-pages';
import { testAgreement } from '../support/test-agreement';

/**
 * What a person types into the override's reason is theirs (issue #11 item 1): pages that try to take
 * it — by the focus, by listeners older than Hearth, by a selection, by a drop — get none of it. The
 * form is a frame of Hearth's own in the banner (components/guard/override-frame.tsx).
 */

test('dim: a page that keeps its focus (a focus trap on focusin) cannot take the reason typed for Hearth', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  // focus-trap, as many sites' own modals use it: focus that leaves the modal is put back.
  const page = await workPage(
    hearth,
    sites.port,
    'focus-trap',
    `<!doctype html><html><head>${RED}</head><body><div id="modal" role="dialog"><input id="composer" aria-label="Message"></div><script>
const composer = document.getElementById('composer');
composer.focus();
document.addEventListener('focusin', (event) => { if (!document.getElementById('modal').contains(event.target)) composer.focus(); }, true);
</script></body></html>`,
  );
  const banner = await bannerShown(page);
  await banner.click('button.link');
  await banner.type('textarea', 'urgent deploy');
  expect(await composerValue(page)).toBe('');
  expect(await banner.value('textarea')).toBe('urgent deploy');
});

test('dim: a chat composer that takes its focus back on blur cannot take the reason typed for Hearth', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await workPage(
    hearth,
    sites.port,
    'refocus',
    `<!doctype html><html><head>${RED}</head><body><input id="composer" aria-label="Message"><script>
const composer = document.getElementById('composer');
composer.focus();
composer.addEventListener('blur', () => setTimeout(() => composer.focus()));
</script></body></html>`,
  );
  const banner = await bannerShown(page);
  await banner.click('button.link');
  await banner.type('textarea', 'urgent deploy');
  expect(await composerValue(page)).toBe('');
});

test("dim: a tab open before the zone began hears none of the keys typed into Hearth's reason", async ({ hearth, sites }) => {
  const page = await hearth.context.newPage();
  await page.goto(sites.hostileUrl());
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  await page.bringToFront();
  const banner = await bannerShown(page);
  await page.evaluate(() => ((window as unknown as { seen: string[] }).seen = []));
  await banner.click('button.link');
  await banner.type('textarea', 'secret');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
});

test('dim: the page cannot read the reason as it is typed by selecting it and reading the selection', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await workPage(
    hearth,
    sites.port,
    'selection-spy',
    `<!doctype html><html><head>${RED}</head><body><h1>Work</h1><script>
window.read = [];
setInterval(() => {
  if (document.activeElement === document.body) return;
  document.execCommand('selectAll');
  const text = String(getSelection());
  if (text) window.read.push(text);
  getSelection().collapseToEnd();
}, 100);
</script></body></html>`,
  );
  const banner = await bannerShown(page);
  await banner.click('button.link');
  await banner.click('textarea');
  await page.keyboard.type('my secret reason', { delay: 60 });
  await page.waitForTimeout(300);
  // The typing itself is undisturbed: the person does not notice.
  expect(await banner.value('textarea')).toBe('my secret reason');
  expect(await page.evaluate(() => (window as unknown as { read: string[] }).read)).toEqual([]);
});

test('dim: text dropped into the reason is not handed to the page in its drop event', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await workPage(
    hearth,
    sites.port,
    'drop-spy',
    `<!doctype html><html><head>${RED}</head><body><h1>Work</h1><script>
window.read = [];
window.addEventListener('drop', (event) => window.read.push(event.dataTransfer.getData('text/plain')), true);
</script></body></html>`,
  );
  const banner = await bannerShown(page);
  await banner.click('button.link');
  await banner.click('textarea');
  // The reason's box on the page's screen, where a person would drop onto it.
  const box = (await banner.form()!.locator('textarea').boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, data: { items: [{ mimeType: 'text/plain', data: 'dropped reason' }], dragOperationsMask: 1 } };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await banner.cdp.send('Input.dispatchDragEvent', { type, ...at });
  await expect.poll(() => banner.value('textarea')).toBe('dropped reason');
  expect(await page.evaluate(() => (window as unknown as { read: string[] }).read)).toEqual([]);
});
