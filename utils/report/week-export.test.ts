import { describe, expect, it } from 'vitest';
import { catalogTranslator } from '../i18n/translate';
import english from '../../public/_locales/en/messages.json';
import { checkIn, trendWeeks } from './check-in';
import { at } from '../schedule/agreement-fixture';
import { workInterval } from '../tracking/interval-fixture';
import { reportFor, revisions, SUNDAY_NIGHT, WEEK, WEEK_OVER } from './week-fixture';
import { CSV_COLUMNS, weeksToCsv, weekToJson, weekToMarkdown } from './week-export';

const week = checkIn(
  { now: WEEK_OVER, weekContaining: SUNDAY_NIGHT, revisions, intervals: WEEK, overrides: [], marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en' },
  trendWeeks(revisions, WEEK_OVER, SUNDAY_NIGHT),
)!;

describe('weeksToCsv', () => {
  const [header, ...rows] = weeksToCsv([week.report]).trimEnd().split('\r\n').map((line) => line.split(','));

  it('has one row per day and kind of work, and a totals row per day, dated with the offset', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.filter((row) => row[1] === 'all')).toHaveLength(7);
    expect(rows[0]).toEqual(['2026-11-23T00:00:00+01:00', 'chat', '90', '', '', '']);
    expect(rows[1]).toEqual(['2026-11-23T00:00:00+01:00', 'all', '90', '60', '30', '30']);
  });

  it('reads back to the figures the page shows', () => {
    const sum = (column: number, category: string) => rows.filter((row) => row[1] === category).reduce((total, row) => total + Number(row[column]), 0);
    expect(sum(3, 'all')).toBe(week.figures.inHoursMs / 60_000);
    expect(sum(4, 'all')).toBe(week.figures.afterHoursMs / 60_000);
    expect(sum(2, 'code')).toBe(580);
    expect(sum(2, 'chat') + sum(2, 'code')).toBe(sum(2, 'all'));
  });

  it('leaves out the days wholly before Hearth began, and keeps the day it began on', () => {
    const installed = [{ ...revisions[0]!, effectiveAt: at('2026-11-25T15:00:00+01:00') }];
    const report = reportFor(WEEK_OVER, SUNDAY_NIGHT, WEEK.filter((interval) => interval.start >= installed[0]!.effectiveAt), [], undefined, installed);
    const days = weeksToCsv([report]).trimEnd().split('\r\n').slice(1).filter((line) => line.split(',')[1] === 'all').map((line) => line.slice(0, 10));
    expect(days).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it('adds up in whole minutes when the work has seconds: each row, and each week to the figures the page shows', () => {
    // Monday 30.5 min in hours (chat) and 30.5 after (code); Tuesday and Wednesday 20.5 after each.
    // Rounded one by one: Monday 31 + 31 but "work 61", chat 31 + code 31 = 62, and a week
    // of 31 + 21 + 21 = 73 after-hours minutes against the page's 71.5, shown as 72.
    const seconds = [
      workInterval('2026-11-23T10:00:00+01:00', '2026-11-23T10:30:30+01:00'),
      workInterval('2026-11-23T17:00:00+01:00', '2026-11-23T17:30:30+01:00', 'github.com', 'code'),
      workInterval('2026-11-24T17:00:00+01:00', '2026-11-24T17:20:30+01:00'),
      workInterval('2026-11-25T17:00:00+01:00', '2026-11-25T17:20:30+01:00'),
    ];
    const report = reportFor(WEEK_OVER, SUNDAY_NIGHT, seconds);
    const lines = weeksToCsv([report]).trimEnd().split('\r\n').slice(1).map((line) => line.split(','));
    const all = lines.filter((row) => row[1] === 'all');
    for (const [, , work, inHours, afterHours] of all) expect(Number(inHours) + Number(afterHours)).toBe(Number(work));
    for (const [day, , work] of all) expect(lines.filter((row) => row[0] === day && row[1] !== 'all').reduce((total, row) => total + Number(row[2]), 0)).toBe(Number(work));
    expect(all.reduce((total, row) => total + Number(row[4]), 0)).toBe(report.budget.usedMinutes);
    expect(report.budget.usedMinutes).toBe(72);
    expect(all.map((row) => row.slice(2, 5).join(' ')).slice(0, 3)).toEqual(['62 31 31', '20 0 20', '21 0 21']);
  });

  it('puts a range of weeks oldest first', () => {
    const csv = weeksToCsv(week.reports.slice(0, 2));
    expect(csv.split('\r\n')[1]!.startsWith('2026-11-16T00:00:00+01:00')).toBe(true);
  });
});

describe('weekToJson and weekToMarkdown', () => {
  it('writes the week as data with offsets', () => {
    const json = JSON.parse(weekToJson(week));
    expect(json).toMatchObject({ format: 'hearth.week', version: 1, weekStart: '2026-11-23T00:00:00+01:00', recordedSince: '2026-10-01T00:00:00+02:00', timeZone: 'Europe/Berlin' });
    expect(json.days[0].span).toEqual({ firstStart: '2026-11-23T10:00:00+01:00', lastEnd: '2026-11-23T20:30:00+01:00', firstStop: '2026-11-23T11:00:00+01:00' });
    expect(json.figures.quietEvenings).toEqual({ quiet: 3, of: 7 });
  });

  it('summarises the talking points and figures in words', () => {
    const markdown = weekToMarkdown(week, catalogTranslator(english), 'en', 'Week of 23 Nov');
    expect(markdown.split('\n').slice(0, 4)).toEqual(['# Week of 23 Nov', '', '## For your check-in', '']);
    expect(markdown).toContain('- Quiet evenings: 3 of 7. Worth celebrating.');
    expect(markdown).toContain('- After hours: 3 hr 35 min of 2 hr');
  });

  it('writes the agreement\'s names as plain text, so a label cannot break the list or format the notes', () => {
    const overridden = { ...week, points: [{ tone: 'adjust' as const, key: 'talkZoneOverridden' as const, substitutions: ['*Family*\n# evenings', '4'] }] };
    const points = weekToMarkdown(overridden, catalogTranslator(english), 'en', 'Week of 23 Nov').split('\n').filter((line) => line.startsWith('- '));
    expect(points[0]).toMatch(/^- .*\\\*Family\\\* \\# evenings.* 4 /);
    expect(points).toHaveLength(6);
  });
});
