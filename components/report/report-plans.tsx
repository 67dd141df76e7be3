import { formatDay } from '@/utils/format/format-day';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';

/** The hard weeks' plans, by name and day: they were agreed in advance, so they are not overrides. */
export function ReportPlans({ report, locale }: { report: WeeklyReport; locale: string }) {
  const plans = report.plans ?? [];
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('reportPlansTitle')}</h2>
      <ul>
        {plans.map((plan) => (
          <li key={`${plan.planId}-${plan.start}`}>
            {t('reportPlanDays', [plan.name, new Intl.ListFormat(locale, { type: 'conjunction' }).format(plan.days.map((day) => formatDay(day, locale)))])}
          </li>
        ))}
      </ul>
    </section>
  );
}
