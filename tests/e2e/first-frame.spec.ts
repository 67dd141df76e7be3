import { test, expect } from '../support/hearth-test';
import { recordFrames, judgeFrame } from '../support/frames';
import { setAgreement } from '../support/hearth-pages';
import { guardUi } from '../support/closed-shadow';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

test('a work page opened inside a zone is dimmed in its first painted frame', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 30 * minute)] }));
  const page = await hearth.context.newPage();

  const frames = (await recordFrames(page, async () => void (await page.goto(sites.workUrl())))).map(judgeFrame);

  const painted = frames.filter((frame) => frame.painted);
  expect(painted.length, 'the screencast captured the page being painted').toBeGreaterThan(0);
  expect(frames.filter((frame) => frame.undimmed)).toHaveLength(0);
});

test('the same work page outside any zone paints in its own colours (the detector sees undimmed frames)', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement());
  const page = await hearth.context.newPage();
  const frames = (await recordFrames(page, async () => void (await page.goto(sites.workUrl())))).map(judgeFrame);
  expect(frames.some((frame) => frame.undimmed)).toBe(true);
});

test('a work page in a block zone never shows its content and gets Hearth\'s calm screen instead', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 30 * minute, { mode: 'block', label: 'Our Sunday' })] }));
  const page = await hearth.context.newPage();
  const frames = (await recordFrames(page, async () => void (await page.goto(sites.workUrl())))).map(judgeFrame);
  expect(frames.filter((frame) => frame.undimmed)).toHaveLength(0);

  const screen = await guardUi(page);
  await expect.poll(() => screen.text('h2')).toBe('Our Sunday');
  expect(await screen.text('.why')).toContain('agreed to protect');
  // The whole page is rendered transparent, whatever visibility its elements claim.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).filter)).toBe('opacity(0)');
  // The page is still there underneath, so an override can reveal it without a reload.
  expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Work');
});
