import { useEffect, useRef, useState } from 'preact/hooks';
import { describeIssue } from '@/utils/agreement/agreement-issues';
import type { HearthMessage, HearthReplies } from '@/utils/messages';
import { WELCOME_STEPS, type WelcomeAnswers, type WelcomeStep } from '@/utils/welcome/welcome-answers';
import { partnerIds, welcomeAgreement } from '@/utils/welcome/welcome-agreement';
import { stepProblems, type WelcomeProblem } from '@/utils/welcome/welcome-problems';
import { t } from '../i18n';
import { HoursStep } from './hours-step';
import { HouseholdStep } from './household-step';
import { PeopleStep } from './people-step';
import { ReviewStep } from './review-step';
import { RitualStep } from './ritual-step';
import { SitesStep } from './sites-step';
import { ZonesStep } from './zones-step';

type Send = <K extends HearthMessage['type']>(message: Extract<HearthMessage, { type: K }>) => Promise<HearthReplies[K]>;

export interface WelcomeProps {
  /** The stored progress, parsed (a fresh start when there is none). */
  load: () => Promise<WelcomeAnswers>;
  save: (answers: WelcomeAnswers) => Promise<void>;
  send: Send;
  /** Opens the options page, at a part of it when `hash` is given ("link"). */
  openOptions: (hash?: string) => void;
  detectedZone: string;
  now: () => number;
}

const COUNTED = WELCOME_STEPS.filter((step) => step !== 'start');

/** The first wrong field takes focus; for a group of boxes, its first box. */
function focusField(id: string) {
  const field = document.getElementById(id);
  (field?.matches('input, select') ? field : field?.querySelector('input'))?.focus();
}

/**
 * The first-run setup: one question per step, each checked before the next, the answers kept after
 * every change so the page can be closed and resumed, and nothing stored as an agreement until "Done"
 * (through `agreement:save`, so the background's schema has the last word).
 */
export function WelcomeApp({ load, save, send, openOptions, detectedZone, now }: WelcomeProps) {
  const [answers, setAnswers] = useState<WelcomeAnswers | null>(null);
  const [problems, setProblems] = useState<WelcomeProblem[]>([]);
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => void load().then(setAnswers), []);
  // A new step is announced by moving focus to its heading; not on first load, where the page title does it.
  const step = answers?.step;
  useEffect(() => {
    if (!step) return;
    if (firstStep.current) firstStep.current = false;
    else heading.current?.focus();
  }, [step]);
  if (!answers) return <p class="muted">{t('optionsLoading')}</p>;

  const keep = (next: WelcomeAnswers) => {
    setAnswers(next);
    save(next).catch(() => setFailure([t('welcomeProgressNotSaved')]));
  };
  const change = (update: (draft: WelcomeAnswers) => void) => {
    const draft = structuredClone(answers);
    update(draft);
    keep(draft);
    // A problem goes away as soon as what caused it is fixed; new ones wait for the next "Continue".
    if (problems.length > 0) setProblems(stepProblems(draft.step, draft).filter((p) => problems.some((old) => old.field === p.field)));
  };
  const goTo = (target: WelcomeStep) => {
    setProblems([]);
    setFailure(null);
    keep({ ...answers, step: target });
  };
  const index = WELCOME_STEPS.indexOf(answers.step);
  const next = (event: Event) => {
    event.preventDefault();
    const found = stepProblems(answers.step, answers);
    setProblems(found);
    if (found.length > 0) return focusField(found[0]!.field);
    goTo(WELCOME_STEPS[index + 1]!);
  };
  const skip = (hash?: string) => {
    keep({ ...answers, status: 'skipped' });
    if (hash) openOptions(hash);
    else openOptions();
  };
  const finish = async (thenLink: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = welcomeAgreement(answers, Date.now());
      if (!result.ok) return setFailure(result.issues.map((issue) => describeIssue(issue, t)));
      const reply = await send({ type: 'agreement:save', agreement: result.agreement, basedOn: null });
      if (!reply.ok) return setFailure('newer' in reply ? [t('welcomeAgreementExists')] : 'key' in reply ? [t(reply.key)] : reply.issues.map((issue) => describeIssue(issue, t)));
      const chosen = await send({ type: 'identity:set', partnerId: partnerIds(answers.names)[answers.mine ?? 0] });
      if (!chosen.ok) return setFailure([t(chosen.key)]);
      keep({ ...answers, status: 'done' });
      if (thenLink) openOptions('link');
    } catch {
      setFailure([t('welcomeSaveFailed')]);
    } finally {
      setBusy(false);
    }
  };

  if (answers.status === 'done') {
    return (
      <section aria-labelledby="welcome-title">
        <h2 id="welcome-title">{t('welcomeDoneTitle')}</h2>
        <p role="status">{t('welcomeDoneBody')}</p>
        <div class="toolbar">
          <button type="button" class="primary" onClick={() => openOptions('link')}>
            {t('welcomeLink')}
          </button>
          <button type="button" onClick={() => openOptions()}>
            {t('welcomeOpenSettings')}
          </button>
        </div>
      </section>
    );
  }

  if (answers.step === 'start') {
    return (
      <section aria-labelledby="welcome-title">
        <h2 id="welcome-title">{t('welcomeTitle')}</h2>
        <p>{t('welcomeIntro')}</p>
        {answers.status === 'skipped' && <p class="muted">{t('welcomeSkippedBefore')}</p>}
        <div class="toolbar">
          <button type="button" class="primary" onClick={() => goTo('people')}>
            {t('welcomeBegin')}
          </button>
          <button type="button" onClick={() => skip()}>
            {t('welcomeSkip')}
          </button>
        </div>
        {/* The second to install need not write the agreement again: linked, they can take the first one's. */}
        <p class="muted">{t('welcomePartnerFirst')}</p>
        <button type="button" onClick={() => skip('link')}>
          {t('welcomePartnerFirstLink')}
        </button>
      </section>
    );
  }

  const props = { answers, change, problems };
  const last = answers.step === 'review';
  return (
    <form class="welcome-step" aria-labelledby="step-title" onSubmit={next} noValidate>
      <p class="muted" id="step-count">
        {t('welcomeStepCount', [String(COUNTED.indexOf(answers.step) + 1), String(COUNTED.length)])}
      </p>
      <h2 id="step-title" ref={heading} tabIndex={-1} aria-describedby="step-count">
        {t(`welcomeStep_${answers.step}`)}
      </h2>
      {answers.step === 'people' && <PeopleStep {...props} />}
      {answers.step === 'household' && <HouseholdStep {...props} detectedZone={detectedZone} />}
      {answers.step === 'hours' && <HoursStep {...props} />}
      {answers.step === 'zones' && <ZonesStep {...props} />}
      {answers.step === 'ritual' && <RitualStep {...props} />}
      {answers.step === 'sites' && <SitesStep {...props} />}
      {last && <ReviewStep answers={answers} now={now()} />}
      {problems.length > 0 && (
        <p class="error" role="alert">
          {t('welcomeFixFirst')}
        </p>
      )}
      {failure && (
        <div class="status error" role="alert">
          <ul>
            {failure.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="toolbar welcome-actions">
        <button type="button" onClick={() => goTo(WELCOME_STEPS[index - 1]!)}>
          {t('welcomeBack')}
        </button>
        {last ? (
          <>
            <button type="button" disabled={busy} onClick={() => void finish(true)}>
              {t('welcomeLink')}
            </button>
            <button type="button" class="primary" disabled={busy} onClick={() => void finish(false)}>
              {t('welcomeDone')}
            </button>
          </>
        ) : (
          <button type="submit" class="primary">
            {t('welcomeContinue')}
          </button>
        )}
        <button type="button" class="link" onClick={() => skip()}>
          {t('welcomeSkip')}
        </button>
      </div>
    </form>
  );
}
