/** Review reminders' notification ids (reminder-text.ts), by what is reviewed. */
const REVIEW_REMINDER = /^hearth-reminder:date:(agreementReview|seasonReview):/;

/**
 * Where a review reminder leads when clicked: the agreement's review page, or the focus seasons to
 * review; nothing for any other notification.
 */
export function reviewPageOf(notificationId: string): string | null {
  const about = REVIEW_REMINDER.exec(notificationId)?.[1];
  if (about === 'agreementReview') return '#review';
  if (about === 'seasonReview') return '#season-review';
  return null;
}
