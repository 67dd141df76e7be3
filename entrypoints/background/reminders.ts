import { liveQuery } from 'dexie';
import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt, latestAgreement } from '@/utils/agreement/agreement-store';
import { effectiveAgreement } from '@/utils/plans/plan-agreement';
import { invokedPlanStore } from '@/utils/plans/plan-store';
import { dueReminders, LATE_LIMIT_MS, planReminders } from '@/utils/reminders/reminder-plan';
import { loadReminderSettings, saveReminderSettings } from '@/utils/reminders/reminder-store';
import { nextReminderWake } from '@/utils/reminders/reminder-wake';
import type { MessageRouter } from './message-router';
import { serialized } from './serialized';
import { showReminder } from './reminder-notifications';
import { openReportTab } from './report-tab';
import { isCheckInReminder } from '@/utils/reminders/reminder-text';
import { recordRitualOutcomes } from './ritual-outcomes';

const ALARM = 'hearth-reminders';
/** When reminders were last looked at; in local storage so a browser restart does not repeat any. */
const LAST_LOOK = 'reminders:lastLook';

/**
 * Ritual reminders, wind-downs before zones and the automatic kept/missed marks. Like the guard,
 * every look re-derives from the agreement and the clock; the only memory is when it last looked,
 * so it shows exactly what came due since then, once.
 */
export function setupReminders(db: HearthDb, router: MessageRouter) {
  // Serialised so two looks never both see the same reminder as due.
  const replan = serialized(() => lookNow(db), 'Hearth reminders failed');

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void replan();
  });
  // The check-in ritual's reminder leads straight to what the couple talk through.
  browser.notifications.onClicked.addListener((id) => {
    if (!isCheckInReminder(id)) return;
    void openReportTab();
    void browser.notifications.clear(id);
  });
  router.handle('reminders:settings', async ({ settings }) => {
    const saved = await saveReminderSettings(db, settings);
    await replan();
    return saved;
  });
  // Every agreement change is a new revision, whoever writes it (import, sample, editor, sync), so
  // watching the table re-plans after all of them. Its first answer doubles as the start-up look.
  liveQuery(() => latestAgreement(db)).subscribe({
    next: () => void replan(),
    error: (error) => console.error('Hearth reminders stopped watching the agreement', error),
  });
  return { replan };
}

async function lookNow(db: HearthDb): Promise<void> {
  const now = Date.now();
  const [revision, settings, stored, plans] = await Promise.all([
    agreementInForceAt(db, now),
    loadReminderSettings(db),
    browser.storage.local.get(LAST_LOOK),
    invokedPlanStore.load(db),
  ]);
  // Rituals a contingency plan pauses do not remind while it holds.
  const effective = revision && effectiveAgreement(revision.agreement, plans, now);
  const agreement = effective?.agreement;
  const lastLook = typeof stored[LAST_LOOK] === 'number' ? stored[LAST_LOOK] : now;
  // Nothing older than the late limit is shown anyway; planning from there keeps the plan small after a long sleep.
  const since = Math.min(now, Math.max(lastLook, now - LATE_LIMIT_MS));
  if (agreement) {
    for (const reminder of dueReminders(planReminders(agreement, since, settings), since, now)) {
      await showReminder(reminder, now).catch((error) => console.error('Hearth could not show a reminder', error));
    }
  }
  // Remembered and rescheduled before anything else can fail, so no reminder is ever shown twice or lost.
  await browser.storage.local.set({ [LAST_LOOK]: now });
  const plan = agreement ? planReminders(agreement, now, settings) : [];
  await browser.alarms.create(ALARM, { when: nextReminderWake(agreement, plan, now, effective?.planEndsAt ?? null) });
  await recordRitualOutcomes(db, now);
}
