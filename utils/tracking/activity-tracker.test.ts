import { describe, expect, it } from 'vitest';
import type { WorkSite } from '../agreement/agreement-schema';
import type { ActivityInterval } from './activity-interval';
import { INITIAL_TRACKER_STATE, observeActivity, type TrackerState } from './activity-tracker';
import type { BrowserObservation } from './browser-observation';
import { DEFAULT_TRACKING_SETTINGS, type TrackingSettings } from './tracking-settings';

const sites: WorkSite[] = [
  { pattern: '*://app.slack.com/*', category: 'chat' },
  { pattern: '*://github.com/*', category: 'code' },
  { pattern: '*://meet.google.com/*', category: 'meetings' },
];
const SLACK = 'https://app.slack.com/client/T1';
const GITHUB = 'https://github.com/acme/app/pull/1';
const MEET = 'https://meet.google.com/abc-defg-hij';
const NEWS = 'https://news.example.org/';
const T0 = Date.parse('2026-11-23T20:00:00Z');
const s = (seconds: number) => T0 + seconds * 1000;

type Step = Partial<BrowserObservation> & { at: number };

/** Replays observations, applying writes to a store the way Dexie's bulkPut would. */
function replay(steps: Step[], settings: TrackingSettings = DEFAULT_TRACKING_SETTINGS, start: TrackerState = INITIAL_TRACKER_STATE) {
  const store = new Map<string, ActivityInterval>();
  let state = start;
  let writes = 0;
  for (const step of steps) {
    const observation: BrowserObservation = { focusedUrl: null, audibleUrls: [], idle: 'active', ...step };
    const result = observeActivity(state, observation, sites, settings);
    state = result.state;
    writes += result.writes.length;
    for (const interval of result.writes) store.set(interval.id, interval);
  }
  // Readers see what is stored plus the interval still open in the worker's session state.
  const visible = new Map(store);
  if (state.open) visible.set(state.open.id, state.open);
  const stored = [...visible.values()].sort((a, b) => a.start - b.start).map(({ domain, start, end, audible }) => ({ domain, from: (start - T0) / 1000, to: (end - T0) / 1000, audible }));
  const written = [...store.values()].map(({ start, end }) => [(start - T0) / 1000, (end - T0) / 1000]);
  return { stored, written, state, writes };
}

const every = (from: number, to: number, stepSeconds: number, extra: Partial<BrowserObservation>): Step[] =>
  Array.from({ length: Math.floor((to - from) / stepSeconds) + 1 }, (_, i) => ({ at: s(from + i * stepSeconds), ...extra }));

describe('observeActivity', () => {
  it('grows one interval while the same work site stays in use', () => {
    const { stored } = replay(every(0, 300, 30, { focusedUrl: SLACK }));
    expect(stored).toEqual([{ domain: 'app.slack.com', from: 0, to: 300, audible: false }]);
  });

  it.each([
    ['a tab switch to another work site', [{ at: s(0), focusedUrl: SLACK }, { at: s(42.5), focusedUrl: GITHUB }, { at: s(60), focusedUrl: GITHUB }], [['app.slack.com', 0, 42.5], ['github.com', 42.5, 60]]],
    ['a switch to a site that is not work', [{ at: s(0), focusedUrl: SLACK }, { at: s(20), focusedUrl: NEWS }, { at: s(50), focusedUrl: NEWS }], [['app.slack.com', 0, 20]]],
    ['the browser losing focus to another program', [{ at: s(0), focusedUrl: GITHUB }, { at: s(45), focusedUrl: null }], [['github.com', 0, 45]]],
    ['navigating within a single-page app on the same site', [{ at: s(0), focusedUrl: SLACK }, { at: s(10), focusedUrl: 'https://app.slack.com/client/T1/C2' }, { at: s(30), focusedUrl: SLACK }], [['app.slack.com', 0, 30]]],
    ['a single-page app navigating to another work site', [{ at: s(0), focusedUrl: GITHUB }, { at: s(12), focusedUrl: SLACK }, { at: s(20), focusedUrl: SLACK }], [['github.com', 0, 12], ['app.slack.com', 12, 20]]],
    ['the work tab closing', [{ at: s(0), focusedUrl: GITHUB }, { at: s(33), focusedUrl: NEWS }], [['github.com', 0, 33]]],
  ] as const)('attributes %s to the instant it happened', (_, steps, expected) => {
    const { stored } = replay(steps as unknown as Step[]);
    expect(stored.map(({ domain, from, to }) => [domain, from, to])).toEqual(expected);
  });

  it('trims idleness back to when it began rather than counting through it', () => {
    const steps: Step[] = [...every(0, 270, 30, { focusedUrl: SLACK }), { at: s(300), focusedUrl: SLACK, idle: 'idle', idleSince: s(120) }];
    expect(replay(steps).stored).toEqual([{ domain: 'app.slack.com', from: 0, to: 120, audible: false }]);
  });

  it('starts afresh when the person comes back', () => {
    // Heartbeats come every 30 s while an interval is open; the idle event comes a threshold after the last input.
    const steps: Step[] = [
      ...every(0, 180, 30, { focusedUrl: SLACK }),
      { at: s(200), focusedUrl: SLACK, idle: 'idle', idleSince: s(20) },
      { at: s(500), focusedUrl: SLACK },
      { at: s(530), focusedUrl: SLACK },
    ];
    expect(replay(steps).stored.map(({ from, to }) => [from, to])).toEqual([[0, 20], [500, 530]]);
  });

  it('counts an audible call as work without input, and stops when the screen locks', () => {
    const steps: Step[] = [
      { at: s(0), focusedUrl: MEET, audibleUrls: [MEET] },
      { at: s(30), focusedUrl: MEET, audibleUrls: [MEET], idle: 'idle', idleSince: s(5) },
      { at: s(60), focusedUrl: MEET, audibleUrls: [MEET], idle: 'idle', idleSince: s(5) },
      { at: s(90), focusedUrl: MEET, audibleUrls: [MEET], idle: 'locked', idleSince: s(90) },
    ];
    expect(replay(steps).stored).toEqual([{ domain: 'meet.google.com', from: 0, to: 90, audible: true }]);
  });

  it('counts a call in a background tab while another site is not work', () => {
    const steps: Step[] = [
      { at: s(0), focusedUrl: NEWS, audibleUrls: [MEET] },
      { at: s(60), focusedUrl: NEWS, audibleUrls: [] },
    ];
    expect(replay(steps).stored).toEqual([{ domain: 'meet.google.com', from: 0, to: 60, audible: true }]);
  });

  it('does not count calls when the person turned that off', () => {
    const steps: Step[] = [
      ...every(0, 180, 30, { focusedUrl: MEET, audibleUrls: [MEET] }),
      { at: s(200), focusedUrl: MEET, audibleUrls: [MEET], idle: 'idle', idleSince: s(20) },
    ];
    expect(replay(steps, { ...DEFAULT_TRACKING_SETTINGS, countAudible: false }).stored).toEqual([{ domain: 'meet.google.com', from: 0, to: 20, audible: false }]);
  });

  it.each([
    ['forward (sleep or hibernate)', 30 + 600],
    ['backwards (the clock was changed)', -3600],
  ])('never counts a clock jump %s: the interval closes at its last checkpoint', (_, jumpTo) => {
    const steps: Step[] = [...every(0, 30, 15, { focusedUrl: GITHUB }), { at: s(jumpTo), focusedUrl: GITHUB }, { at: s(jumpTo + 20), focusedUrl: GITHUB }];
    expect(replay(steps).stored.map(({ from, to }) => [from, to])).toEqual(
      jumpTo > 0 ? [[0, 30], [jumpTo, jumpTo + 20]] : [[jumpTo, jumpTo + 20], [0, 30]],
    );
  });

  it('checkpoints at least every 30 s, so a crash loses at most 30 s, with few writes', () => {
    // One observation a second for five minutes: what is stored never lags the truth by more than 30 s.
    const store = new Map<string, ActivityInterval>();
    let state = INITIAL_TRACKER_STATE;
    let writes = 0;
    for (let second = 0; second <= 300; second++) {
      const result = observeActivity(state, { at: s(second), focusedUrl: SLACK, audibleUrls: [], idle: 'active' }, sites, DEFAULT_TRACKING_SETTINGS);
      state = result.state;
      writes += result.writes.length;
      for (const interval of result.writes) store.set(interval.id, interval);
      const stored = [...store.values()][0]!;
      expect(s(second) - stored.end).toBeLessThan(30_000);
    }
    expect(writes).toBe(11);
  });

  it('continues the same interval after the worker restarts with its saved state', () => {
    const before = replay(every(0, 60, 30, { focusedUrl: SLACK }));
    const after = replay([{ at: s(85), focusedUrl: SLACK }, { at: s(115), focusedUrl: SLACK }], DEFAULT_TRACKING_SETTINGS, before.state);
    expect(after.stored).toEqual([{ domain: 'app.slack.com', from: 0, to: 115, audible: false }]);
  });

  it('after a crash that lost the worker state, keeps the checkpointed interval and starts anew', () => {
    const before = replay(every(0, 50, 10, { focusedUrl: SLACK }));
    // What survives a crash is only what was written: [0, 30], 20 s short of the 50 s worked.
    expect(before.written).toEqual([[0, 30]]);
    const after = replay([{ at: s(70), focusedUrl: SLACK }]);
    expect(after.stored.map(({ from, to }) => [from, to])).toEqual([[70, 70]]);
  });

  it('ignores pages that are not http(s)', () => {
    expect(replay([{ at: s(0), focusedUrl: 'chrome://extensions' }, { at: s(30), focusedUrl: 'about:blank' }]).stored).toEqual([]);
  });
});
