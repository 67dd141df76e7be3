import { formatDay } from '@/utils/format/format-day';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import type { ReportPlan } from '@/utils/plans/plan-days';
import { t } from '../i18n';
import { listFormat } from '@/utils/format/intl-formats';

/** The hard weeks' plans, by name and day: they were agreed in advance, so they are not overrides. */
export function ReportPlans({ report, locale }: { report: WeeklyReport; locale: string }) {
  const plans = report.plans ?? [];
  const partner = report.partnerPlans ?? [];
  if (plans.length === 0 && partner.length === 0) return null;
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('reportPlansTitle')}</h2>
      {plans.length > 0 && <PlanList plans={plans} locale={locale} />}
      {partner.length > 0 && (
        <>
          <h3 id="partner-plans-title">{t('reportPartnerPlansTitle')}</h3>
          <PlanList plans={partner} locale={locale} labelledBy="partner-plans-title" />
        </>
      )}
    </section>
  );
}

function PlanList({ plans, locale, labelledBy }: { plans: ReportPlan[]; locale: string; labelledBy?: string }) {
  return (
    <ul aria-labelledby={labelledBy}>
      {plans.map((plan) => (
        <li key={`${plan.planId}-${plan.start}`}>
          {t('reportPlanDays', [plan.name, listFormat(locale, { type: 'conjunction' }).format(plan.days.map((day) => formatDay(day, locale)))])}
        </li>
      ))}
    </ul>
  );
}
