import { useEffect, useState } from 'preact/hooks';
import type { StretchStatus } from '@/utils/messages';
import { STRETCH_LEVELS, type StretchLevel } from '@/utils/status/stretch-level';
import { t } from '../i18n';
import { request } from './request';

/**
 * One tap a day, only for those who asked for it: no reminder, no streak, no nag. Once answered
 * it says so quietly and lets the answer be changed until the day ends.
 */
export function StretchCard({ initial }: { initial: StretchStatus | null }) {
  const [status, setStatus] = useState<StretchStatus | null>(initial);
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState(false);
  // The popup's status is asked again when it goes out of date (a new day): take the new one.
  useEffect(() => setStatus(initial), [initial]);
  if (!status?.enabled) return null;

  const answer = async (level: StretchLevel) => {
    const reply = await request({ type: 'stretch:set', level }).catch(() => null);
    if (!reply?.ok) return setError(true);
    setError(false);
    setChanging(false);
    setStatus({ ...status, today: level });
  };

  return (
    <section class="card stretch" aria-labelledby="stretch-title">
      <h2 id="stretch-title">{t('stretchQuestion')}</h2>
      {status.today !== null && !changing ? (
        <p>
          {t('stretchAnswered', [t(`stretchLevel${status.today}`)])}{' '}
          <button type="button" class="link" onClick={() => setChanging(true)}>
            {t('stretchChange')}
          </button>
        </p>
      ) : (
        <div class="levels" role="group" aria-labelledby="stretch-title">
          {STRETCH_LEVELS.map((level) => (
            <button key={level} type="button" aria-pressed={status.today === level} onClick={() => void answer(level)}>
              <span aria-hidden="true">{level}</span>
              <span class="level-name">{t(`stretchLevel${level}`)}</span>
            </button>
          ))}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {t('stretchFailed')}
        </p>
      )}
    </section>
  );
}
