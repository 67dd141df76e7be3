import { formatDuration } from '@/utils/format/format-duration';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';

const MINUTE = 60_000;

/** The week's after-hours time against the budget in force, as a meter read out in time, not percent. */
export function ReportBudget({ report, locale }: { report: WeeklyReport; locale: string }) {
  const { usedMinutes, budgetMinutes, ratio, season } = report.budget;
  const percent = Math.round(Math.min(1, ratio) * 100);
  const over = usedMinutes > budgetMinutes;
  const duration = (minutes: number) => formatDuration(minutes * MINUTE, locale);
  const used = [duration(usedMinutes), duration(budgetMinutes)];
  return (
    <section aria-labelledby="budget-title">
      <h2 id="budget-title">{t('reportBudgetTitle')}</h2>
      <div
        role="meter"
        class={over ? 'meter over' : 'meter'}
        aria-label={t('reportBudgetMeterName')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('reportBudgetUsed', used)}
      >
        <div class="fill" style={{ width: `${percent}%` }} />
      </div>
      <p>{t('reportBudgetUsed', used)}</p>
      {season && <p class="muted">{t('reportBudgetSeason', [season])}</p>}
      <p class="muted">{over ? t('reportBudgetOver', [duration(usedMinutes - budgetMinutes)]) : t('reportBudgetLeft', [duration(budgetMinutes - usedMinutes)])}</p>
      <p class="muted">{t('reportTotalsInZone', [formatDuration(report.totals.inZoneMs, locale), formatDuration(report.totals.overriddenMs, locale)])}</p>
    </section>
  );
}
