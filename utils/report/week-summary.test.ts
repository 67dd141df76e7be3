import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import german from '../../public/_locales/de/messages.json';
import { HearthDb } from '../db/hearth-db';
import { catalogTranslator } from '../i18n/translate';
import { checkIn, trendWeeks } from './check-in';
import { revisions, SUNDAY_NIGHT, WEEK, WEEK_OVER } from './week-fixture';
import { loadWeekSummarySettings, saveWeekSummarySettings, weekOfSummaryNotification, weekSummaryNotificationId, weekSummaryText } from './week-summary';

const week = checkIn(
  { now: WEEK_OVER, weekContaining: SUNDAY_NIGHT, revisions, intervals: WEEK, overrides: [], marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en' },
  trendWeeks(revisions, WEEK_OVER, SUNDAY_NIGHT),
)!;

describe('weekSummaryText', () => {
  it('says the after-hours time against the plan and the quiet evenings, in each language', () => {
    expect(weekSummaryText(week, catalogTranslator(english), 'en')).toEqual({ title: 'Your week', message: '3 hr 35 min after hours (plan 2 hr) · 3 quiet evenings' });
    expect(weekSummaryText(week, catalogTranslator(german), 'de').message).toBe('3 Std. 35 Min. nach Feierabend (Plan 2 Std.) · 3 ruhige Abende');
  });

  it('has its own notification ids, one per week', () => {
    expect(weekOfSummaryNotification(weekSummaryNotificationId(week.report.weekStart))).toBe(week.report.weekStart);
    expect(weekOfSummaryNotification('hearth-reminder:ritual:walk:1')).toBeUndefined();
  });
});

describe('week summary settings', () => {
  it('are on unless turned off, and read a damaged record as on', async () => {
    const db = new HearthDb(`week-summary-${Math.random()}`);
    expect(await loadWeekSummarySettings(db)).toEqual({ enabled: true });
    await saveWeekSummarySettings(db, { enabled: false });
    expect(await loadWeekSummarySettings(db)).toEqual({ enabled: false });
    await db.settings.put({ key: 'weekSummary', value: { enabled: 'no' } });
    expect(await loadWeekSummarySettings(db)).toEqual({ enabled: true });
    db.close();
  });
});
