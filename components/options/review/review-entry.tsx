import type { Agreement } from '@/utils/agreement/agreement-schema';
import { householdToday } from '@/utils/agreement/household-today';
import { reviewsDue } from '@/utils/agreement/reviews-due';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import { t, uiLocale } from '../../i18n';

/** Where the review begins: due since its date until it is held, and open to the couple any time before. */
export function ReviewEntry({ agreement, now }: { agreement: Agreement; now: number }) {
  const date = formatCalendarDate(agreement.reviewRhythm.from, uiLocale());
  const due = reviewsDue(agreement, householdToday(agreement.household.timeZone, now)).agreement;
  return (
    <section id="review" aria-labelledby="review-entry-title">
      <h2 id="review-entry-title">{t('reviewTitle')}</h2>
      <p class="muted">{due ? t('editorReviewDueSince', [date]) : t('editorReviewNext', [date])}</p>
      <a class="button" href="#review">
        {t('reviewBegin')}
      </a>
    </section>
  );
}
