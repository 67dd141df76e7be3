/**
 * How many of a room's latest sends are remembered by client id, so a resend after a lost ack gets
 * its first seq again. A client resends within minutes; a room sees a few hundred sends a day.
 */
export const DEDUPE_WINDOW = 1000;
