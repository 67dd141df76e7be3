import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement-schema';
import { parseAgreement } from '../parse-agreement';
import { catalogTranslator } from '../../i18n/translate';
import { describeChanges } from './describe-changes';

const catalog = (lang: string) => catalogTranslator(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));
const en = catalog('en');
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

function agreement(change: (doc: any) => void = () => {}): Agreement {
  const doc = structuredClone(EXAMPLE);
  change(doc);
  const result = parseAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.agreement;
}

const BEFORE = agreement();
const changes = (change: (doc: any) => void, locale = 'en-GB', t = en) => describeChanges(BEFORE, agreement(change), locale, t);

describe('describeChanges', () => {
  it('says nothing when nothing changed, nor when only the order did', () => {
    expect(changes(() => {})).toEqual([]);
    expect(changes((d) => d.rituals.reverse())).toEqual([]);
  });

  it.each([
    ['household', (d: any) => (d.household = { timeZone: 'Europe/London', weekStartsOn: 'sun' }), ['Household: time zone Europe/Berlin → Europe/London', 'Household: week starts on Monday → Sunday']],
    ['a partner’s name', (d: any) => (d.partners[1].name = 'Samira'), ['Sam: name “Sam” → “Samira”']],
    [
      'a partner’s working hours',
      (d: any) => {
        d.partners[0].workingHours.fri = [{ start: '08:30', end: '13:00' }];
        d.partners[1].workingHours.sat = [];
      },
      ['Alex: hours on Friday 08:30–15:00 → 08:30–13:00', 'Sam: hours on Saturday 09:00–11:00 → none'],
    ],
    [
      'work sites',
      (d: any) => {
        d.workSites.pop();
        d.workSites.push({ pattern: '*://figma.com/*', category: 'design', label: 'Figma' });
        d.workSites[0].category = 'other';
      },
      ['Work site removed: Our company intranet', 'Slack: kind of work Chat → Other', 'New work site: Figma (*://figma.com/*)'],
    ],
    ['a zone’s end', (d: any) => (d.zones[0].end = '07:30'), ['Family evenings: ends 07:00 → 07:30']],
    [
      'zones added, removed and changed',
      (d: any) => {
        d.zones[2].mode = 'dim';
        d.zones[2].days = ['sat', 'sun'];
        d.zones.splice(1, 1);
        d.zones.push({ id: 'lunch', label: 'Lunch', days: ['mon'], start: '12:00', end: '13:00', mode: 'block' });
      },
      ['Zone removed: Our Sunday', 'Saturday market: days Sat → Sat and Sun', 'Saturday market: does records only → dims work sites', 'New zone: Lunch, Mon 12:00–13:00, blocks work sites'],
    ],
    [
      'special days',
      (d: any) => {
        d.specialDays[0].repeats = undefined;
        d.specialDays[1].start = '12:00';
        d.specialDays.push({ id: 'wedding', label: 'Our wedding day', date: '2020-06-15', mode: 'block', repeats: 'yearly' });
      },
      ["Mia's birthday: happens every year → once", 'Christmas Eve afternoon: starts 14:00 → 12:00', 'New special day: Our wedding day, 15 Jun 2020 (every year), all day'],
    ],
    [
      'rituals',
      (d: any) => {
        d.rituals[0].recurrence = { kind: 'daily' };
        d.rituals[1].durationMinutes = 60;
        d.rituals[2].protected = false;
        delete d.rituals[2].checkIn;
        d.rituals[3].recurrence.week = 1;
        d.rituals.push({ id: 'sunday-walk', label: 'Sunday walk', recurrence: { kind: 'weekly', days: ['sun'] }, time: '10:00', durationMinutes: 60, reminderMinutes: 0, protected: false });
      },
      [
        'Shared breakfast: repeats Mon, Tue, Wed, Thu and Fri → every day',
        'Evening walk: lasts 45 mins → 1 hr',
        'Weekly check-in: protected yes → no',
        'Weekly check-in: weekly check-in yes → no',
        'Dream date: repeats the last Friday of the month → the first Friday of the month',
        'New ritual: Sunday walk, 10:00 (Sun)',
      ],
    ],
    [
      'a ritual removed (and the plan that paused it)',
      (d: any) => {
        d.rituals.splice(3, 1);
        d.contingencyPlans[0].pausedRituals = [];
      },
      ['Ritual removed: Dream date', 'Deadline crunch: pauses Dream date → none'],
    ],
    [
      'focus seasons',
      (d: any) => {
        d.focusSeasons[0].lead = 'alex';
        d.focusSeasons[0].reviewOn = '2026-12-04';
        d.focusSeasons[0].weeklyAfterHoursMinutes = 240;
      },
      ['Sam\'s product launch: led by Sam → Alex', "Sam's product launch: after hours a week 5 hrs → 4 hrs", "Sam's product launch: review on 1 Dec 2026 → 4 Dec 2026"],
    ],
    ['a focus season removed', (d: any) => (d.focusSeasons = []), ["Focus season removed: Sam's product launch"]],
    [
      'commitments',
      (d: any) => {
        d.commitments[0].state = 'done';
        d.commitments[0].stateNote = 'Three afternoons at the Kinderhaus';
        d.commitments[1].by = '2027-02-28';
        d.commitments.push({ id: 'gym', what: 'Gym twice a week', who: 'sam', by: '2027-03-01', success: 'Sam goes twice a week', reviewOn: '2027-02-01', state: 'open' });
      },
      [
        'Find an after-school club for Mia: state open → done',
        'Find an after-school club for Mia: note none → “Three afternoons at the Kinderhaus”',
        'No laptops at the dinner table: due 31 Jan 2027 → 28 Feb 2027',
        'New commitment: Gym twice a week (Sam, 1 Mar 2027)',
      ],
    ],
    [
      'contingency plans',
      (d: any) => {
        d.contingencyPlans[0].trackZones = 'all';
        d.contingencyPlans[0].weeklyAfterHoursMinutes = undefined;
        d.contingencyPlans.splice(1, 1);
        d.contingencyPlans.push({ id: 'travel', name: 'Travel week', trackZones: ['evenings', 'sundays'], pausedRituals: ['breakfast'] });
      },
      [
        'Contingency plan removed: Sick child',
        'Deadline crunch: only records Family evenings → every zone and special day',
        'Deadline crunch: after hours a week 8 hrs → none',
        'New contingency plan: Travel week',
      ],
    ],
    ['the budget', (d: any) => (d.budget.weeklyAfterHoursMinutes = 90), ['Weekly budget: after hours a week 2 hrs → 1 hr 30 mins']],
    [
      'the override policy',
      (d: any) => (d.overridePolicy = { maxMinutes: 20, perWeek: 5, reasonRequired: false }),
      ['Overrides: longest override 15 mins → 20 mins', 'Overrides: overrides a week 3 → 5', 'Overrides: reason required yes → no'],
    ],
    ['the review rhythm', (d: any) => (d.reviewRhythm = { everyMonths: 6, from: '2027-04-01' }), ['Review rhythm: months between reviews 3 → 6', 'Review rhythm: next review 4 Jan 2027 → 1 Apr 2027']],
  ])('describes %s', (_, change, expected) => {
    expect(changes(change as (d: any) => void)).toEqual(expected);
  });

  it('speaks the reader’s language and forms', () => {
    expect(changes((d) => (d.zones[0].end = '07:30'), 'de', catalog('de'))).toEqual(['Family evenings: endet 07:00 → 07:30']);
    expect(changes((d) => (d.zones[0].end = '07:30'), 'en-US')).toEqual(['Family evenings: ends 7:00 AM → 7:30 AM']);
  });
});
