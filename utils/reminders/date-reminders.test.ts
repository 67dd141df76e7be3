import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { dateReminders, nextAgreementReview } from './date-reminders';

const CLUB = { id: 'club', what: 'Find a club', who: 'alex', by: '2026-12-10', success: 'A place', reviewOn: '2026-12-05', state: 'open' };
const DONE = { ...CLUB, id: 'done', what: 'Done already', state: 'done' };
const base = agreementIn('Europe/Berlin', { commitments: [CLUB, DONE] });
const agreement = {
  ...base,
  focusSeasons: [{ id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-01', end: '2026-12-20', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-10' }],
  reviewRhythm: { everyMonths: 3, from: '2026-10-01' },
};
const within = (from: string, days: number) => dateReminders(agreement, at(from), days * MS_PER_DAY).map((r) => `${r.about}:${r.id} ${utc([r.at])[0]}`);

describe('reminders the day before an agreed date', () => {
  it('reminds of an open commitment’s review and due date and a season’s review, at 09:00 the day before', () => {
    expect(within('2026-12-04T08:00:00+01:00', 1)).toEqual(['commitmentReview:club 2026-12-04T08:00:00.000Z']);
    expect(within('2026-12-09T00:00:00+01:00', 1)).toEqual(['commitmentDue:club 2026-12-09T08:00:00.000Z', 'seasonReview:launch 2026-12-09T08:00:00.000Z']);
  });

  it('reminds of the agreement’s review by its rhythm', () => {
    expect(within('2026-12-31T00:00:00+01:00', 1)).toEqual(['agreementReview:agreement 2026-12-31T08:00:00.000Z']);
  });

  it('counts review dates every N months from the first, keeping the day within short months', () => {
    expect(nextAgreementReview({ everyMonths: 3, from: '2026-10-01' }, '2026-12-15')).toBe('2027-01-01');
    expect(nextAgreementReview({ everyMonths: 1, from: '2026-01-31' }, '2026-02-01')).toBe('2026-02-28');
    expect(nextAgreementReview({ everyMonths: 6, from: '2027-03-01' }, '2026-12-15')).toBe('2027-03-01');
  });
});
