import type { TalkingPoint } from '@/utils/report/talking-points';
import { t } from '../i18n';

const TONES: Array<{ tone: TalkingPoint['tone']; title: string }> = [
  { tone: 'celebrate', title: 'checkinCelebrateTitle' },
  { tone: 'stretched', title: 'checkinStretchedTitle' },
  { tone: 'adjust', title: 'checkinAdjustTitle' },
];

/** What to talk about, celebration first: drawn from the week's figures, never a verdict on a person. */
export function ReportTalkingPoints({ points }: { points: readonly TalkingPoint[] }) {
  return (
    <section aria-labelledby="points-title" class="points">
      <h2 id="points-title">{t('checkinPointsTitle')}</h2>
      {points.length === 0 && <p class="muted">{t('checkinPointsNone')}</p>}
      {TONES.map(({ tone, title }) => {
        const mine = points.filter((point) => point.tone === tone);
        if (mine.length === 0) return null;
        return (
          <div key={tone} class={`tone ${tone}`}>
            <h3>{t(title)}</h3>
            <ul>
              {mine.map((point) => (
                <li key={point.key + point.substitutions.join()}>{t(point.key, point.substitutions)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
