import type { Translate } from '../utils/i18n/translate';
import { sampleAgreement } from '../utils/agreement/sample-agreement';
import { minute, wallClock } from '../tests/support/test-agreement';
import { WORK_PATTERN } from '../tests/support/test-sites';

interface Example {
  household: { timeZone: string };
  workSites: unknown[];
  zones: Array<Record<string, unknown>>;
}

/**
 * The agreement the store screenshots show: the sample a couple would load, in the language of the
 * shots (`t`), with the test site as a work site and its evening zone moved to hold `now`, so the
 * guard is on in every shot. The zone keeps its id: the sample's contingency plans name it, and an
 * agreement naming a zone it lacks is refused.
 */
export function storeAgreement(zoneLabel: string, now: number, t?: Translate) {
  const example = sampleAgreement(now, t) as Example;
  const [evening, ...others] = example.zones;
  const from = wallClock(now - 20 * minute, example.household.timeZone);
  const to = wallClock(now + 70 * minute, example.household.timeZone);
  return {
    ...example,
    workSites: [{ pattern: WORK_PATTERN, category: 'chat', label: 'Team chat' }, ...example.workSites],
    zones: [{ ...evening, label: zoneLabel, days: [from.weekday], start: from.time, end: to.time, mode: 'dim' }, ...others],
  };
}
