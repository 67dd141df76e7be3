import { isoWithOffset } from '../format/iso-with-offset';
import { formatDuration } from '../format/format-duration';
import type { Translate } from '../i18n/translate';
import { WORK_SITE_CATEGORIES } from '../sites/work-site-category';
import { firstInstantAtOrAfterWallTime } from '../schedule/wall-clock';
import type { CheckInWeek } from './check-in';
import type { WeeklyReport } from './weekly-report';
import { ritualsKeptLabel } from './rituals-kept-label';
import { beforeWatching } from './watched-days';
import { dayMinutes, shareMinutes } from './whole-minutes';

export const CSV_COLUMNS = ['day', 'category', 'work_minutes', 'in_hours_minutes', 'after_hours_minutes', 'in_zone_minutes'] as const;

/**
 * One row per day and kind of work (its minutes of work), then one row per day with category
 * `all` holding that day's in-hours, after-hours and zone minutes. `day` is the local midnight the
 * day began at, ISO 8601 with the household's offset, so a spreadsheet in any zone reads it right.
 * Weeks oldest first. A day wholly before Hearth began in this browser has no rows: it was not
 * recorded, and a row of zeros would read as a day without work.
 * The minutes add up as a spreadsheet adds them (whole-minutes.ts): in each week, each column sums to
 * the week's figure as the page rounds it; in each row, work is in hours plus after hours; and a
 * day's kinds of work sum to its work.
 */
export function weeksToCsv(reportsNewestFirst: readonly WeeklyReport[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const report of [...reportsNewestFirst].reverse()) {
    const days = report.days.filter((each) => !beforeWatching(each, report));
    const whole = dayMinutes(days);
    for (const day of days) {
      const start = isoWithOffset(firstInstantAtOrAfterWallTime(day.date, 0, report.timeZone), report.timeZone);
      const { inHours, afterHours, inZone } = whole.get(day.date)!;
      const work = inHours + afterHours;
      const byCategory = shareMinutes(WORK_SITE_CATEGORIES.map((category) => day.byCategory[category]), work);
      WORK_SITE_CATEGORIES.forEach((category, at) => {
        if (day.byCategory[category] > 0) rows.push([start, category, String(byCategory[at]), '', '', '']);
      });
      rows.push([start, 'all', String(work), String(inHours), String(afterHours), String(inZone)]);
    }
  }
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The whole check-in of one week as data: what the page shows, in machine forms. */
export function weekToJson(week: CheckInWeek): string {
  const { report, figures, trend, points } = week;
  const iso = (instant: number) => isoWithOffset(instant, report.timeZone);
  return `${JSON.stringify(
    {
      format: 'hearth.week',
      version: 1,
      weekStart: iso(report.weekStart),
      weekEnd: iso(report.weekEnd),
      recordedSince: iso(report.watchedSince),
      timeZone: report.timeZone,
      budget: report.budget,
      days: report.days.map(({ span, ...day }) => ({ ...day, span: span && { firstStart: iso(span.firstStart), lastEnd: iso(span.lastEnd), firstStop: iso(span.firstStop) } })),
      figures,
      overrides: report.overrides.map((override) => ({ ...override, start: iso(override.start), end: iso(override.end) })),
      rituals: report.rituals.map((ritual) => ({ ...ritual, start: iso(ritual.start), end: iso(ritual.end) })),
      trend: trend.map((each) => ({ ...each, weekStart: iso(each.weekStart) })),
      talkingPoints: points,
    },
    null,
    2,
  )}\n`;
}

/** A short summary to paste into shared notes: the talking points first, then the figures. */
export function weekToMarkdown(week: CheckInWeek, t: Translate, locale: string, title: string): string {
  const { report, figures, points } = week;
  const duration = (ms: number) => formatDuration(ms, locale);
  const lines = [`# ${title}`, ''];
  if (points.length > 0) {
    lines.push(`## ${t('checkinPointsTitle')}`, '', ...points.map((point) => `- ${t(point.key, point.substitutions.map(markdownText))}`), '');
  }
  lines.push(
    `## ${t('figuresTitle')}`,
    '',
    `- ${t('figuresQuiet')}: ${t('figuresOf', [String(figures.quietEvenings.quiet), String(figures.quietEvenings.of)])}`,
    `- ${t('figuresAfterHours')}: ${t('reportBudgetUsed', [duration(report.budget.usedMinutes * 60_000), duration(report.budget.budgetMinutes * 60_000)])}`,
    `- ${t('figuresInHours')}: ${duration(figures.inHoursMs)}`,
    `- ${t('figuresOverrides')}: ${t('figuresOverridesUsed', [String(figures.overrides.used), String(figures.overrides.allowed)])}`,
    `- ${ritualsKeptLabel(t, figures.ritualsKept.weeks)}: ${t('figuresOf', [String(figures.ritualsKept.kept), String(figures.ritualsKept.of)])}`,
    '',
  );
  return lines.join('\n');
}

/**
 * A name from the agreement (a zone, ritual or season label) as plain text in Markdown: labels may
 * hold line breaks and characters Markdown reads as syntax, which would break the list or turn
 * "*Family* evenings" into emphasis in the notes it is pasted into.
 */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}
