import type { OverrideRecord, SettingRecord } from '../db/hearth-db';
import type { ThanksRecord } from '../link/link-record';
import type { RitualMark } from '../status/ritual-marks';
import { rollupKey } from '../report/week-rollup';
import { intervalId, type ActivityInterval } from './activity-interval';

const HOUR = 3_600_000;

/**
 * Test support: one record of each kind the daily retention prunes, by the table it is kept in,
 * all ending at `at`; `text` marks which set a record belongs to.
 */
export function prunedKinds(at: number, text: string) {
  return {
    intervals: { id: intervalId(at - HOUR, 'github.com'), domain: 'github.com', category: 'code', start: at - HOUR, end: at, audible: false } satisfies ActivityInterval,
    overrides: { start: at - HOUR, end: at, minutes: 60, reason: text, site: 'github.com', sources: [] } satisfies OverrideRecord,
    ritualMarks: { ritualId: 'walk', start: at - HOUR, outcome: 'kept', markedAt: at } satisfies RitualMark,
    thanks: { text, receivedAt: at - 1 } satisfies ThanksRecord,
    settings: { key: rollupKey(at - 7 * 24 * HOUR), value: { fingerprint: text } } satisfies SettingRecord,
  };
}
