import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '@/utils/db/fresh-db';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementIn, at } from '@/utils/schedule/agreement-fixture';
import type { RitualMark } from '@/utils/status/ritual-marks';
import { intervalId, type ActivityInterval } from '@/utils/tracking/activity-interval';
import { invokedPlanStore } from '@/utils/plans/plan-store';
import { recordRitualOutcomes } from './ritual-outcomes';
import { TRACKER_STATE_KEY } from './tracker';

const daily = (id: string, time: string) => ({ id, label: id, recurrence: { kind: 'daily' }, time, durationMinutes: 30, reminderMinutes: 0, protected: false });
const work = (start: string, end: string): ActivityInterval => ({
  id: intervalId(at(start), 'github.com'),
  domain: 'github.com',
  category: 'code',
  start: at(start),
  end: at(end),
  audible: false,
});

const NOW = at('2026-10-21T21:00:00+02:00');
const PERSON: RitualMark = { ritualId: 'breakfast', start: at('2026-10-21T07:15:00+02:00'), outcome: 'skipped', markedAt: NOW - 1 };
let db: HearthDb;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDb('ritual-outcomes');
  await db.agreementRevisions.add({
    effectiveAt: at('2026-10-19T12:00:00+02:00'),
    source: 'edit',
    agreement: agreementIn('Europe/Berlin', { rituals: [daily('breakfast', '07:15'), daily('tea', '16:00'), daily('walk', '19:30'), daily('story', '20:20')] }),
  });
  await db.intervals.put(work('2026-10-21T19:40:00+02:00', '2026-10-21T19:50:00+02:00'));
  await db.ritualMarks.put(PERSON);
  // Six minutes of work in the story's last minutes (more than the five tolerated), not yet
  // checkpointed: only the tracker's open interval knows it.
  await fakeBrowser.storage.session.set({ [TRACKER_STATE_KEY]: { open: work('2026-10-21T20:44:00+02:00', '2026-10-21T20:55:00+02:00'), lastAt: NOW, writtenEnd: null } });
});

const storedMarks = () => db.ritualMarks.orderBy('start').toArray();

describe('recordRitualOutcomes', () => {
  // Yesterday's story ended at 20:50, more than a day before: it is left for the person.
  it("marks the last day's ended rituals from the recorded work, leaving the person's marks alone", async () => {
    await recordRitualOutcomes(db, NOW);
    const auto = (ritualId: string, start: string, outcome: RitualMark['outcome']) => ({ ritualId, start: at(start), outcome, markedAt: NOW, source: 'auto' });
    expect(await storedMarks()).toEqual([
      PERSON,
      auto('tea', '2026-10-21T16:00:00+02:00', 'kept'),
      auto('walk', '2026-10-21T19:30:00+02:00', 'skipped'),
      auto('story', '2026-10-21T20:20:00+02:00', 'skipped'),
    ]);
  });

  it('guesses nothing for a ritual that a plan holding when it began paused', async () => {
    const crunch = { id: 'crunch', name: 'Deadline crunch', trackZones: 'all', pausedRituals: ['walk'] };
    await db.agreementRevisions.add({
      effectiveAt: at('2026-10-20T12:00:00+02:00'),
      source: 'edit',
      agreement: agreementIn('Europe/Berlin', { rituals: [daily('tea', '16:00'), daily('walk', '19:30'), daily('story', '20:20')], contingencyPlans: [crunch] }),
    });
    await invokedPlanStore.save(db, [{ planId: 'crunch', start: at('2026-10-21T18:00:00+02:00'), end: at('2026-10-21T20:00:00+02:00') }]);
    await recordRitualOutcomes(db, NOW);
    // The walk fell in the plan and was worked through: no mark. The story came after it ended.
    expect((await storedMarks()).map(({ ritualId, outcome }) => [ritualId, outcome])).toEqual([
      ['breakfast', 'skipped'],
      ['tea', 'kept'],
      ['story', 'skipped'],
    ]);
  });

  it('writes nothing new when it looks again', async () => {
    await recordRitualOutcomes(db, NOW);
    const first = await storedMarks();
    await recordRitualOutcomes(db, NOW + 60_000);
    expect(await storedMarks()).toEqual(first);
  });
});
