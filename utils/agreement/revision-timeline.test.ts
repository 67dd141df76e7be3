import { describe, expect, it } from 'vitest';
import { revisionTimeline } from './revision-timeline';

const ids = (revisions: { id?: number }[]) => revisions.map((revision) => revision.id);

describe('revisionTimeline', () => {
  it('keeps revisions saved with a steady clock, in order', () => {
    expect(ids(revisionTimeline([{ id: 2, effectiveAt: 20 }, { id: 1, effectiveAt: 10 }, { id: 3, effectiveAt: 30 }]))).toEqual([1, 2, 3]);
  });

  it('drops a revision that a later save reached no later than it did (a clock that was ahead)', () => {
    // 2 was saved at a clock far ahead (1000); 3 with the corrected clock (25).
    expect(ids(revisionTimeline([{ id: 1, effectiveAt: 10 }, { id: 2, effectiveAt: 1000 }, { id: 3, effectiveAt: 25 }]))).toEqual([1, 3]);
  });

  it('drops every revision a corrected save reaches back before, and the earlier of two in the same millisecond', () => {
    expect(ids(revisionTimeline([{ id: 1, effectiveAt: 10 }, { id: 2, effectiveAt: 50 }, { id: 3, effectiveAt: 60 }, { id: 4, effectiveAt: 5 }]))).toEqual([4]);
    expect(ids(revisionTimeline([{ id: 1, effectiveAt: 10 }, { id: 2, effectiveAt: 10 }]))).toEqual([2]);
  });

  it('gives nothing for nothing', () => {
    expect(revisionTimeline([])).toEqual([]);
  });
});
