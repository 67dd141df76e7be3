import { readFileSync } from 'node:fs';
import { minute, wallClock } from '../tests/support/test-agreement';
import { WORK_PATTERN } from '../tests/support/test-sites';

const example = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

/**
 * The agreement the store screenshots show: the documented example with the test site as a work
 * site and its evening zone moved to hold `now`, so the guard is on in every shot. The zone keeps
 * its id: the example's contingency plans name it, and an agreement naming a zone it lacks is refused.
 */
export function storeAgreement(zoneLabel: string, now: number) {
  const [evening, ...others] = example.zones;
  const from = wallClock(now - 20 * minute, example.household.timeZone);
  const to = wallClock(now + 70 * minute, example.household.timeZone);
  return {
    ...example,
    workSites: [{ pattern: WORK_PATTERN, category: 'chat', label: 'Team chat' }, ...example.workSites],
    zones: [{ ...evening, label: zoneLabel, days: [from.weekday], start: from.time, end: to.time, mode: 'dim' }, ...others],
  };
}
