import type { Agreement } from './agreement-schema';
import { nextAgreementReview } from '../reminders/date-reminders';

export interface ReviewsDue {
  /** Focus seasons whose review date has come while they still run. */
  seasons: { id: string; label: string }[];
  /** Today is the agreement's review date by its rhythm. */
  agreement: boolean;
}

/** What is up for review on the household date `today`: what the popup calls "review due". */
export function reviewsDue(agreement: Agreement, today: string): ReviewsDue {
  return {
    seasons: agreement.focusSeasons.filter((season) => season.reviewOn <= today && today <= season.end).map(({ id, label }) => ({ id, label })),
    agreement: nextAgreementReview(agreement.reviewRhythm, today) === today,
  };
}
