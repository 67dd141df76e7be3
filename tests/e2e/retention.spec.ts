import { test, expect } from '../support/hearth-test';
import { putRecords, readStore } from '../support/hearth-pages';
import { RETENTION_MS } from '../../utils/tracking/retention-period';
import { prunedKinds } from '../../utils/tracking/retention-fixture';

const DAY = 24 * 3_600_000;

test('the daily retention deletes what is older than 400 days, of every kind, in the real database, and keeps everything younger', async ({ hearth }) => {
  const now = Date.now();
  const old = prunedKinds(now - RETENTION_MS - DAY, 'old');
  const young = prunedKinds(now - RETENTION_MS + 8 * DAY, 'young');
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
