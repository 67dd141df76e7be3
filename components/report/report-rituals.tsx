import { formatDay } from '@/utils/format/format-day';
import type { RitualVerdict, WeeklyReport } from '@/utils/report/weekly-report';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { t } from '../i18n';

const VERDICT_KEYS: Record<RitualVerdict, string> = {
  kept: 'reportVerdictKept',
  missed: 'reportVerdictMissed',
  skipped: 'reportVerdictSkipped',
  unmarked: 'reportVerdictUnmarked',
};

const COUNT_KEYS = { missed: 'reportMissedCount', skipped: 'reportSkippedCount', unmarked: 'reportUnmarkedCount' } as const;

export function ReportRituals({ report, locale }: { report: WeeklyReport; locale: string }) {
  const { rituals, ritualCounts, timeZone } = report;
  const others = (Object.keys(COUNT_KEYS) as Array<keyof typeof COUNT_KEYS>).filter((verdict) => ritualCounts[verdict] > 0);
  return (
    <section aria-labelledby="rituals-title">
      <h2 id="rituals-title">{t('reportRitualsTitle')}</h2>
      {rituals.length === 0 ? (
        <p class="muted">{t('reportRitualsNone')}</p>
      ) : (
        <>
          <p class="headline">
            {t('reportRitualsKept', [String(ritualCounts.kept), String(rituals.length)])}
            {ritualCounts.kept === rituals.length && ` ${t('reportRitualsAllKept')}`}
          </p>
          {others.length > 0 && <p class="muted">{others.map((verdict) => t(COUNT_KEYS[verdict], [String(ritualCounts[verdict])])).join(' · ')}</p>}
          <ul class="rituals">
            {rituals.map((ritual) => {
              const verdict = t(VERDICT_KEYS[ritual.verdict]);
              return (
                <li key={`${ritual.ritualId}-${ritual.start}`} class={`verdict ${ritual.verdict}`}>
                  {t('reportRitualLine', [formatDay(wallTimeAt(ritual.start, timeZone).date, locale), ritual.label, ritual.guessed ? t('reportVerdictGuessed', [verdict]) : verdict])}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
