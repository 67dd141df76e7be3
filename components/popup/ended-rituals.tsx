import { useState } from 'preact/hooks';
import type { EndedRitual } from '@/utils/status/popup-status';
import type { RitualOutcome } from '@/utils/status/ritual-marks';
import { t } from '../i18n';
import { request } from './request';

interface Props {
  rituals: EndedRitual[];
  clock: (instant: number) => string;
}

/** Rituals that ended in the last two hours: one tap says whether they were kept. */
export function EndedRituals({ rituals, clock }: Props) {
  const [outcomes, setOutcomes] = useState<Record<string, RitualOutcome>>({});
  const [failed, setFailed] = useState(false);
  if (rituals.length === 0) return null;

  const mark = async (ritual: EndedRitual, outcome: RitualOutcome) => {
    try {
      const reply = await request({ type: 'ritual:mark', ritualId: ritual.ritualId, start: ritual.start, outcome });
      setFailed(!reply.ok);
      if (reply.ok) setOutcomes((current) => ({ ...current, [keyOf(ritual)]: outcome }));
    } catch {
      setFailed(true);
    }
  };

  return (
    <ul class="ended">
      {rituals.map((ritual) => {
        const key = keyOf(ritual);
        const outcome = outcomes[key] ?? ritual.outcome;
        // A tap here is the person's word, which replaces Hearth's guess.
        const guessed = outcomes[key] === undefined && ritual.guessed === true;
        const questionId = `ended-${key.replace(/[^a-z0-9-]/g, '-')}`;
        return (
          <li key={key}>
            <p id={questionId}>{t('popupEndedQuestion', [ritual.label, clock(ritual.end)])}</p>
            {outcome && (
              <p class={guessed ? `outcome ${outcome} guess` : `outcome ${outcome}`} role="status">
                {t(outcomeKey(outcome, guessed))}
              </p>
            )}
            <div class="actions" role="group" aria-labelledby={questionId}>
              <button type="button" aria-pressed={outcome === 'kept'} onClick={() => void mark(ritual, 'kept')}>
                {t('popupKept')}
              </button>
              <button type="button" aria-pressed={outcome === 'skipped'} onClick={() => void mark(ritual, 'skipped')}>
                {t('popupSkipped')}
              </button>
            </div>
          </li>
        );
      })}
      {failed && (
        <li class="error" role="alert">
          {t('popupMarkInvalid')}
        </li>
      )}
    </ul>
  );
}

function outcomeKey(outcome: RitualOutcome, guessed: boolean): string {
  if (guessed) return outcome === 'kept' ? 'popupGuessKept' : 'popupGuessSkipped';
  return outcome === 'kept' ? 'popupMarkedKept' : 'popupMarkedSkipped';
}

function keyOf(ritual: EndedRitual): string {
  return `${ritual.ritualId}-${ritual.start}`;
}
