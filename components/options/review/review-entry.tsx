import type { Agreement } from '@/utils/agreement/agreement-schema';
import { householdToday } from '@/utils/agreement/household-today';
import { nextAgreementReview } from '@/utils/reminders/date-reminders';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import { t, uiLocale } from '../../i18n';

/** Where the review begins when it is not due yet: the couple may look at the whole agreement any time. */
export function ReviewEntry({ agreement, now }: { agreement: Agreement; now: number }) {
  const next = nextAgreementReview(agreement.reviewRhythm, householdToday(agreement.household.timeZone, now));
  return (
    <section id="review" aria-labelledby="review-entry-title">
      <h2 id="review-entry-title">{t('reviewTitle')}</h2>
      <p class="muted">{t('editorReviewNext', [formatCalendarDate(next, uiLocale())])}</p>
      <a class="button" href="#review">
        {t('reviewBegin')}
      </a>
    </section>
  );
}
