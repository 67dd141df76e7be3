import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth } from '../tests/support/launch-hearth';
import { setAgreement } from '../tests/support/hearth-pages';
import { floorToMinute, minute, testAgreement, wallClock, zoneBetween } from '../tests/support/test-agreement';
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-shot-')));
const now = floorToMinute(Date.now());
const r = (id: string, label: string, t: number) => ({ id, label, recurrence: { kind: 'daily' }, time: wallClock(t).time, durationMinutes: 30, reminderMinutes: 10, protected: false });
await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings' })], rituals: [r('breakfast', 'Shared breakfast', now - 60 * minute), r('walk', 'Evening walk', now + 30 * minute)] }));
for (const scheme of ['light', 'dark'] as const) {
  const page = await hearth.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 340, height: 700 });
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  await page.waitForSelector('[data-ready]');
  await page.screenshot({ path: `/tmp/popup-${scheme}.png`, fullPage: true });
}
await hearth.context.close();
