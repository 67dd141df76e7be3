import type { Agreement } from '../agreement/agreement-schema';
import { parseAgreement } from '../agreement/parse-agreement';
import { agreementIn, BREAKFAST, WALK } from '../schedule/agreement-fixture';

type Hours = Record<string, { start: string; end: string }[]>;
const WEEKDAYS_9_TO_5: Hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ start: '09:00', end: '17:00' }]]));

export const EVENINGS = { id: 'evenings', label: 'Family evenings', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '07:00', mode: 'dim' };
export const MARKET = { id: 'market', label: 'Saturday market', days: ['sat'], start: '08:00', end: '12:00', mode: 'track' };
export { BREAKFAST, WALK };

/**
 * Test support: a Berlin household where Alex works weekdays 9 to 5 and Sam evenings, with a dim
 * zone every weeknight, a track-only zone on Saturday morning and a protected breakfast. Changes
 * are validated by the real schema, so no test runs on a shape the app would refuse.
 */
export function household(changes: Partial<Agreement> = {}, timeZone = 'Europe/Berlin'): Agreement {
  const base = agreementIn(timeZone, {
    partners: [
      { id: 'alex', name: 'Alex', workingHours: WEEKDAYS_9_TO_5 },
      { id: 'sam', name: 'Sam', workingHours: { mon: [{ start: '17:00', end: '23:00' }] } },
    ],
    zones: [EVENINGS, MARKET],
    rituals: [BREAKFAST, WALK],
  });
  const result = parseAgreement({ ...base, budget: { weeklyAfterHoursMinutes: 120 }, ...changes });
  if (!result.ok) throw new Error(`invalid fixture: ${JSON.stringify(result.issues)}`);
  return result.agreement;
}
