import { describe, expect, it } from 'vitest';
import type { PopupStatus } from './popup-status';
import { statusExpiresAt } from './status-expiry';

const NOW = Date.parse('2026-11-23T19:00:00Z');
const min = (n: number) => NOW + n * 60_000;
const ritual = (start: number, end: number) => ({ ritualId: 'walk', label: 'Evening walk', start, end });

const status = (changes: Partial<PopupStatus>): PopupStatus => ({
  now: NOW,
  timeZone: 'Europe/Berlin',
  me: { kind: 'off' },
  meSince: null,
  changesAt: min(600),
  budget: { usedMinutes: 0, budgetMinutes: 120, ratio: 0 },
  nextRitual: null,
  runningRituals: [],
  endedRituals: [],
  note: '',
  linked: false,
  ...changes,
});

describe('statusExpiresAt', () => {
  it.each<[string, Partial<PopupStatus>, number]>([
    ['nothing due but the clock-only change the status names', {}, min(600)],
    ['working hours ending first (changesAt)', { changesAt: min(25), nextRitual: { ...ritual(min(30), min(75)), countdown: { key: 'popupCountdownMinutes', count: 30 } } }, min(25)],
    ['the next ritual starting', { nextRitual: { ...ritual(min(30), min(75)), countdown: { key: 'popupCountdownMinutes', count: 30 } } }, min(30)],
    ['a running ritual ending first', { runningRituals: [ritual(min(-10), min(20))], nextRitual: { ...ritual(min(30), min(75)), countdown: { key: 'popupCountdownMinutes', count: 30 } } }, min(20)],
    ['the zone ending', { me: { kind: 'zone', labels: ['Family evenings'], until: min(12) } }, min(12)],
    ['a zone without an end', { me: { kind: 'zone', labels: ['Family evenings'], until: null } }, min(600)],
    ['the override ending', { me: { kind: 'override', until: min(5), site: 'app.slack.com' } }, min(5)],
  ])('%s', (_, changes, expected) => {
    expect(statusExpiresAt(status(changes))).toBe(expected);
  });
});
