/**
 * v2: raw activity intervals (issue #3). `end` is indexed because a week is read as "intervals that
 * end after the week starts"; `start` bounds it from the other side and serves retention.
 */
export const v2 = {
  version: 2,
  stores: {
    intervals: 'id, start, end',
  },
} as const;
