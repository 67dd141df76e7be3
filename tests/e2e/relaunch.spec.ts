import { test, expect } from '../support/hearth-test';
import { launchHearth } from '../support/launch-hearth';
import { recordFrames, judgeFrame } from '../support/frames';
import { setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

test('after quitting and relaunching the browser inside a zone, the first work page is still dimmed from its first frame', async ({ hearth, profileDir, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 30 * minute)] }));
  await hearth.context.close();

  // Load the page straight away, without waiting for Hearth's worker: the registration the browser
  // persisted must dim it on its own.
  let frames: ReturnType<typeof judgeFrame>[] = [];
  const relaunched = await launchHearth(profileDir, {
    installed: true,
    beforeWorker: async (context) => {
      const page = context.pages()[0] ?? (await context.newPage());
      frames = (await recordFrames(page, async () => void (await page.goto(sites.workUrl())))).map(judgeFrame);
    },
  });
  try {
    expect(frames.filter((frame) => frame.painted).length).toBeGreaterThan(0);
    expect(frames.filter((frame) => frame.undimmed)).toHaveLength(0);
  } finally {
    await relaunched.context.close();
  }
});
