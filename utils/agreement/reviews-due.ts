import type { Agreement } from './agreement-schema';

export interface ReviewsDue {
  /** Focus seasons whose review date has come while they still run. */
  seasons: { id: string; label: string }[];
  /** The agreement's review date has come and the review was not held since. */
  agreement: boolean;
}

/**
 * What is up for review on the household date `today`: what the popup calls "review due". The
 * rhythm's `from` is the next review; holding one moves it a rhythm past that day
 * (agreement-review.ts), so a `from` on or before today is a review not held yet: it stays due
 * from its date until it is held, not only on the day itself.
 */
export function reviewsDue(agreement: Agreement, today: string): ReviewsDue {
  return {
    seasons: agreement.focusSeasons.filter((season) => season.reviewOn <= today && today <= season.end).map(({ id, label }) => ({ id, label })),
    agreement: agreement.reviewRhythm.from <= today,
  };
}
