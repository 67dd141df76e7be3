import type { ClassifiedSlice } from './classify-activity';

/** When a day's recorded work began and ended: its span is lastEnd - firstStart, gaps included. */
export interface DaySpan {
  firstStart: number;
  lastEnd: number;
  /**
   * Where the day's first stretch of work without a break stopped. When the day before worked on
   * up to this day's midnight, this is where that evening's work stopped (see `finishedAt`).
   */
  firstStop: number;
}

/**
 * The first start and last end of work on each household-local date, slices clipped to
 * [from, to). A slice never crosses local midnight, so work after midnight belongs to the next date,
 * the way a person says "I worked until 1 a.m." about the evening before only in words, not here.
 * Each date's figures come from its own slices alone, so a day's rollup never waits on the next.
 */
export function daySpans(slices: readonly Pick<ClassifiedSlice, 'start' | 'end' | 'date'>[], from: number, to: number): Map<string, DaySpan> {
  const spans = new Map<string, DaySpan>();
  for (const slice of [...slices].sort((a, b) => a.start - b.start)) {
    const start = Math.max(slice.start, from);
    const end = Math.min(slice.end, to);
    if (end <= start) continue;
    const span = spans.get(slice.date);
    if (!span) {
      spans.set(slice.date, { firstStart: start, lastEnd: end, firstStop: end });
      continue;
    }
    span.firstStart = Math.min(span.firstStart, start);
    span.lastEnd = Math.max(span.lastEnd, end);
    // Slices come in order of start: the first stretch goes on while each touches or overlaps it,
    // and once one starts after it, every later one does too.
    if (start <= span.firstStop) span.firstStop = Math.max(span.firstStop, end);
  }
  return spans;
}

/**
 * When a day's work finished: its last end, or, when that is its midnight and the next day's work
 * began right there without a break, where that work stopped (a Thursday evening that went on to
 * 1:40 on Friday finished then, not at midnight). `next` is the following date's span.
 */
export function finishedAt(span: DaySpan, next: DaySpan | null | undefined): number {
  return next && next.firstStart === span.lastEnd ? Math.max(span.lastEnd, next.firstStop) : span.lastEnd;
}
