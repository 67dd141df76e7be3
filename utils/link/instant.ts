import * as v from 'valibot';

/**
 * The end of the year 9999 UTC. Far enough for any plan or ritual, and inside what a `Date` can
 * hold in every zone: ECMAScript's own limit (8.64e15) already throws once a zone's offset is added.
 */
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * A time in milliseconds as a partner's message carries it. Bounded above, so a hostile or broken
 * peer cannot send a time that throws when the popup or a notification formats it: the popup has
 * no fallback, and a stored plan ending past it would blank it until unpair.
 */
export const Instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LATEST_INSTANT));
