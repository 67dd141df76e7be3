import type { OverrideRecord } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { EVENINGS } from '../status/status-fixture';

/** Test support: a 15-minute override on the Monday evening of the status fixture's week, with its reason. */
export const INCIDENT: OverrideRecord = {
  id: 1,
  start: at('2026-11-23T20:00:00+01:00'),
  end: at('2026-11-23T20:15:00+01:00'),
  minutes: 15,
  reason: 'Production incident',
  site: 'app.slack.com',
  sources: [{ kind: 'zone', id: 'evenings', label: EVENINGS.label, mode: 'dim' }],
};
