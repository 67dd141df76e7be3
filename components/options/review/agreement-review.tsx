import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { describeIssue } from '@/utils/agreement/agreement-issues';
import { parseAgreement } from '@/utils/agreement/parse-agreement';
import { describeChanges } from '@/utils/agreement/changes/describe-changes';
import { keepPart, partsToGo, REVIEW_PARTS, reviewedAgreement, type ReviewChoice, type ReviewPartId } from '@/utils/agreement/agreement-review';
import { householdToday } from '@/utils/agreement/household-today';
import { reviewsDue } from '@/utils/agreement/reviews-due';
import { REVISION_NOTE_MAX } from '@/utils/agreement/revision-note';
import { t, uiLocale } from '../../i18n';
import { edited, type Edit } from '../editor/draft';
import { DraftIssues, indexIssues } from '../editor/draft-issues';
import { PART_VIEWS } from './review-parts';
import { SeasonReviewForm } from './season-review-form';
import { saveAgreement, type SaveOutcome } from './save-agreement';
import { SaveStatus } from './save-status';
import { useLeaveWarning } from '../leave-warning';

/**
 * The agreement's review (issue #9): every part in turn, each kept or changed right here with the
 * editor's own fields, then one summary of the changes in words and an optional note, saved in one
 * `agreement:save` (one revision, or one proposal when linked). Saving marks the review done.
 */
export function AgreementReview({ revision, now, onSaved, onPreview, onLeave }: { revision: AgreementRevision; now: number; onSaved: () => Promise<void>; onPreview?: (agreement: Agreement | null) => void; onLeave: () => void }) {
  // The review is of the revision it began from; one stored meanwhile is the background's to refuse (stale).
  const [base] = useState(revision);
  const [draft, setDraft] = useState<Agreement>(base.agreement);
  const [choices, setChoices] = useState<Partial<Record<ReviewPartId, ReviewChoice>>>({});
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const locale = uiLocale();
  const today = householdToday(base.agreement.household.timeZone, now);

  const result = useMemo(() => parseAgreement(draft), [draft]);
  const issues = result.ok ? [] : result.issues;
  const byPath = useMemo(() => indexIssues(issues), [result]);
  const toSave = result.ok ? reviewedAgreement(base.agreement, result.agreement, today) : null;
  const changes = useMemo(() => (toSave ? describeChanges(base.agreement, toSave, locale, t) : null), [toSave && JSON.stringify(toSave)]);
  const toGo = partsToGo(choices);
  const seasonsDue = reviewsDue(base.agreement, today).seasons.map(({ id }) => base.agreement.focusSeasons.find((season) => season.id === id)!);

  useEffect(() => {
    if (result.ok) onPreview?.(JSON.stringify(result.agreement) === JSON.stringify(base.agreement) ? null : result.agreement);
  }, [result]);
  useEffect(() => () => onPreview?.(null), []);

  // A review half walked through is work as much as an edit is: closing or reloading the tab asks first, as the editor does.
  useLeaveWarning(!outcome?.ok && (Object.keys(choices).length > 0 || note.trim() !== ''));

  const edit: Edit = (change) => setDraft((current) => edited(current, change));
  const choose = (id: ReviewPartId, choice: ReviewChoice) => {
    setChoices((current) => ({ ...current, [id]: choice }));
    if (choice === 'keep') setDraft((current) => keepPart(id, base.agreement, current));
    setProblem(null);
  };

  const finish = async (event: Event) => {
    event.preventDefault();
    if (toGo.length > 0) return setProblem(t('reviewPartsToGo', [toGo.map((id) => PART_VIEWS[id].title()).join(', ')]));
    if (!toSave) return setProblem(t('reviewInvalid', [issues.map((issue) => describeIssue(issue, t)).join('; ')]));
    setProblem(null);
    setSaving(true);
    const saved = await saveAgreement(toSave, base.id ?? null, note);
    setSaving(false);
    setOutcome(saved);
    if (saved.ok) await onSaved();
  };

  if (outcome?.ok) {
    return (
      <section id="review" class="review" aria-labelledby="review-title">
        <h2 id="review-title">{t('reviewTitle')}</h2>
        <SaveStatus outcome={outcome} done={t('reviewSaved')} />
        <button type="button" onClick={onLeave}>
          {t('reviewBack')}
        </button>
      </section>
    );
  }

  return (
    <DraftIssues.Provider value={byPath}>
      <section id="review" class="review editor" aria-labelledby="review-title">
        <h2 id="review-title">{t('reviewTitle')}</h2>
        <p class="muted">{t('reviewIntro')}</p>
        <p class="muted" role="status">
          {t('reviewProgress', [String(REVIEW_PARTS.length - toGo.length), String(REVIEW_PARTS.length)])}
        </p>
        <ol class="review-parts">
          {REVIEW_PARTS.map(({ id }) => {
            const view = PART_VIEWS[id];
            const choice = choices[id];
            return (
              <li key={id} class="review-part">
                {/* Not a region: the part's own editor, opened below, is the region of that name. */}
                <div>
                  <h3 id={`review-part-${id}`}>{view.title()}</h3>
                  <p>{view.says(draft, locale)}</p>
                  <fieldset class="field keep-change">
                    <legend class="sr-only">{t('reviewPartQuestion', [view.title()])}</legend>
                    {(['keep', 'change'] as const).map((option) => (
                      <label key={option} class="choice">
                        <input type="radio" name={`review-${id}`} value={option} checked={choice === option} onChange={() => choose(id, option)} />
                        {t(`review_${option}`)}
                      </label>
                    ))}
                  </fieldset>
                  {id === 'seasons' &&
                    seasonsDue.map((season) => (
                      <SeasonReviewForm
                        key={season.id}
                        agreement={draft}
                        season={season}
                        today={today}
                        headingLevel={4}
                        onDecided={(next) => {
                          setDraft(next);
                          setChoices((current) => ({ ...current, seasons: 'change' }));
                        }}
                      />
                    ))}
                  {choice === 'change' && (
                    <div class="review-change">
                      <view.Editor draft={draft} edit={edit} />
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <form class="review-finish" aria-labelledby="review-summary-title" onSubmit={finish} noValidate>
          <h3 id="review-summary-title">{t('reviewSummaryTitle')}</h3>
          {changes === null ? (
            <p class="error">{t('editorProblems', [String(issues.length)])}</p>
          ) : (
            <ul class="review-changes">
              {changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <label for="review-note">{t('reviewNoteLabel')}</label>
          <input id="review-note" type="text" class="change-note" maxLength={REVISION_NOTE_MAX} placeholder={t('editorNotePlaceholder')} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          <div class="toolbar">
            <button type="submit" class="primary" disabled={saving}>
              {t('reviewFinish')}
            </button>
            <button type="button" onClick={onLeave}>
              {t('reviewLeave')}
            </button>
          </div>
          {problem && (
            <p class="status error" role="alert">
              {problem}
            </p>
          )}
          {outcome && <SaveStatus outcome={outcome} done={t('reviewSaved')} />}
        </form>
      </section>
    </DraftIssues.Provider>
  );
}
