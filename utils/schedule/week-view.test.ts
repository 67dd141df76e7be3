import { describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement/agreement-schema';
import { agreementIn, at, BREAKFAST, WALK } from './agreement-fixture';
import { weekView, type WeekView } from './week-view';

const WEDNESDAY = at('2026-11-25T12:00:00+01:00');
const EVENINGS = { id: 'evenings', label: 'Family evenings', days: ['mon'], start: '19:00', end: '07:00', mode: 'dim' };
const SUNDAY = { id: 'sundays', label: 'Our Sunday', days: ['sun'], start: '00:00', end: '24:00', mode: 'block' };
const DREAM_DATE = { id: 'dream-date', label: 'Dream date', recurrence: { kind: 'monthly', week: -1, day: 'fri' }, time: '20:00', durationMinutes: 180, reminderMinutes: 0, protected: true };

const startingOn = (agreement: Agreement, weekStartsOn: Agreement['household']['weekStartsOn']): Agreement => ({
  ...agreement,
  household: { ...agreement.household, weekStartsOn },
});

/** Each day's blocks of one kind as "date id start-end", compact enough to read a whole week at once. */
function drawn(view: WeekView, kind: string): string[] {
  return view.days.flatMap((day) => day.blocks.filter((block) => block.kind === kind).map((block) => `${day.date} ${block.id} ${block.start}-${block.end}`));
}

describe('weekView', () => {
  it('lays out the seven days of the household week in its order, from Monday', () => {
    const view = weekView(agreementIn('Europe/Berlin'), WEDNESDAY);
    expect(view.days.map((day) => `${day.weekday} ${day.date}`)).toEqual([
      'mon 2026-11-23', 'tue 2026-11-24', 'wed 2026-11-25', 'thu 2026-11-26', 'fri 2026-11-27', 'sat 2026-11-28', 'sun 2026-11-29',
    ]);
    expect(view.days.filter((day) => day.today).map((day) => day.date)).toEqual(['2026-11-25']);
    expect(view.now).toEqual({ date: '2026-11-25', minute: 12 * 60 });
  });

  it('starts the week on Sunday when the household does', () => {
    const view = weekView(startingOn(agreementIn('Europe/Berlin'), 'sun'), WEDNESDAY);
    expect(view.days.map((day) => day.date)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
    expect(view.days[0]!.weekday).toBe('sun');
  });

  it('picks the week and "today" by the household clock, not the machine’s', () => {
    // Tuesday 23:30 UTC is already Wednesday in Auckland.
    const view = weekView(agreementIn('Pacific/Auckland'), at('2026-11-24T23:30:00Z'));
    expect(view.now).toEqual({ date: '2026-11-25', minute: 12 * 60 + 30 });
    expect(view.days.find((day) => day.today)?.weekday).toBe('wed');
  });

  it('splits a zone that crosses midnight into its part on the start day and the part on the next', () => {
    const view = weekView(agreementIn('Europe/Berlin', { zones: [EVENINGS] }), WEDNESDAY);
    expect(drawn(view, 'zone')).toEqual(['2026-11-23 evenings 1140-1440', '2026-11-24 evenings 0-420']);
    const [evening, morning] = view.days.slice(0, 2).map((day) => day.blocks[0]!);
    expect(evening).toMatchObject({ from: 1140, to: 420, continued: false, continues: true, mode: 'dim', lane: 'zones', row: 0 });
    expect(morning).toMatchObject({ from: 1140, to: 420, continued: true, continues: false });
  });

  it('draws the morning of a zone that began the evening before the week, but not the part after it', () => {
    const sundayNight = { ...EVENINGS, days: ['sun'] };
    const fromMonday = weekView(agreementIn('Europe/Berlin', { zones: [sundayNight] }), WEDNESDAY);
    expect(drawn(fromMonday, 'zone')).toEqual(['2026-11-23 evenings 0-420', '2026-11-29 evenings 1140-1440']);
    const fromSunday = weekView(startingOn(agreementIn('Europe/Berlin', { zones: [sundayNight] }), 'sun'), WEDNESDAY);
    expect(drawn(fromSunday, 'zone')).toEqual(['2026-11-22 evenings 1140-1440', '2026-11-23 evenings 0-420']);
  });

  it('ends a zone at 24:00 on its own day, spilling nothing into the next', () => {
    const view = weekView(agreementIn('Europe/Berlin', { zones: [SUNDAY] }), WEDNESDAY);
    expect(drawn(view, 'zone')).toEqual(['2026-11-29 sundays 0-1440']);
    expect(view.days[6]!.blocks[0]).toMatchObject({ continued: false, continues: false, mode: 'block' });
  });

  it('draws each partner’s working hours in their own lane', () => {
    const partners = [
      { id: 'alex', name: 'Alex', workingHours: { mon: [{ start: '08:30', end: '12:30' }, { start: '13:30', end: '17:30' }] } },
      { id: 'sam', name: 'Sam', workingHours: { mon: [{ start: '10:00', end: '18:30' }], sat: [{ start: '22:00', end: '02:00' }] } },
    ];
    const view = weekView(agreementIn('Europe/Berlin', { partners }), WEDNESDAY);
    expect(view.days[0]!.blocks.map((block) => `${block.lane} ${block.label} ${block.start}-${block.end}`)).toEqual([
      'work:alex Alex 510-750', 'work:sam Sam 600-1110', 'work:alex Alex 810-1050',
    ]);
    expect(drawn(view, 'work').slice(3)).toEqual(['2026-11-28 sam 1320-1440', '2026-11-29 sam 0-120']);
    expect(view.lanes).toEqual([
      { key: 'work:alex', kind: 'work', partner: { id: 'alex', name: 'Alex' } },
      { key: 'work:sam', kind: 'work', partner: { id: 'sam', name: 'Sam' } },
    ]);
    expect(view.days[0]!.rows).toEqual({ 'work:alex': 1, 'work:sam': 1 });
  });

  it('shows an agreement with no zones with a lane for each partner and none for zones', () => {
    const view = weekView(agreementIn('Europe/Berlin', { rituals: [WALK] }), WEDNESDAY);
    expect(drawn(view, 'zone')).toEqual([]);
    expect(view.lanes.map((lane) => lane.key)).toEqual(['work:alex', 'work:sam', 'rituals']);
    expect(view.days.every((day) => day.blocks.length === 1)).toBe(true);
  });

  it('puts a weekly ritual on its weekdays only, marked protected and dimming', () => {
    const view = weekView(agreementIn('Europe/Berlin', { rituals: [BREAKFAST] }), WEDNESDAY);
    expect(drawn(view, 'ritual')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map((date) => `${date} breakfast 435-465`));
    expect(view.days[0]!.blocks[0]).toMatchObject({ label: 'Shared breakfast', protected: true, mode: 'dim', monthly: false, lane: 'rituals' });
  });

  it('leaves an unprotected ritual without a guard mode', () => {
    const view = weekView(agreementIn('Europe/Berlin', { rituals: [WALK] }), WEDNESDAY);
    expect(view.days[3]!.blocks[0]).toMatchObject({ id: 'walk', start: 1170, end: 1215, protected: false, mode: null });
  });

  it('shows a monthly ritual on its date in the week it falls, marked monthly, and not in other weeks', () => {
    const agreement = agreementIn('Europe/Berlin', { rituals: [DREAM_DATE] });
    const lastFridayWeek = weekView(agreement, WEDNESDAY);
    expect(drawn(lastFridayWeek, 'ritual')).toEqual(['2026-11-27 dream-date 1200-1380']);
    expect(lastFridayWeek.days[4]!.blocks[0]!.monthly).toBe(true);
    expect(drawn(weekView(agreement, at('2026-12-02T12:00:00+01:00')), 'ritual')).toEqual([]);
  });

  it('splits a ritual that runs past midnight like a zone', () => {
    const lateCall = { ...WALK, id: 'late-call', recurrence: { kind: 'weekly', days: ['thu'] }, time: '23:30', durationMinutes: 60 };
    const wholeDay = { ...WALK, id: 'retreat', recurrence: { kind: 'weekly', days: ['sat'] }, time: '00:00', durationMinutes: 24 * 60 };
    const view = weekView(agreementIn('Europe/Berlin', { rituals: [lateCall, wholeDay] }), WEDNESDAY);
    expect(drawn(view, 'ritual')).toEqual(['2026-11-26 late-call 1410-1440', '2026-11-27 late-call 0-30', '2026-11-28 retreat 0-1440']);
    expect(view.days[4]!.blocks[0]).toMatchObject({ from: 1410, to: 30, continued: true });
  });

  it('draws the special days of the shown week only, a whole day when it has no times', () => {
    const specialDays = [
      { id: 'birthday', label: "Mia's birthday", date: '2026-11-28', mode: 'block' },
      { id: 'party', label: 'Party night', date: '2026-11-27', start: '20:00', end: '02:00', mode: 'track' },
      { id: 'christmas', label: 'Christmas Eve', date: '2026-12-24', start: '14:00', end: '24:00', mode: 'block' },
    ];
    const view = weekView(agreementIn('Europe/Berlin', { specialDays }), WEDNESDAY);
    expect(drawn(view, 'special-day')).toEqual(['2026-11-27 party 1200-1440', '2026-11-28 party 0-120', '2026-11-28 birthday 0-1440']);
    expect(view.days[5]!.blocks.map((block) => `${block.id} row ${block.row}`)).toEqual(['party row 0', 'birthday row 1']);
    expect(view.days.map((day) => day.rows.zones)).toEqual([1, 1, 1, 1, 1, 2, 1]);
  });

  it('draws a yearly special day in the week of its date in any later year, and not before its first year', () => {
    const specialDays = [
      { id: 'anniversary', label: 'Our anniversary', date: '2015-11-27', start: '19:00', end: '23:00', mode: 'block', repeats: 'yearly' },
      { id: 'first-later', label: 'Not yet', date: '2030-11-26', mode: 'block', repeats: 'yearly' },
    ];
    const view = weekView(agreementIn('Europe/Berlin', { specialDays }), WEDNESDAY);
    expect(drawn(view, 'special-day')).toEqual(['2026-11-27 anniversary 1140-1380']);
  });

  it('marks the days open commitments are due or reviewed and focus seasons reviewed', () => {
    const commitments = [
      { id: 'club', what: 'Find a club', who: 'alex', by: '2026-11-27', success: 'A place', reviewOn: '2026-11-24', state: 'open' },
      { id: 'gym', what: 'Gym', who: 'sam', by: '2026-11-26', success: 'Twice a week', reviewOn: '2026-11-26', state: 'done' },
    ];
    const base = agreementIn('Europe/Berlin', { commitments });
    const season = { id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-01', end: '2026-12-20', weeklyAfterHoursMinutes: 300, reviewOn: '2026-11-29' };
    const view = weekView({ ...base, focusSeasons: [season] }, WEDNESDAY);
    expect(view.days.flatMap((day) => day.marks.map((mark) => `${day.date} ${mark.kind} ${mark.label}`))).toEqual([
      '2026-11-24 commitmentReview Find a club',
      '2026-11-27 commitmentDue Find a club',
      '2026-11-29 seasonReview Launch',
    ]);
  });

  it('stacks overlapping zones in rows and reuses a row once the earlier zone has ended', () => {
    const zones = [
      EVENINGS,
      { id: 'dinner', label: 'Dinner', days: ['mon'], start: '18:00', end: '20:00', mode: 'block' },
      { id: 'late', label: 'Late', days: ['mon'], start: '21:00', end: '22:00', mode: 'track' },
    ];
    const view = weekView(agreementIn('Europe/Berlin', { zones }), WEDNESDAY);
    expect(view.days[0]!.blocks.map((block) => `${block.id} row ${block.row}`)).toEqual(['dinner row 0', 'evenings row 1', 'late row 0']);
  });

  it('draws the week of a DST change in wall-clock minutes like any other', () => {
    // 25 October 2026: Berlin turns its clocks back at 03:00; the zone still reads 19:00 to 07:00.
    const everyEvening = { ...EVENINGS, days: ['sat', 'sun'] };
    const view = weekView(agreementIn('Europe/Berlin', { zones: [everyEvening] }), at('2026-10-22T12:00:00+02:00'));
    expect(drawn(view, 'zone')).toEqual(['2026-10-19 evenings 0-420', '2026-10-24 evenings 1140-1440', '2026-10-25 evenings 0-420', '2026-10-25 evenings 1140-1440']);
  });

  it('names the focus season each day belongs to, with its lead', () => {
    const agreement: Agreement = {
      ...agreementIn('Europe/Berlin'),
      focusSeasons: [{ id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-27', end: '2026-12-11', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' }],
    };
    const view = weekView(agreement, WEDNESDAY);
    expect(view.days.map((day) => day.focusSeasons.map((season) => `${season.label}/${season.leadName}`).join())).toEqual(['', '', '', '', 'Launch/Sam', 'Launch/Sam', 'Launch/Sam']);
  });
});
