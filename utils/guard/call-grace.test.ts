import { describe, expect, it } from 'vitest';
import type { WorkSite } from '../agreement/agreement-schema';
import {
  ADMISSION_WINDOW_MS,
  GRACE_CAP_MS,
  QUIET_MS,
  decideCallGrace,
  graceKey,
  graceUntil,
  graceWakeAt,
  parseCallGrace,
  type CallGrace,
  type GraceTab,
} from './call-grace';

const workSites: WorkSite[] = [
  { pattern: '*://meet.example.com/*', category: 'chat', label: 'Meetings' },
  { pattern: '*://tracker.example.com/work/*', category: 'tickets', label: 'Tracker' },
];
const start = Date.parse('2026-11-23T18:00:00Z');
const MEET = 'https://meet.example.com/abc-defg';
const call = (id: number, url = MEET, audible = true): GraceTab => ({ id, url, audible });
const inGrace = (tabId: number, quietSince: number | null = null, host = 'meet.example.com') => ({ tabId, host, quietSince });

describe('decideCallGrace when guarding starts', () => {
  it('lets an audible work tab finish its call, and only that one', () => {
    const tabs = [call(1), call(2, MEET, false), call(3, 'https://radio.example.org/live'), call(4, 'https://tracker.example.com/work/42')];
    expect(decideCallGrace(null, start, workSites, tabs, start)).toEqual({ guardStart: start, entries: [inGrace(1), inGrace(4, null, 'tracker.example.com')] });
  });

  it('ignores audible tabs that are not work sites, even on a work host', () => {
    const tabs = [call(1, 'https://tracker.example.com/music'), call(2, 'chrome://newtab/'), call(3, 'not a url')];
    expect(decideCallGrace(null, start, workSites, tabs, start)).toEqual({ guardStart: start, entries: [] });
  });

  it.each([
    ['a late alarm', ADMISSION_WINDOW_MS - 1, [inGrace(1)]],
    ['a look that comes too late to say the call was running at the start', ADMISSION_WINDOW_MS, []],
  ])('admits only within the admission window: %s', (_, delay, entries) => {
    expect(decideCallGrace(null, start, workSites, [call(1)], start + delay)).toEqual({ guardStart: start, entries });
  });

  it('starts afresh for a new guarding stretch, forgetting the last one', () => {
    const earlier: CallGrace = { guardStart: start - 3 * 60 * 60_000, entries: [inGrace(9)] };
    expect(decideCallGrace(earlier, start, workSites, [call(1)], start + 1_000)).toEqual({ guardStart: start, entries: [inGrace(1)] });
  });

  it('gives nothing when nothing guards', () => {
    expect(decideCallGrace(null, null, workSites, [call(1)], start)).toBeNull();
  });
});

describe('decideCallGrace during a stretch', () => {
  const admitted: CallGrace = { guardStart: start, entries: [inGrace(1), inGrace(2)] };
  const later = start + 5 * 60_000;

  it('never admits a tab that becomes audible later in the zone, and never re-admits one', () => {
    const after = decideCallGrace({ guardStart: start, entries: [inGrace(1)] }, start, workSites, [call(1), call(2)], start + 10_000);
    expect(after).toEqual({ guardStart: start, entries: [inGrace(1)] });
    const emptied = { guardStart: start, entries: [] };
    expect(decideCallGrace(emptied, start, workSites, [call(1)], start + 20_000)).toEqual(emptied);
  });

  it('bridges a silence shorter than the debounce, and forgets it when the call is heard again', () => {
    const silent = decideCallGrace(admitted, start, workSites, [call(1, MEET, false), call(2)], later);
    expect(silent).toEqual({ guardStart: start, entries: [inGrace(1, later), inGrace(2)] });
    const stillSilent = decideCallGrace(silent, start, workSites, [call(1, MEET, false), call(2)], later + QUIET_MS - 1);
    expect(stillSilent).toEqual(silent);
    expect(decideCallGrace(stillSilent, start, workSites, [call(1), call(2)], later + QUIET_MS - 1)).toEqual(admitted);
  });

  it('ends when the tab has been silent for the whole debounce', () => {
    const silent: CallGrace = { guardStart: start, entries: [inGrace(1, later), inGrace(2)] };
    expect(decideCallGrace(silent, start, workSites, [call(1, MEET, false), call(2)], later + QUIET_MS)).toEqual({
      guardStart: start,
      entries: [inGrace(2)],
    });
  });

  it('ends when the tab closes', () => {
    expect(decideCallGrace(admitted, start, workSites, [call(2)], later)).toEqual({ guardStart: start, entries: [inGrace(2)] });
  });

  it('ends when the tab navigates to another host, even another work site', () => {
    const tabs = [call(1, 'https://tracker.example.com/work/42'), call(2, 'https://example.org/')];
    expect(decideCallGrace(admitted, start, workSites, tabs, later)).toEqual({ guardStart: start, entries: [] });
  });

  it('survives navigation within the call’s own host', () => {
    expect(decideCallGrace(admitted, start, workSites, [call(1, 'https://meet.example.com/other-room'), call(2)], later)).toEqual(admitted);
  });

  it.each([
    ['just before the cap', GRACE_CAP_MS - 1, admitted],
    ['at the cap (half-open)', GRACE_CAP_MS, null],
  ])('holds for at most 30 minutes: %s', (_, offset, expected) => {
    expect(decideCallGrace(admitted, start, workSites, [call(1), call(2)], start + offset)).toEqual(expected);
  });

  it('ends with the zone, when it ends during grace', () => {
    expect(decideCallGrace(admitted, null, workSites, [call(1), call(2)], later)).toBeNull();
  });
});

describe('reading grace', () => {
  const grace: CallGrace = { guardStart: start, entries: [inGrace(1), inGrace(2, start + 60_000)] };

  it('tells a tab until when, only while it is still on the host it was admitted on', () => {
    const now = start + 60_000;
    expect(graceUntil(grace, 1, MEET, now)).toBe(start + GRACE_CAP_MS);
    expect(graceUntil(grace, 1, 'https://tracker.example.com/work/1', now)).toBeUndefined();
    expect(graceUntil(grace, 3, MEET, now)).toBeUndefined();
    expect(graceUntil(grace, undefined, MEET, now)).toBeUndefined();
    expect(graceUntil(null, 1, MEET, now)).toBeUndefined();
  });

  it('tells a page asking at the cap that its grace is over, before the refresh says so', () => {
    expect(graceUntil(grace, 1, MEET, start + GRACE_CAP_MS - 1)).toBe(start + GRACE_CAP_MS);
    expect(graceUntil(grace, 1, MEET, start + GRACE_CAP_MS)).toBeUndefined();
  });

  it('wakes at the earliest end: a silence running out, or the cap', () => {
    expect(graceWakeAt(grace)).toBe(start + 60_000 + QUIET_MS);
    expect(graceWakeAt({ guardStart: start, entries: [inGrace(1)] })).toBe(start + GRACE_CAP_MS);
    expect(graceWakeAt({ guardStart: start, entries: [] })).toBeNull();
    expect(graceWakeAt(null)).toBeNull();
  });

  it('keys only what pages show, so a silence beginning touches no tab', () => {
    expect(graceKey(grace)).toBe(graceKey({ guardStart: start, entries: [inGrace(1), inGrace(2)] }));
    expect(graceKey(grace)).not.toBe(graceKey({ guardStart: start, entries: [inGrace(1)] }));
    expect(graceKey(null)).not.toBe(graceKey({ guardStart: start, entries: [] }));
  });

  it.each([
    ['an older shape', { tabs: [1] }],
    ['nothing stored', undefined],
    ['a bad entry', { guardStart: start, entries: [{ tabId: '1', host: 'x', quietSince: null }] }],
  ])('reads %s back from storage as no grace', (_, stored) => {
    expect(parseCallGrace(stored)).toBeNull();
  });

  it('reads its own records back unchanged', () => {
    expect(parseCallGrace(JSON.parse(JSON.stringify(grace)))).toEqual(grace);
  });
});
