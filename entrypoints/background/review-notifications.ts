import { reviewPageOf } from '@/utils/reminders/review-link';

/** A review reminder, clicked, opens the review it reminds of on the options page. */
export function setupReviewNotificationClicks() {
  browser.notifications.onClicked.addListener((id) => {
    const hash = reviewPageOf(id);
    if (!hash) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    void browser.notifications.clear(id);
  });
}
