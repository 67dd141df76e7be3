import { liveQuery } from 'dexie';
import { t } from '@/components/i18n';
import { agreementInForceAt, latestAgreement } from '@/utils/agreement/agreement-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import { WHOSE_UNKNOWN } from '@/utils/report/report-owner';
import { loadCheckIn } from '@/utils/report/report-store';
import {
  weekOfSummaryNotification,
  loadWeekSummarySettings,
  WEEK_SUMMARY_LATE_LIMIT_MS,
  weekSummaryNotificationId,
  weekSummaryText,
} from '@/utils/report/week-summary';
import { weekBounds } from '@/utils/schedule/week-bounds';
import type { Clock } from './clock';
import { openReportTab } from './report-tab';
import { serialized } from './serialized';

const ALARM = 'hearth-week-summary';
/** The start of the last week summarised (or passed over); in local storage so a restart never repeats one. */
const LAST_WEEK = 'weekSummary:lastWeek';
const ICON = '/notification-icon.png';

/**
 * At the household's week end, a short summary of the week that ended, opening the report when
 * clicked. Like the reminders, every look re-derives from the agreement and the clock; the only
 * memory is which week was last summarised.
 */
export function setupWeekSummary(db: HearthDb, clock: Clock, onWeekEnded: (weekStart: number) => void) {
  const look = serialized(() => lookNow(db, clock, onWeekEnded), 'Hearth week summary failed');
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void look();
  });
  browser.notifications.onClicked.addListener((id) => {
    const weekStart = weekOfSummaryNotification(id);
    if (weekStart === undefined) return;
    // The week that ended, not the new one the report would open on.
    void openReportTab(weekStart);
    void browser.notifications.clear(id);
  });
  // A new agreement may move the week's edges (another first weekday or zone); its first answer is the start-up look.
  liveQuery(() => latestAgreement(db)).subscribe({
    next: () => void look(),
    error: (error) => console.error('Hearth week summary stopped watching the agreement', error),
  });
}

async function lookNow(db: HearthDb, clock: Clock, onWeekEnded: (weekStart: number) => void): Promise<void> {
  const now = clock.now();
  const agreement = (await agreementInForceAt(db, now))?.agreement;
  if (!agreement) return void (await browser.alarms.clear(ALARM));
  const thisWeek = weekBounds(agreement, now);
  const result = await loadCheckIn(db, now, thisWeek.start - 1, browser.i18n.getUILanguage());
  // A week whose agreement does not name this browser's partner is nobody's to summarise.
  const ended = result === WHOSE_UNKNOWN ? null : result;
  const { [LAST_WEEK]: last } = await browser.storage.local.get(LAST_WEEK);
  if (ended && typeof last === 'number' && last < ended.report.weekStart && now - thisWeek.start <= WEEK_SUMMARY_LATE_LIMIT_MS) {
    if ((await loadWeekSummarySettings(db)).enabled) {
      const { title, message } = weekSummaryText(ended, t, browser.i18n.getUILanguage());
      await browser.notifications.create(weekSummaryNotificationId(ended.report.weekStart), { type: 'basic', iconUrl: browser.runtime.getURL(ICON), title, message });
    }
  }
  // The first look after install only remembers: a week before Hearth knew of it gets no summary.
  if (ended && (typeof last !== 'number' || last < ended.report.weekStart)) {
    await browser.storage.local.set({ [LAST_WEEK]: ended.report.weekStart });
    onWeekEnded(ended.report.weekStart);
  }
  else if (!ended && typeof last !== 'number') await browser.storage.local.set({ [LAST_WEEK]: thisWeek.start - 1 });
  // Alarms run on the real clock; a test build's moved clock is shifted back to it.
  await browser.alarms.create(ALARM, { when: thisWeek.end - (now - Date.now()) });
}
