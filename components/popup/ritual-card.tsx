import { countdownSubstitutions, countdownTo } from '@/utils/status/countdown-text';
import type { PopupStatus } from '@/utils/status/popup-status';
import { t } from '../i18n';
import { EndedRituals } from './ended-rituals';

interface Props {
  status: PopupStatus;
  now: number;
  locale: string;
  clock: (instant: number) => string;
}

/** The ritual under way, the next one with a live countdown, and the ones that just ended. */
export function RitualCard({ status, now, locale, clock }: Props) {
  const { nextRitual: next, runningRituals, endedRituals, timeZone } = status;
  const countdown = next && countdownTo(next.start, now, timeZone, locale);
  return (
    <section class="card" aria-labelledby="ritual-title">
      <h2 id="ritual-title">{t('popupRitualTitle')}</h2>
      {runningRituals.map((ritual) => (
        <p key={`${ritual.ritualId}:${ritual.start}`}>{t('popupRitualRunning', [ritual.label, clock(ritual.end)])}</p>
      ))}
      {next && countdown ? (
        <p class="next">
          <strong>{next.label}</strong>{' '}
          <time dateTime={new Date(next.start).toISOString()} title={clock(next.start)}>
            {t(countdown.key, countdownSubstitutions(countdown))}
          </time>
        </p>
      ) : (
        <p class="muted">{t('popupRitualNone')}</p>
      )}
      <EndedRituals rituals={endedRituals} clock={clock} />
    </section>
  );
}
