import { formatDuration } from '@/utils/format/format-duration';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { BudgetMeterBar } from '../budget-meter-bar';
import { t } from '../i18n';

const MINUTE = 60_000;

/** The week's after-hours time against the budget in force, as a meter read out in time, not percent. */
export function ReportBudget({ report, locale }: { report: WeeklyReport; locale: string }) {
  const { usedMinutes, budgetMinutes, ratio, season } = report.budget;
  const over = usedMinutes > budgetMinutes;
  const duration = (minutes: number) => formatDuration(minutes * MINUTE, locale);
  const used = [duration(usedMinutes), duration(budgetMinutes)];
  return (
    <section aria-labelledby="budget-title">
      <h2 id="budget-title">{t('reportBudgetTitle')}</h2>
      <BudgetMeterBar ratio={ratio} over={over} label={t('reportBudgetMeterName')} valueText={t('reportBudgetUsed', used)} />
      <p>{t('reportBudgetUsed', used)}</p>
      {season && <p class="muted">{t('reportBudgetSeason', [season])}</p>}
      <p class="muted">{over ? t('reportBudgetOver', [duration(usedMinutes - budgetMinutes)]) : t('reportBudgetLeft', [duration(budgetMinutes - usedMinutes)])}</p>
      <p class="muted">{t('reportTotalsInZone', [formatDuration(report.totals.inZoneMs, locale), formatDuration(report.totals.overriddenMs, locale)])}</p>
    </section>
  );
}
