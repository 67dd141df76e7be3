/// <reference types="chrome" />
import { test, expect } from '../support/hearth-test';
import { guardUi } from '../support/closed-shadow';
import { openOptions, rootFilter, sendFromExtensionPage, setAgreement } from '../support/hearth-pages';
import { notifications, watchNotifications } from '../support/notifications';
import { floorToMinute, HOUSEHOLD_ZONE, minute, testAgreement, wallClock, zoneBetween } from '../support/test-agreement';

const ritualAt = (startsAt: number, changes: Record<string, unknown>) => ({
  id: 'walk',
  label: 'Evening walk',
  recurrence: { kind: 'daily' },
  time: wallClock(startsAt).time,
  durationMinutes: 30,
  reminderMinutes: 1,
  protected: false,
  ...changes,
});

/** Agreements are whole minutes: the first minute at least 75 s away, so a one-minute lead is at least 15 s away. */
const startSoon = () => Math.ceil((Date.now() + 75_000) / minute) * minute;

test('a ritual is announced by a notification as far ahead as its reminder says', async ({ hearth }) => {
  await watchNotifications(hearth);
  const start = startSoon();
  await setAgreement(hearth, testAgreement({ rituals: [ritualAt(start, {})] }));
  expect(await notifications(hearth)).toEqual([]);

  const remindAt = start - minute;
  await expect
    .poll(() => notifications(hearth), { timeout: remindAt - Date.now() + 20_000, intervals: [1000] })
    .toEqual([{ id: `hearth-reminder:ritual:walk:${start}`, title: 'Evening walk in 1 minute', message: 'A good moment to wrap up what you are doing.' }]);
  expect(Date.now()).toBeGreaterThanOrEqual(remindAt);
});

test('a protected ritual under way dims a work page like a zone', async ({ hearth, sites }) => {
  const started = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ rituals: [ritualAt(started, { label: 'Story time', protected: true })] }));

  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await expect.poll(() => rootFilter(page)).toContain('grayscale');
  const banner = await guardUi(page);
  await expect.poll(() => banner.text('h2')).toBe('Story time');
});

test('a zone is preceded by a wind-down notification, as early as the person chose', async ({ hearth }) => {
  await watchNotifications(hearth);
  const saved = await sendFromExtensionPage(hearth, { type: 'reminders:settings', settings: { windDownMinutes: 1 } });
  expect(saved).toEqual({ windDownMinutes: 1 });
  const start = startSoon();
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(start, start + 5 * minute, { label: 'Family evenings' })] }));

  const windDownAt = start - minute;
  await expect
    .poll(() => notifications(hearth), { timeout: windDownAt - Date.now() + 20_000, intervals: [1000] })
    .toEqual([
      { id: `hearth-reminder:wind-down:test-zone:${start}`, title: 'Family evenings in 1 minute', message: 'Time to wind down — work sites dim when it starts.' },
    ]);
  expect(Date.now()).toBeGreaterThanOrEqual(windDownAt);
});

test('the wind-down lead is set on the options page; a bad value is refused and nothing changes', async ({ hearth }) => {
  const page = await openOptions(hearth);
  const field = page.getByLabel('Remind me this many minutes before a zone starts (0 for no reminder)');
  await expect(field).toHaveValue('10');
  await field.fill('500');
  await page.getByRole('button', { name: 'Save reminder setting' }).click();
  await expect(page.getByRole('alert')).toContainText('from 0 to 120');
  await page.reload();
  await expect(field).toHaveValue('10');

  await field.fill('25');
  await page.getByRole('button', { name: 'Save reminder setting' }).click();
  await expect(page.getByRole('status')).toContainText('Reminder setting saved');
  await page.reload();
  await expect(field).toHaveValue('25');
});

test('a contingency plan ended early brings back the wind-down it held off, with the worker awake throughout', async ({ hearth }) => {
  await watchNotifications(hearth);
  await sendFromExtensionPage(hearth, { type: 'reminders:settings', settings: { windDownMinutes: 1 } });
  const start = startSoon();
  const windDownAt = start - minute;
  await setAgreement(
    hearth,
    testAgreement({
      zones: [zoneBetween(start, start + 5 * minute, { label: 'Family evenings' })],
      contingencyPlans: [{ id: 'crunch', name: 'Deadline crunch', trackZones: 'all', pausedRituals: [] }],
    }),
  );
  // Two days ahead in the household's zone: the plan would hold well past the zone by itself.
  const through = new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE }).format(Date.now() + 2 * 24 * 60 * minute);
  expect(await sendFromExtensionPage(hearth, { type: 'plan:invoke', planId: 'crunch', through })).toEqual({ ok: true });
  // A look while the plan holds (any wake-up does one) plans without the zone it turned to track.
  await sendFromExtensionPage(hearth, { type: 'reminders:settings', settings: { windDownMinutes: 1 } });
  expect(await sendFromExtensionPage(hearth, { type: 'plan:end' })).toEqual({ ok: true });

  const reminderAlarm = () => hearth.worker.evaluate(() => chrome.alarms.get('hearth-reminders').then((alarm) => alarm?.scheduledTime ?? null));
  await expect.poll(reminderAlarm).toBeLessThanOrEqual(windDownAt);
  await expect
    .poll(() => notifications(hearth), { timeout: windDownAt - Date.now() + 20_000, intervals: [1000] })
    .toEqual([
      { id: `hearth-reminder:wind-down:test-zone:${start}`, title: 'Family evenings in 1 minute', message: 'Time to wind down — work sites dim when it starts.' },
    ]);
});
