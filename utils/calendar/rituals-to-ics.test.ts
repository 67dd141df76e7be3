import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement/agreement-schema';
import { parseAgreement } from '../agreement/parse-agreement';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { ritualOccurrences } from '../schedule/rituals';
import { firstInstantAtOrAfterWallTime, offsetTransitionsBetween, wallTimeAt } from '../schedule/wall-clock';
import { readIcs } from './read-ics';
import { hasCalendarEvents, ritualsToIcs } from './rituals-to-ics';
import { activeZoneSources } from '../schedule/zones';

const TEXT = { calendarName: 'Hearth rituals', protectedNote: 'Protected: work sites rest.', openNote: 'Not protected.' };

function example(timeZone: string): Agreement {
  const result = parseAgreement(JSON.parse(readFileSync('docs/agreement.example.json', 'utf8')));
  if (!result.ok) throw new Error('the documented example must be valid');
  return { ...result.agreement, household: { ...result.agreement.household, timeZone } };
}

/** The schedule engine's first `count` starts of a ritual from the household's midnight of `now`'s day on. */
function engineStarts(agreement: Agreement, ritualId: string, now: number, count: number, days = count * 35): number[] {
  const { timeZone } = agreement.household;
  const midnight = firstInstantAtOrAfterWallTime(wallTimeAt(now, timeZone).date, 0, timeZone);
  // By default long enough for a monthly ritual, whose occurrences are at most five weeks apart.
  return ritualOccurrences(agreement, midnight, midnight + days * MS_PER_DAY)
    .filter((occurrence) => occurrence.ritualId === ritualId && occurrence.start >= midnight)
    .slice(0, count)
    .map((occurrence) => occurrence.start);
}

const EXPECTED_EVENTS = [
  { uid: 'breakfast@hearth', summary: 'Shared breakfast', durationMinutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', reminder: 10, protected: true },
  { uid: 'evening-walk@hearth', summary: 'Evening walk', durationMinutes: 45, rrule: 'FREQ=DAILY', reminder: 15, protected: false },
  { uid: 'check-in@hearth', summary: 'Weekly check-in', durationMinutes: 20, rrule: 'FREQ=WEEKLY;BYDAY=SU', reminder: 30, protected: true },
  { uid: 'dream-date@hearth', summary: 'Dream date', durationMinutes: 180, rrule: 'FREQ=MONTHLY;BYDAY=-1FR', reminder: 120, protected: true },
];

// Each `now` is a Friday nine days before a clock change where the zone has one (a Sunday), so ten
// occurrences of every ritual, the weekly check-in included, straddle it.
const CASES = [
  { zone: 'Europe/Berlin', now: '2026-03-20T10:00:00+01:00', changes: true },
  { zone: 'Europe/Berlin', now: '2026-10-16T10:00:00+02:00', changes: true },
  { zone: 'America/New_York', now: '2026-02-27T10:00:00-05:00', changes: true },
  { zone: 'America/New_York', now: '2026-10-23T10:00:00-04:00', changes: true },
  { zone: 'Asia/Kolkata', now: '2026-03-20T10:00:00+05:30', changes: false },
  // Southern summer time, a 45-minute offset, and Morocco's Ramadan changes, which follow no yearly rule.
  { zone: 'Australia/Sydney', now: '2026-03-27T10:00:00+11:00', changes: true },
  { zone: 'Pacific/Chatham', now: '2026-09-18T10:00:00+12:45', changes: true },
  { zone: 'Africa/Casablanca', now: '2026-02-06T10:00:00+01:00', changes: true },
];

describe.each(CASES)('the example agreement in $zone at $now', ({ zone, now: iso, changes }) => {
  const now = at(iso);
  const agreement = example(zone);
  const calendar = readIcs(ritualsToIcs(agreement, now, TEXT));
  const rituals = calendar.events.filter((event) => !event.uid.startsWith('special-day-'));

  it('is one event per ritual with its summary, zone, duration, rule, note and reminder', () => {
    expect(calendar.timeZones).toEqual([zone]);
    expect(
      rituals.map(({ uid, summary, timeZone, durationMinutes, rrule, description, alarms }) => ({ uid, summary, timeZone, durationMinutes, rrule, description, alarms })),
    ).toEqual(
      EXPECTED_EVENTS.map((event) => ({
        uid: event.uid,
        summary: event.summary,
        timeZone: zone,
        durationMinutes: event.durationMinutes,
        rrule: event.rrule,
        description: event.protected ? TEXT.protectedNote : TEXT.openNote,
        alarms: [{ action: 'DISPLAY', description: event.summary, triggerSeconds: -event.reminder * 60 }],
      })),
    );
  });

  it.each(EXPECTED_EVENTS.map((event, i) => ({ ...event, i })))('places the next ten $summary at the engine’s instants', ({ i, uid }) => {
    const starts = rituals[i]!.starts(10);
    expect(utc(starts)).toEqual(utc(engineStarts(agreement, uid.replace('@hearth', ''), now, 10)));
    // Only a clock change crossed proves the VTIMEZONE right rather than a fixed offset.
    expect(offsetTransitionsBetween(starts[0]!, starts.at(-1)!, zone).length > 0).toBe(changes);
  });

});

// The VTIMEZONE is derived from a decade of the zone's changes: the daily walk proves every one of them.
describe.each([...new Set(CASES.map((c) => c.zone))])('a daily ritual in %s', (zone) => {
  it('starts at the engine’s instant every day of the coming ten years', () => {
    const now = at('2026-01-01T12:00:00Z');
    const agreement = agreementIn(zone, { rituals: [example(zone).rituals[1]] });
    const count = 10 * 365;
    const calendar = readIcs(ritualsToIcs(agreement, now, TEXT)).events[0]!.starts(count);
    const engine = engineStarts(agreement, 'evening-walk', now, count, count + 1);
    expect(calendar).toHaveLength(count);
    const disagreements = calendar.flatMap((start, i) => (start === engine[i] ? [] : [`${utc([start])} != ${utc([engine[i]!])}`]));
    expect(disagreements).toEqual([]);
  });
});

describe('ritualsToIcs', () => {
  const now = at('2026-03-25T10:00:00+01:00');

  it('writes a calendar apps accept: CRLF lines, the calendar properties, a UTC stamp', () => {
    const text = ritualsToIcs(example('Europe/Berlin'), now, TEXT);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const calendar = readIcs(text);
    expect(calendar.properties).toMatchObject({
      VERSION: '2.0',
      PRODID: '-//Hearth//Hearth rituals//EN',
      CALSCALE: 'GREGORIAN',
      'X-WR-CALNAME': 'Hearth rituals',
      'X-WR-TIMEZONE': 'Europe/Berlin',
    });
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(Array(5).fill('DTSTAMP:20260325T090000Z'));
  });

  it('adds each yearly special day as a yearly event, whole day or on the household clock, and no one-off date', () => {
    const specialDays = [
      { id: 'mia', label: "Mia's birthday", date: '2019-12-05', mode: 'block', repeats: 'yearly' },
      { id: 'anniversary', label: 'Our anniversary', date: '2020-02-29', start: '19:00', end: '01:00', mode: 'dim', repeats: 'yearly' },
      { id: 'party', label: 'Party', date: '2026-04-01', mode: 'track' },
    ];
    const agreement = agreementIn('Europe/Berlin', { specialDays });
    const text = ritualsToIcs(agreement, now, TEXT);
    expect(text).toContain('DTSTART;VALUE=DATE:20261205\r\nDTEND;VALUE=DATE:20261206\r\nRRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5\r\n');
    const [birthday, anniversary, ...rest] = readIcs(text).events;
    expect(rest).toEqual([]);
    expect([birthday!.summary, birthday!.rrule, anniversary!.rrule]).toEqual(["Mia's birthday", 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29']);
    // From the first occurrence after today, and only in leap years, in the calendar as in the schedule.
    const starts = anniversary!.starts(3);
    expect(utc(starts)).toEqual(['2028-02-29T18:00:00.000Z', '2032-02-29T18:00:00.000Z', '2036-02-29T18:00:00.000Z']);
    expect(anniversary!.durationMinutes).toBe(6 * 60);
    for (const start of starts) {
      expect(activeZoneSources(agreement, start).map((source) => source.id)).toEqual(['anniversary']);
      expect(activeZoneSources(agreement, start - 1)).toEqual([]);
    }
  });

  it('has events to export with a yearly special day and no ritual, none with only one-off dates', () => {
    const birthday = { id: 'mia', label: "Mia's birthday", date: '2019-12-05', mode: 'block', repeats: 'yearly' };
    const party = { id: 'party', label: 'Party', date: '2026-04-01', mode: 'track' };
    const onlyBirthday = agreementIn('Europe/Berlin', { rituals: [], specialDays: [birthday] });
    expect(hasCalendarEvents(onlyBirthday)).toBe(true);
    expect(readIcs(ritualsToIcs(onlyBirthday, now, TEXT)).events.map((event) => event.summary)).toEqual(["Mia's birthday"]);
    expect(hasCalendarEvents(agreementIn('Europe/Berlin', { rituals: [], specialDays: [party] }))).toBe(false);
  });

  it('starts each series on the household’s today or the first day after it, whatever the machine’s zone', () => {
    // 23:30 UTC on Friday 20 March: already Saturday in Berlin, still Friday in New York.
    const friday = at('2026-03-20T23:30:00Z');
    const starts = (zone: string) => ritualsToIcs(example(zone), friday, TEXT).match(/^DTSTART;.*$/gm)!.map((line) => line.trim());
    expect(starts('Europe/Berlin')).toEqual([
      'DTSTART;TZID=Europe/Berlin:20260323T071500',
      'DTSTART;TZID=Europe/Berlin:20260321T193000',
      'DTSTART;TZID=Europe/Berlin:20260322T180000',
      'DTSTART;TZID=Europe/Berlin:20260327T200000',
      'DTSTART;VALUE=DATE:20261205',
    ]);
    expect(starts('America/New_York')).toEqual([
      'DTSTART;TZID=America/New_York:20260320T071500',
      'DTSTART;TZID=America/New_York:20260320T193000',
      'DTSTART;TZID=America/New_York:20260322T180000',
      'DTSTART;TZID=America/New_York:20260327T200000',
      'DTSTART;VALUE=DATE:20261205',
    ]);
  });

  it('writes the nth weekday of the month as BYDAY=1MO and agrees with the engine on it', () => {
    const planning = { id: 'planning', label: 'Month planning', recurrence: { kind: 'monthly', week: 1, day: 'mon' }, time: '09:00', durationMinutes: 60, reminderMinutes: 0, protected: false };
    const agreement = agreementIn('America/New_York', { rituals: [planning] });
    const [event] = readIcs(ritualsToIcs(agreement, now, TEXT)).events;
    expect(event!.rrule).toBe('FREQ=MONTHLY;BYDAY=1MO');
    expect(utc(event!.starts(12))).toEqual(utc(engineStarts(agreement, 'planning', now, 12)));
  });

  it('has no alarm for a ritual without a reminder', () => {
    const quiet = { id: 'tea', label: 'Tea', recurrence: { kind: 'daily' }, time: '16:00', durationMinutes: 15, reminderMinutes: 0, protected: false };
    const text = ritualsToIcs(agreementIn('Europe/Berlin', { rituals: [quiet] }), now, TEXT);
    expect(text).not.toContain('VALARM');
    expect(readIcs(text).events[0]!.alarms).toEqual([]);
  });

  it('escapes commas, semicolons and backslashes in a label so apps read it back unchanged', () => {
    const label = 'Tea, cake; and a \\ walk';
    const ritual = { id: 'tea', label, recurrence: { kind: 'daily' }, time: '16:00', durationMinutes: 15, reminderMinutes: 5, protected: false };
    const text = ritualsToIcs(agreementIn('Europe/Berlin', { rituals: [ritual] }), now, { ...TEXT, calendarName: 'Us; two, together' });
    expect(text).toContain('SUMMARY:Tea\\, cake\\; and a \\\\ walk\r\n');
    const calendar = readIcs(text);
    expect(calendar.events[0]!.summary).toBe(label);
    expect(calendar.events[0]!.alarms[0]!.description).toBe(label);
    // ical.js leaves an X- property's value raw; RFC 5545 §3.8.8.2 makes it TEXT, escaped like any other.
    expect(text).toContain('X-WR-CALNAME:Us\\; two\\, together\r\n');
  });

  it('folds long lines to 75 octets without splitting a character, and apps unfold them intact', () => {
    const label = 'Sonntagsfrühstück mit Großeltern 👵👴, Kaffee; Kuchen und Gespräche über die Woche!';
    const ritual = { id: 'brunch', label: label.slice(0, 80), recurrence: { kind: 'weekly', days: ['sun'] }, time: '10:00', durationMinutes: 120, reminderMinutes: 60, protected: true };
    const text = ritualsToIcs(agreementIn('Europe/Berlin', { rituals: [ritual] }), now, { ...TEXT, protectedNote: 'Geschützt: '.repeat(20) });
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const [event] = readIcs(text).events;
    expect(event!.summary).toBe(label.slice(0, 80));
    expect(event!.description).toBe('Geschützt: '.repeat(20));
  });
});
