import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { DateField, SelectField } from './fields';

const MONTHS = ['1', '2', '3', '4', '6', '12'] as const;

/**
 * How often the couple look at the whole agreement together, and when next: Hearth reminds both the
 * day before, and it stays due until they hold it, which sets the next one a rhythm later.
 */
export function ReviewRhythmSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const rhythm = draft.reviewRhythm;
  const every = String(rhythm.everyMonths);
  // A rhythm of 5 months came in an import: it stays choosable as it is.
  const options = (MONTHS.includes(every as (typeof MONTHS)[number]) ? MONTHS : [...MONTHS, every]).map((months) => ({ value: months, label: rhythmName(months) }));
  return (
    <section aria-labelledby="editor-review-rhythm">
      <h3 id="editor-review-rhythm">{t('editorReviewRhythm')}</h3>
      <p class="hint">{t('editorReviewRhythmHint')}</p>
      <div class="row">
        <SelectField path="reviewRhythm.everyMonths" label={t('editorReviewEveryLabel')} value={every} options={options} onValue={(value) => edit((d) => void (d.reviewRhythm.everyMonths = Number(value)))} />
        <DateField path="reviewRhythm.from" label={t('editorReviewFrom')} value={rhythm.from} onValue={(value) => edit((d) => void (d.reviewRhythm.from = value))} />
      </div>
    </section>
  );
}

/** Monthly, quarterly and yearly have their own words; the rest are counted. */
const rhythmName = (months: string) => (months === '1' || months === '3' || months === '12' ? t(`editorReviewEvery_${months}`) : t('editorReviewEvery', [months]));
