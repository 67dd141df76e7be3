import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { addMonths, dateReminders } from './date-reminders';

const CLUB = { id: 'club', what: 'Find a club', who: 'alex', by: '2026-12-10', success: 'A place', reviewOn: '2026-12-05', state: 'open' };
const DONE = { ...CLUB, id: 'done', what: 'Done already', state: 'done' };
const base = agreementIn('Europe/Berlin', { commitments: [CLUB, DONE] });
const agreement = {
  ...base,
  focusSeasons: [{ id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-01', end: '2026-12-20', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-10' }],
  reviewRhythm: { everyMonths: 3, from: '2027-01-01' },
};
const within = (from: string, days: number) => dateReminders(agreement, at(from), days * MS_PER_DAY).map((r) => `${r.about}:${r.id} ${utc([r.at])[0]}`);

describe('reminders the day before an agreed date', () => {
  it('reminds of an open commitment’s review and due date and a season’s review, at 09:00 the day before', () => {
    expect(within('2026-12-04T08:00:00+01:00', 1)).toEqual(['commitmentReview:club 2026-12-04T08:00:00.000Z']);
    expect(within('2026-12-09T00:00:00+01:00', 1)).toEqual(['commitmentDue:club 2026-12-09T08:00:00.000Z', 'seasonReview:launch 2026-12-09T08:00:00.000Z']);
  });

  it('reminds of the agreement’s next review the day before, and not again once its date has passed', () => {
    expect(within('2026-12-31T00:00:00+01:00', 1)).toEqual(['agreementReview:agreement 2026-12-31T08:00:00.000Z']);
    expect(within('2027-01-01T00:00:00+01:00', 90).filter((line) => line.startsWith('agreementReview'))).toEqual([]);
  });

  it('counts months keeping the day within short months', () => {
    expect(addMonths('2026-10-01', 3)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
