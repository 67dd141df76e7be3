import { useState } from 'preact/hooks';
import type { Agreement, FocusSeason } from '@/utils/agreement/agreement-schema';
import { endSeason, extendSeason, handOverSeason, otherPartner, type SeasonReviewResult } from '@/utils/agreement/season-review';
import { addDays } from '@/utils/schedule/calendar-date';
import { t } from '../../i18n';

type Choice = 'extend' | 'end' | 'handOver';

/**
 * At a focus season's review: go on to a later date, end it, or hand it to the other partner (a new
 * season they lead, with its own budget, the one who led now supporting). `onDecided` gets the
 * whole agreement after the choice; the caller saves it or takes it into a review's draft.
 */
export function SeasonReviewForm({ agreement, season, today, busy, headingLevel, onDecided }: { agreement: Agreement; season: FocusSeason; today: string; busy?: boolean; headingLevel: 3 | 4; onDecided: (agreement: Agreement) => void }) {
  const Heading = `h${headingLevel}` as 'h3';
  const id = `season-review-${season.id}`;
  const name = (partnerId: string) => agreement.partners.find((partner) => partner.id === partnerId)?.name ?? partnerId;
  const next = otherPartner(agreement, season.lead);
  const laterDefault = season.end > today ? season.end : addDays(today, 27);
  const [choice, setChoice] = useState<Choice>('extend');
  const [end, setEnd] = useState(addDays(laterDefault, 28));
  const [reviewOn, setReviewOn] = useState(addDays(laterDefault, 28));
  const [label, setLabel] = useState(season.label);
  const [budget, setBudget] = useState(String(season.weeklyAfterHoursMinutes));
  const [problem, setProblem] = useState<string | null>(null);

  const decide = (event: Event) => {
    event.preventDefault();
    const dates = { end, reviewOn };
    const result: SeasonReviewResult =
      choice === 'extend'
        ? extendSeason(agreement, season.id, dates, today)
        : choice === 'end'
          ? endSeason(agreement, season.id, today)
          : handOverSeason(agreement, season.id, { ...dates, label, weeklyAfterHoursMinutes: budget.trim() === '' ? Number.NaN : Number(budget) }, today);
    if (!result.ok) return setProblem(t(result.key));
    setProblem(null);
    onDecided(result.agreement);
  };

  return (
    <form class="season-review item" aria-labelledby={`${id}-title`} onSubmit={decide} noValidate>
      <Heading id={`${id}-title`}>{t('seasonReviewTitle', [season.label])}</Heading>
      <p class="muted">{t('seasonReviewLeads', [name(season.lead), name(next)])}</p>
      <fieldset class="field">
        <legend>{t('seasonReviewChoice')}</legend>
        {(['extend', 'end', 'handOver'] as const).map((option) => (
          <label key={option} class="choice">
            <input type="radio" name={`${id}-choice`} value={option} checked={choice === option} onChange={() => (setChoice(option), setProblem(null))} />
            {option === 'handOver' ? t('seasonReviewHandOver', [name(next)]) : t(`seasonReview_${option}`)}
          </label>
        ))}
      </fieldset>
      {choice === 'handOver' && (
        <div class="row">
          <Input id={`${id}-label`} label={t('seasonReviewNewLabel')} value={label} onValue={setLabel} />
          <Input id={`${id}-budget`} label={t('seasonReviewBudget', [name(next)])} hint={t('editorMinutesPerWeek')} value={budget} onValue={setBudget} inputMode="numeric" />
        </div>
      )}
      {choice !== 'end' && (
        <div class="row">
          <Input id={`${id}-end`} type="date" label={t('seasonReviewEnd')} value={end} onValue={setEnd} />
          <Input id={`${id}-review`} type="date" label={t('seasonReviewNext')} value={reviewOn} onValue={setReviewOn} />
        </div>
      )}
      {choice === 'end' && <p class="hint">{t('seasonReviewEndHint')}</p>}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t(`seasonReviewDo_${choice}`)}
      </button>
    </form>
  );
}

function Input({ id, label, hint, value, onValue, type = 'text', inputMode }: { id: string; label: string; hint?: string; value: string; onValue: (value: string) => void; type?: string; inputMode?: 'numeric' }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type={type} inputMode={inputMode} value={value} onInput={(event) => onValue(event.currentTarget.value)} />
      {hint && <span class="hint">{hint}</span>}
    </div>
  );
}
