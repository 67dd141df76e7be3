import { useState } from 'preact/hooks';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { reviewsDue } from '@/utils/agreement/reviews-due';
import { householdToday } from '@/utils/agreement/household-today';
import { addDays } from '@/utils/schedule/calendar-date';
import { t } from '../../i18n';
import { SeasonReviewForm } from './season-review-form';
import { saveAgreement, type SaveOutcome } from './save-agreement';
import { SaveStatus } from './save-status';

/**
 * The focus seasons whose review has come (the popup's "review due" leads here): each decision is
 * saved at once as its own change, as the couple made it at the review.
 */
export function SeasonReviews({ revision, now, onSaved }: { revision: AgreementRevision; now: number; onSaved: () => Promise<void> }) {
  const { agreement } = revision;
  const today = householdToday(agreement.household.timeZone, now);
  // The reminder comes the day before: a season reviewed tomorrow can be decided on today.
  const due = [...new Map([...reviewsDue(agreement, today).seasons, ...reviewsDue(agreement, addDays(today, 1)).seasons].map((season) => [season.id, season])).values()];
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  if (due.length === 0 && !outcome) return null;

  const save = async (next: typeof agreement) => {
    setBusy(true);
    const result = await saveAgreement(next, revision.id ?? null, t('seasonReviewNote'));
    setOutcome(result);
    setBusy(false);
    if (result.ok) await onSaved();
  };

  return (
    <section id="season-review" aria-labelledby="season-review-title">
      <h2 id="season-review-title">{t('seasonReviewsTitle')}</h2>
      {due.map(({ id }) => {
        const season = agreement.focusSeasons.find((candidate) => candidate.id === id)!;
        return <SeasonReviewForm key={`${revision.id}-${id}`} agreement={agreement} season={season} today={today} busy={busy} headingLevel={3} onDecided={(next) => void save(next)} />;
      })}
      {outcome && <SaveStatus outcome={outcome} done={t('seasonReviewSaved')} />}
    </section>
  );
}
