import type { ClassifiedSlice } from './classify-activity';

/** When a day's recorded work began and ended: its span is lastEnd - firstStart, gaps included. */
export interface DaySpan {
  firstStart: number;
  lastEnd: number;
}

/**
 * The first start and last end of work on each household-local date, slices clipped to
 * [from, to). A slice never crosses local midnight, so work after midnight belongs to the next date,
 * the way a person says "I worked until 1 a.m." about the evening before only in words, not here.
 */
export function daySpans(slices: readonly Pick<ClassifiedSlice, 'start' | 'end' | 'date'>[], from: number, to: number): Map<string, DaySpan> {
  const spans = new Map<string, DaySpan>();
  for (const slice of slices) {
    const start = Math.max(slice.start, from);
    const end = Math.min(slice.end, to);
    if (end <= start) continue;
    const span = spans.get(slice.date);
    if (!span) spans.set(slice.date, { firstStart: start, lastEnd: end });
    else {
      span.firstStart = Math.min(span.firstStart, start);
      span.lastEnd = Math.max(span.lastEnd, end);
    }
  }
  return spans;
}
