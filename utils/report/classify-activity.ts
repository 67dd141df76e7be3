import type { Agreement, Partner } from '../agreement/agreement-schema';
import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { guardTimeline, type GuardSource } from '../schedule/guard-sources';
import { isInsideWindow } from '../schedule/daily-window';
import { scheduleBoundaries } from '../schedule/schedule-boundaries';
import { wallTimeAt } from '../schedule/wall-clock';
import { workingHourWindows } from '../schedule/working-hours';
import type { WorkSiteCategory } from '../sites/work-site-category';
import type { ActivityInterval } from '../tracking/activity-interval';

export type HoursKind = 'in-hours' | 'after-hours';

/** A piece of one activity interval over which everything the report asks about holds still. */
export interface ClassifiedSlice {
  /** [start, end), epoch ms, inside one interval. */
  start: number;
  end: number;
  domain: string;
  category: WorkSiteCategory;
  audible: boolean;
  /** By the owner's working hours in the revision in force. */
  hours: HoursKind;
  /**
   * The guard sources active (zones of every mode, 'track' included; special days; protected
   * rituals); empty when not in a zone. Slices cut from one schedule segment share this array:
   * treat it as read-only.
   */
  zones: GuardSource[];
  /** An override taken for this domain (OverrideRecord.site === domain) covered the slice. */
  overridden: boolean;
  /** The household-local date (YYYY-MM-DD); a slice never crosses a local midnight. */
  date: string;
  revisionId: number | undefined;
}

export type OverrideSpan = Pick<OverrideRecord, 'site' | 'start' | 'end'>;

/**
 * Boundaries are computed a week at a time: long enough that the per-call overhead of the
 * schedule engine vanishes, short enough that a sparse history does not pay for empty months.
 */
const CHUNK_MS = 7 * MS_PER_DAY;

/**
 * Intervals closer than this share one stretch of boundary computation; a larger gap (nobody
 * worked for a week) is skipped rather than walked through.
 */
const MERGE_GAP_MS = 7 * MS_PER_DAY;

/** A stretch between two consecutive cut instants of the schedule, with the state that holds over all of it. */
interface Segment {
  start: number;
  end: number;
  hours: HoursKind;
  zones: GuardSource[];
  date: string;
  revisionId: number | undefined;
}

/** Where an override for one domain starts or ends, and whether one covers [edges[k], edges[k + 1]). */
interface OverrideSteps {
  edges: number[];
  covered: boolean[];
}

/**
 * Cuts activity into slices and says, for each, whether it was in the owner's hours, in a zone,
 * under an override, on which local date and under which agreement revision.
 *
 * An interval is cut exactly at: each revision's effectiveAt, every schedule boundary
 * (`scheduleBoundaries`) of the revision in force, and each start and end of an override for
 * its domain; nowhere else. Time before the first revision is dropped: there was no agreement
 * yet, so nothing can say whether it was in hours or in a zone. Revisions sharing an effectiveAt
 * are resolved in favour of the later one in `revisions`. Intervals with end <= start and
 * overrides with end <= start are ignored. Slices are sorted by start (ties keep the order of
 * their intervals' starts).
 *
 * Cost: boundaries are computed once per revision period over the stretches that hold activity,
 * a week at a time; the state is evaluated once per segment between boundaries, and the sorted
 * intervals are swept against the segments, so the work is O(n log n + segments).
 */
export function classifyActivity(
  intervals: readonly ActivityInterval[],
  revisions: readonly AgreementRevision[],
  overrides: readonly OverrideSpan[],
  ownerId: string,
): ClassifiedSlice[] {
  const sorted = sortedByStart(intervals.filter((interval) => interval.end > interval.start));
  if (sorted.length === 0 || revisions.length === 0) return [];
  const segments = scheduleSegments(revisionPeriods(revisions), activeRanges(sorted), ownerId);
  const overrideSteps = overrideStepsByDomain(overrides);

  const slices: ClassifiedSlice[] = [];
  let first = 0;
  for (const interval of sorted) {
    // Starts ascend, so the first segment that ends after an interval's start never moves back.
    while (first < segments.length && segments[first]!.end <= interval.start) first++;
    const steps = overrideSteps.get(interval.domain);
    let step = steps ? lastAtOrBefore(steps.edges, interval.start) : -1;
    for (let index = first; index < segments.length; index++) {
      const segment = segments[index]!;
      if (segment.start >= interval.end) break;
      let start = Math.max(segment.start, interval.start);
      const end = Math.min(segment.end, interval.end);
      if (steps) {
        while (step + 1 < steps.edges.length && steps.edges[step + 1]! <= start) step++;
        while (step + 1 < steps.edges.length && steps.edges[step + 1]! < end) {
          const cut = steps.edges[step + 1]!;
          slices.push(sliceOf(interval, segment, start, cut, step >= 0 && steps.covered[step]!));
          start = cut;
          step++;
        }
      }
      slices.push(sliceOf(interval, segment, start, end, steps !== undefined && step >= 0 && steps.covered[step]!));
    }
  }
  // Overlapping intervals interleave their slices; a single stream of activity is already in order.
  return isSortedByStart(slices) ? slices : slices.sort((a, b) => a.start - b.start);
}

function sliceOf(interval: ActivityInterval, segment: Segment, start: number, end: number, overridden: boolean): ClassifiedSlice {
  return {
    start,
    end,
    domain: interval.domain,
    category: interval.category,
    audible: interval.audible,
    hours: segment.hours,
    zones: segment.zones,
    overridden,
    date: segment.date,
    revisionId: segment.revisionId,
  };
}

function isSortedByStart(items: readonly { start: number }[]): boolean {
  for (let index = 1; index < items.length; index++) if (items[index - 1]!.start > items[index]!.start) return false;
  return true;
}

/** Intervals usually come from an index on start already; sort (stably) only when they do not. */
function sortedByStart<T extends { start: number }>(items: T[]): T[] {
  return isSortedByStart(items) ? items : items.sort((a, b) => a.start - b.start);
}

interface RevisionPeriod {
  start: number;
  end: number;
  revision: AgreementRevision;
}

/** Each revision is in force from its effectiveAt until the next one's; the last one has no end. */
function revisionPeriods(revisions: readonly AgreementRevision[]): RevisionPeriod[] {
  const ordered = [...revisions].sort((a, b) => a.effectiveAt - b.effectiveAt);
  return ordered
    .map((revision, index) => ({ start: revision.effectiveAt, end: ordered[index + 1]?.effectiveAt ?? Infinity, revision }))
    .filter((period) => period.end > period.start);
}

/**
 * The stretches that hold activity: the union of the intervals, with gaps shorter than
 * MERGE_GAP_MS bridged. No interval crosses the edge of a stretch, so cutting there cuts nothing.
 */
function activeRanges(sorted: readonly ActivityInterval[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const { start, end } of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && start - last.end < MERGE_GAP_MS) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

/** Sorted, disjoint segments covering every active stretch from the first revision on. */
function scheduleSegments(
  periods: readonly RevisionPeriod[],
  ranges: readonly { start: number; end: number }[],
  ownerId: string,
): Segment[] {
  const segments: Segment[] = [];
  for (const { start, end, revision } of periods) {
    for (const range of ranges) {
      const from = Math.max(start, range.start);
      const to = Math.min(end, range.end);
      if (from < to) appendSegments(segments, revision, from, to, ownerId);
    }
  }
  return segments;
}

/**
 * The segments of [from, to) under one revision. Each chunk after the first begins at the last
 * boundary of the chunk before, so chunking itself never cuts anything.
 */
function appendSegments(segments: Segment[], revision: AgreementRevision, from: number, to: number, ownerId: string): void {
  const { agreement } = revision;
  const { timeZone } = agreement.household;
  // isWithinWorkingHours, with the windows built once and the wall time shared with the date.
  const ownerHours = workingHourWindows(ownerOf(agreement, ownerId));
  let chunkStart = from;
  while (chunkStart < to) {
    let chunkEnd = Math.min(chunkStart + CHUNK_MS, to);
    let boundaries = scheduleBoundaries(agreement, chunkStart, chunkEnd);
    // Every local midnight is a boundary, so a week always has some; this only guards the principle.
    while (boundaries.length === 0 && chunkEnd < to) {
      chunkEnd = Math.min(chunkEnd + CHUNK_MS, to);
      boundaries = scheduleBoundaries(agreement, chunkStart, chunkEnd);
    }
    const timeline = guardTimeline(agreement, chunkStart, chunkEnd);
    const cuts = [chunkStart, ...boundaries, chunkEnd];
    // Unless this is the last chunk, its final segment is left to the next chunk, which starts there.
    const last = chunkEnd === to ? cuts.length - 1 : cuts.length - 2;
    for (let index = 0; index < last; index++) {
      const start = cuts[index]!;
      const wall = wallTimeAt(start, timeZone);
      segments.push({
        start,
        end: cuts[index + 1]!,
        hours: ownerHours.some((window) => isInsideWindow(window, wall)) ? 'in-hours' : 'after-hours',
        zones: timeline.sourcesAt(start),
        date: wall.date,
        revisionId: revision.id,
      });
    }
    chunkStart = cuts[last]!;
  }
}

/** The owner, or the revision's first partner when the owner is not one of its partners. */
function ownerOf(agreement: Agreement, ownerId: string): Partner {
  return agreement.partners.find((partner) => partner.id === ownerId) ?? agreement.partners[0];
}

function overrideStepsByDomain(overrides: readonly OverrideSpan[]): Map<string, OverrideSteps> {
  const bySite = new Map<string, OverrideSpan[]>();
  for (const override of overrides) {
    if (!(override.end > override.start)) continue;
    const list = bySite.get(override.site);
    if (list) list.push(override);
    else bySite.set(override.site, [override]);
  }
  const steps = new Map<string, OverrideSteps>();
  for (const [site, list] of bySite) {
    // +1 where one starts, -1 where one ends: covered wherever the running count is positive.
    const delta = new Map<number, number>();
    for (const { start, end } of list) {
      delta.set(start, (delta.get(start) ?? 0) + 1);
      delta.set(end, (delta.get(end) ?? 0) - 1);
    }
    const edges = [...delta.keys()].sort((a, b) => a - b);
    let running = 0;
    const covered = edges.map((edge) => (running += delta.get(edge)!) > 0);
    steps.set(site, { edges, covered });
  }
  return steps;
}

/** The index of the last value <= target in an ascending array, or -1. */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! <= target) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
