import { describe, expect, it } from 'vitest';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { dateReminders } from '../reminders/date-reminders';
import { freshAnswers } from '../welcome/welcome-answers';
import { welcomeAgreement } from '../welcome/welcome-agreement';
import { zoneFromTemplate } from '../welcome/welcome-templates';
import { reviewedAgreement } from './agreement-review';
import { parseAgreement } from './parse-agreement';
import { reviewsDue } from './reviews-due';
import { sampleAgreement } from './sample-agreement';

const season = { id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-01', end: '2026-12-20', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };
const agreement = { ...agreementIn('Europe/Berlin'), focusSeasons: [season], reviewRhythm: { everyMonths: 3, from: '2027-01-04' } };
const launch = [{ id: 'launch', label: 'Launch' }];

describe('a focus season’s review', () => {
  it.each([
    ['before its review date', '2026-11-30', []],
    ['on its review date', '2026-12-01', launch],
    ['days after it, not yet held', '2026-12-06', launch],
    ['until the season ends', '2026-12-20', launch],
    ['after it ended', '2026-12-21', []],
  ])('%s', (_, today, seasons) => {
    expect(reviewsDue(agreement, today).seasons).toEqual(seasons);
  });
});

describe('the agreement’s review', () => {
  it.each([
    ['the day before its date', '2027-01-03', false],
    ['on its date', '2027-01-04', true],
    ['still five days later, while it is not held', '2027-01-09', true],
    ['still a rhythm later', '2027-04-20', true],
  ])('is due %s: %s', (_, today, due) => {
    expect(reviewsDue(agreement, today).agreement).toBe(due);
  });

  it('is no longer due once held, days late, until a rhythm after that day', () => {
    const held = reviewedAgreement(agreement, agreement, '2027-01-09');
    expect(held.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-04-09' });
    expect(reviewsDue(held, '2027-01-09').agreement).toBe(false);
    expect(reviewsDue(held, '2027-04-08').agreement).toBe(false);
    expect(reviewsDue(held, '2027-04-09').agreement).toBe(true);
  });

  it('reminds the day before its date once, and not every day it stays due', () => {
    const reminders = (from: string, days: number) =>
      dateReminders(agreement, at(from), days * MS_PER_DAY).filter((reminder) => reminder.about === 'agreementReview').map((reminder) => reminder.date);
    expect(reminders('2027-01-01T00:00:00+01:00', 7)).toEqual(['2027-01-04']);
    expect(reminders('2027-01-03T09:00:00+01:00', 60)).toEqual([]);
  });
});

describe('a new agreement’s first review', () => {
  const NOW = Date.parse('2026-11-30T23:30:00Z'); // 1 December in Berlin
  const today = '2026-12-01';

  it('is not due the day the couple set it up in the welcome page, but a quarter later', () => {
    const made = welcomeAgreement(
      { ...freshAnswers('Europe/Berlin'), names: ['Alex', 'Sam'], mine: 0, zones: [zoneFromTemplate('dinner', (key) => key)], ritual: null, sites: ['github'] },
      NOW,
    );
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    expect(made.agreement.reviewRhythm.from).toBe('2027-03-01');
    expect(reviewsDue(made.agreement, today).agreement).toBe(false);
  });

  it('is not due the day the example is loaded, but a rhythm later', () => {
    const loaded = parseAgreement(sampleAgreement(NOW));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.agreement.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-03-01' });
    expect(reviewsDue(loaded.agreement, today).agreement).toBe(false);
  });
});
