import * as v from 'valibot';
import { settingsStore } from '../db/settings-store';
import { formatDuration } from '../format/format-duration';
import type { Translate } from '../i18n/translate';
import type { CheckInWeek } from './check-in';

/** Per browser: whether the household's week end brings a short summary (default on; opt out in the options). */
export const { load: loadWeekSummarySettings, save: saveWeekSummarySettings } = settingsStore('weekSummary', (value: unknown) => ({
  enabled: v.is(v.object({ enabled: v.boolean() }), value) ? value.enabled : true,
}));

/** A summary more than this late (the browser was closed all Monday) is news nobody needs any more. */
export const WEEK_SUMMARY_LATE_LIMIT_MS = 24 * 60 * 60_000;

export const weekSummaryNotificationId = (weekStart: number) => `hearth-week:${weekStart}`;
/** The week a summary notification is about, or undefined for any other notification. */
export function weekOfSummaryNotification(id: string): number | undefined {
  const match = /^hearth-week:(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** "Your week" / "2 hr 10 min after hours (plan 2 hr) · 5 quiet evenings". */
export function weekSummaryText(week: CheckInWeek, t: Translate, locale: string): { title: string; message: string } {
  const { budget } = week.report;
  const minutes = (value: number) => formatDuration(value * 60_000, locale);
  return {
    title: t('weekSummaryTitle'),
    message: t('weekSummaryMessage', [minutes(budget.usedMinutes), minutes(budget.budgetMinutes), String(week.figures.quietEvenings.quiet)]),
  };
}
