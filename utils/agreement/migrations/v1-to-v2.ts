import { householdToday } from '../household-today';

/**
 * Format 1 to 2 (issue #9): commitments, contingency plans and a review rhythm are new parts, and
 * special days may repeat yearly. A file of format 1 has none of them: empty lists, its special
 * days stay single dates, and the review rhythm starts as the default, quarterly, its first review
 * on the first day of the next calendar quarter on the household's clock: never due the day the
 * agreement is migrated, since no review was held before (`now` passed in, so the step is pure).
 */
export function v1ToV2(doc: Record<string, unknown>, now: number): Record<string, unknown> {
  return {
    ...doc,
    version: 2,
    commitments: [],
    contingencyPlans: [],
    reviewRhythm: { everyMonths: 3, from: nextQuarterStart(householdToday(timeZoneOf(doc), now)) },
  };
}

function timeZoneOf(doc: Record<string, unknown>): string {
  const household = doc.household as { timeZone?: unknown } | undefined;
  return typeof household?.timeZone === 'string' ? household.timeZone : 'UTC';
}

function nextQuarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = month - ((month - 1) % 3) + 3;
  return first > 12 ? `${Number(date.slice(0, 4)) + 1}-01-01` : `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}
