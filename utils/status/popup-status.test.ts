import { describe, expect, it } from 'vitest';
import type { AgreementRevision } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { workInterval } from '../tracking/interval-fixture';
import { popupStatus, type PopupStatusInput } from './popup-status';
import { household } from './status-fixture';

const berlin = household();
const revisions: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-11-01T00:00:00+01:00'), source: 'import', agreement: berlin }];

const work = (start: string, end: string, domain?: string) => workInterval(start, end, domain);

const input = (now: string, changes: Partial<PopupStatusInput> = {}): PopupStatusInput => ({
  now: at(now),
  revisions,
  agreement: berlin,
  ownerId: 'alex',
  overrides: [],
  intervals: [],
  openInterval: null,
  note: undefined,
  marks: undefined,
  locale: 'en-GB',
  ...changes,
});

describe('popupStatus', () => {
  // Wednesday 2026-11-25, 18:10 in Berlin: Alex's hours ended at 17:00, the evening zone starts at 19:00.
  const NOW = '2026-11-25T18:10:00+01:00';

  it('counts this week\'s after-hours work, today\'s and the open interval\'s, for the owner', () => {
    const status = popupStatus(
      input(NOW, {
        intervals: [
          // Last week: not this week's (the household week starts on Monday).
          work('2026-11-22T21:00:00+01:00', '2026-11-22T22:00:00+01:00'),
          // Monday: 16:30-17:30 is half in hours.
          work('2026-11-23T16:30:00+01:00', '2026-11-23T17:30:00+01:00'),
          // Today's first stretch, and the open one as last checkpointed (stale end).
          work('2026-11-25T17:20:00+01:00', '2026-11-25T17:40:00+01:00'),
          work('2026-11-25T17:55:00+01:00', '2026-11-25T18:00:00+01:00'),
        ],
        openInterval: work('2026-11-25T17:55:00+01:00', '2026-11-25T18:09:50+01:00'),
      }),
    );
    // Today: 20 min + 14 min 50 s = 34 min 50 s; the week adds Monday's 30 min after 17:00.
    expect(status.me).toEqual({ kind: 'after-hours', minutesToday: 35 });
    expect(status.budget).toEqual({ usedMinutes: 65, budgetMinutes: 120, ratio: 65 / 120 });
    expect(status.timeZone).toBe('Europe/Berlin');
    expect(status.linked).toBe(false);
  });

  it("judges by this browser's partner: Sam's Monday evening is in hours, Alex's is after hours", () => {
    const monday = [work('2026-11-23T18:00:00+01:00', '2026-11-23T19:00:00+01:00')];
    expect(popupStatus(input(NOW, { intervals: monday })).budget.usedMinutes).toBe(60);
    expect(popupStatus(input(NOW, { intervals: monday, ownerId: 'sam' })).budget.usedMinutes).toBe(0);
  });

  it('shows the next ritual with its countdown, and rituals that just ended with their marks', () => {
    const breakfast = at('2026-11-25T07:15:00+01:00');
    const status = popupStatus(
      input('2026-11-25T08:30:00+01:00', {
        marks: [{ ritualId: 'breakfast', start: breakfast, outcome: 'kept', markedAt: at('2026-11-25T07:50:00+01:00') }],
      }),
    );
    expect(status.nextRitual).toEqual({
      ritualId: 'walk',
      label: 'Evening walk',
      start: at('2026-11-25T19:30:00+01:00'),
      end: at('2026-11-25T20:15:00+01:00'),
      countdown: { key: 'popupCountdownHours', count: 11 },
    });
    expect(status.endedRituals).toEqual([{ ritualId: 'breakfast', label: 'Shared breakfast', start: breakfast, end: at('2026-11-25T07:45:00+01:00'), outcome: 'kept' }]);
    expect(status.runningRituals).toEqual([]);
  });

  it("says when a ritual's mark is Hearth's guess rather than the person's word", () => {
    const breakfast = at('2026-11-25T07:15:00+01:00');
    const ended = { ritualId: 'breakfast', label: 'Shared breakfast', start: breakfast, end: at('2026-11-25T07:45:00+01:00') };
    const guess = { ritualId: 'breakfast', start: breakfast, outcome: 'skipped', markedAt: at('2026-11-25T07:46:00+01:00'), source: 'auto' };
    expect(popupStatus(input('2026-11-25T08:30:00+01:00', { marks: [guess] })).endedRituals).toEqual([{ ...ended, outcome: 'skipped', guessed: true }]);
    // The person's correction replaces the guess (withRitualMark), and with it the "guess" flag.
    const corrected = { ...guess, outcome: 'kept', source: 'person' };
    expect(popupStatus(input('2026-11-25T08:30:00+01:00', { marks: [corrected] })).endedRituals).toEqual([{ ...ended, outcome: 'kept' }]);
  });

  it('names the override running in a zone, the latest-ending one of several', () => {
    const status = popupStatus(
      input('2026-11-25T20:00:00+01:00', {
        overrides: [
          { site: 'github.com', end: at('2026-11-25T20:05:00+01:00') },
          { site: 'app.slack.com', end: at('2026-11-25T20:10:00+01:00') },
          { site: 'mail.google.com', end: at('2026-11-25T19:59:00+01:00') },
        ],
      }),
    );
    expect(status.me).toEqual({ kind: 'override', until: at('2026-11-25T20:10:00+01:00'), site: 'app.slack.com' });
  });

  it('says since when the state has held, for the partner', () => {
    expect(popupStatus(input('2026-11-25T20:00:00+01:00')).meSince).toBe(at('2026-11-25T19:00:00+01:00'));
    const open = work('2026-11-25T17:50:00+01:00', '2026-11-25T18:09:50+01:00');
    expect(popupStatus(input(NOW, { intervals: [open], openInterval: open })).meSince).toBe(at('2026-11-25T17:50:00+01:00'));
  });

  it('returns the stored note, and none for a damaged one', () => {
    expect(popupStatus(input(NOW, { note: 'Deadline Thursday' })).note).toBe('Deadline Thursday');
    expect(popupStatus(input(NOW, { note: { text: 'x' } })).note).toBe('');
  });

  it('is plain data that survives the JSON of runtime messaging', () => {
    const status = popupStatus(input(NOW, { openInterval: work('2026-11-25T18:00:00+01:00', '2026-11-25T18:09:50+01:00') }));
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});
