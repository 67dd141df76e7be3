import { t, uiLocale } from '@/components/i18n';
import { formatDay } from '@/utils/format/format-day';
import type { PartnerPlan } from '@/utils/plans/partner-plan';
import { lastDayOf } from '@/utils/plans/plan-last-day';

const ICON = '/notification-icon.png';

/** A thank-you from the partner, shown as it arrives; its id lets a test (and the person) find it. */
export async function showThanks(text: string): Promise<void> {
  await browser.notifications.create(`hearth-thanks-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: t('linkThanksTitle'),
    message: text,
  });
}

/**
 * The partner invoked or ended a contingency plan: "Anna invoked “Deadline crunch” until Fri, Dec 12".
 * A plan that already ended by itself before it was read (a week offline) is not news any more.
 */
export async function showPartnerPlan(plan: PartnerPlan, partnerName: string, timeZone: string, now: number): Promise<void> {
  if (!plan.ended && plan.endsAt <= now) return;
  const message = plan.ended
    ? t('linkPlanEnded', [partnerName, plan.name])
    : t('linkPlanInvoked', [partnerName, plan.name, formatDay(lastDayOf(plan, timeZone), uiLocale())]);
  await browser.notifications.create(`hearth-plan-${plan.invokedAt}-${plan.ended ? 'ended' : 'invoked'}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: t('linkPlanTitle'),
    message,
  });
}
