import { t } from '@/components/i18n';

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
