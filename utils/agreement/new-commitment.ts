import { BOTH_PARTNERS, type Agreement, type Commitment } from './agreement-schema';
import { householdToday } from './household-today';
import { newId } from './new-id';
import { addDays } from '../schedule/calendar-date';

/**
 * A commitment to start from: for both, due in two weeks, looked at together after one. What
 * success looks like is left for the couple to write: the editor asks for it beside the field.
 */
export function newCommitment(draft: Agreement, now: number, what: string): Commitment {
  const today = householdToday(draft.household.timeZone, now);
  return {
    id: newId(what, draft.commitments.map((item) => item.id), 'commitment'),
    what,
    who: BOTH_PARTNERS,
    by: addDays(today, 14),
    success: '',
    reviewOn: addDays(today, 7),
    state: 'open',
  };
}
