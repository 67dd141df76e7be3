import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { ReportBudget } from './report-budget';
import { ReportCategories } from './report-categories';
import { ReportDays } from './report-days';
import { ReportOverrides } from './report-overrides';
import { ReportPlans } from './report-plans';
import { ReportRituals } from './report-rituals';

/** The rituals kept come first: the report opens a conversation, it does not keep score. */
export function ReportWeek({ report, locale }: { report: WeeklyReport; locale: string }) {
  if (report.empty) {
    return (
      <section aria-labelledby="empty-title">
        <h2 id="empty-title">{t('reportEmptyTitle')}</h2>
        <p class="muted">{t('reportEmptyBody')}</p>
      </section>
    );
  }
  return (
    <>
      <ReportRituals report={report} locale={locale} />
      <ReportBudget report={report} locale={locale} />
      <ReportDays report={report} locale={locale} />
      <ReportCategories report={report} locale={locale} />
      <ReportPlans report={report} locale={locale} />
      <ReportOverrides report={report} locale={locale} />
    </>
  );
}
