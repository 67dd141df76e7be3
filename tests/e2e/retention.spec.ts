import { test, expect } from '../support/hearth-test';
import { putRecords, readStore } from '../support/hearth-pages';
import { intervalId } from '../../utils/tracking/activity-interval';
import { RETENTION_MS } from '../../utils/tracking/retention-period';
import { rollupKey } from '../../utils/report/week-rollup';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One record of each kind Hearth keeps for the retention period, ending `at`. */
const records = (at: number, text: string) => ({
  intervals: { id: intervalId(at - HOUR, 'github.com'), domain: 'github.com', category: 'code', start: at - HOUR, end: at, audible: false },
  overrides: { start: at - HOUR, end: at, minutes: 60, reason: text, site: 'github.com', sources: [] },
  ritualMarks: { ritualId: 'walk', start: at - HOUR, outcome: 'kept', markedAt: at },
  thanks: { text, receivedAt: at - 1 },
  settings: { key: rollupKey(at - 7 * DAY), value: { fingerprint: text } },
});

test('the daily retention deletes what is older than 400 days, of every kind, in the real database, and keeps everything younger', async ({ hearth }) => {
  const now = Date.now();
  const old = records(now - RETENTION_MS - DAY, 'old');
  const young = records(now - RETENTION_MS + 8 * DAY, 'young');
  for (const store of Object.keys(old) as (keyof typeof old)[]) await putRecords(hearth, store, [old[store], young[store]]);

  // The alarm Hearth set at install fires a minute later and then daily: bring it forward, so the
  // real alarm reaches the real listener now.
  await hearth.worker.evaluate(() => chrome.alarms.create('hearth-retention', { when: Date.now() + 100, periodInMinutes: 24 * 60 }));
  await expect.poll(async () => (await readStore<{ reason: string }>(hearth, 'overrides')).map((override) => override.reason), { timeout: 20_000 }).toEqual(['young']);
  await expect.poll(async () => (await readStore<{ text: string }>(hearth, 'thanks')).map((note) => note.text), { timeout: 10_000 }).toEqual(['young']);

  expect(await readStore(hearth, 'intervals')).toEqual([young.intervals]);
  expect(await readStore(hearth, 'ritualMarks')).toEqual([young.ritualMarks]);
  const rollups = (await readStore<{ key: string; value: unknown }>(hearth, 'settings')).filter((record) => record.key.startsWith('rollup:'));
  expect(rollups).toEqual([young.settings]);
});
