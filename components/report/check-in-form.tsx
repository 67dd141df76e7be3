import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CHECK_IN_PROMPTS, parseCheckInAnswers, type CheckInAnswers, type CheckInPrompt } from '@/utils/report/check-in-answers';
import { t } from '../i18n';

export interface CheckInStore {
  /** This week's answers and the week before's, if any were saved. */
  load: (weekStart: number, previousWeekStart: number | undefined) => Promise<{ answers: CheckInAnswers | null; previous: CheckInAnswers | null }>;
  save: (weekStart: number, answers: CheckInAnswers) => Promise<void>;
  clock: () => number;
}

interface Props {
  weekStart: number;
  previousWeekStart: number | undefined;
  store: CheckInStore;
  /** Heard after each save, so what shows the answers elsewhere reads them again. */
  onSaved?: () => void;
  /** Beside the saved "what do we adjust": a button making it a commitment. */
  adjustAction?: (answer: string) => ComponentChildren;
  /** The answers also go to the partner (linked, and both share check-ins): the form says so. */
  shared?: boolean;
}

const PROMPT_KEYS: Record<CheckInPrompt, string> = {
  stretched: 'checkinPromptStretched',
  celebrate: 'checkinPromptCelebrate',
  adjust: 'checkinPromptAdjust',
};
const EMPTY: Record<CheckInPrompt, string> = { stretched: '', celebrate: '', adjust: '' };

type Status = { kind: 'loading' } | { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The conversation's outcome, kept with its week: last week's "what do we adjust" comes first. */
export function CheckInForm({ weekStart, previousWeekStart, store, onSaved, adjustAction, shared = false }: Props) {
  const [draft, setDraft] = useState(EMPTY);
  const [savedAdjust, setSavedAdjust] = useState('');
  const [previous, setPrevious] = useState<CheckInAnswers | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    let stale = false;
    setStatus({ kind: 'loading' });
    store.load(weekStart, previousWeekStart).then(
      ({ answers, previous: before }) => {
        if (stale) return;
        setDraft(answers ? { stretched: answers.stretched, celebrate: answers.celebrate, adjust: answers.adjust } : EMPTY);
        setSavedAdjust(answers?.adjust ?? '');
        setPrevious(before);
        setStatus({ kind: 'idle' });
      },
      () => !stale && setStatus({ kind: 'error', message: t('checkinLoadFailed') }),
    );
    return () => {
      stale = true;
    };
  }, [weekStart, previousWeekStart]);

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseCheckInAnswers(draft, store.clock());
    if (!parsed.ok) return setStatus({ kind: 'error', message: t(parsed.key, [t(PROMPT_KEYS[parsed.prompt])]) });
    try {
      await store.save(weekStart, parsed.answers);
      setStatus({ kind: 'saved' });
      setSavedAdjust(parsed.answers.adjust);
      onSaved?.();
    } catch {
      setStatus({ kind: 'error', message: t('checkinSaveFailed') });
    }
  };

  return (
    <section aria-labelledby="checkin-title" class="check-in">
      <h2 id="checkin-title">{t('checkinAnswersTitle')}</h2>
      {previous?.adjust && (
        <div class="last-week">
          <h3>{t('checkinLastWeekAdjust')}</h3>
          <p>{previous.adjust}</p>
        </div>
      )}
      <form onSubmit={save}>
        {CHECK_IN_PROMPTS.map((prompt) => (
          <label key={prompt}>
            {t(PROMPT_KEYS[prompt])}
            <textarea
              rows={3}
              value={draft[prompt]}
              disabled={status.kind === 'loading'}
              onInput={(event) => {
                setDraft({ ...draft, [prompt]: event.currentTarget.value });
                if (status.kind === 'saved') setStatus({ kind: 'idle' });
              }}
            />
          </label>
        ))}
        <p class="muted">{t(shared ? 'checkinAnswersShared' : 'checkinAnswersPrivate')}</p>
        <button type="submit" class="primary" disabled={status.kind === 'loading'}>
          {t('checkinSave')}
        </button>
        {status.kind === 'saved' && <p role="status">{t('checkinSaved')}</p>}
        {savedAdjust !== '' && adjustAction && <p class="adjust-action">{adjustAction(savedAdjust)}</p>}
        {status.kind === 'error' && (
          <p role="alert" class="error">
            {status.message}
          </p>
        )}
      </form>
    </section>
  );
}
