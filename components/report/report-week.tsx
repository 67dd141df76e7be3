import type { CheckInWeek } from '@/utils/report/check-in';
import { t } from '../i18n';
import { CheckInForm, type CheckInStore } from './check-in-form';
import { ReportBudget } from './report-budget';
import { ReportCategories } from './report-categories';
import { ReportDays } from './report-days';
import { ReportExports } from './report-exports';
import { ReportFigures } from './report-figures';
import { ReportOverrides } from './report-overrides';
import { ReportPlans } from './report-plans';
import { ReportRituals } from './report-rituals';
import { ReportTalkingPoints } from './report-talking-points';
import { TrendChart } from './trend-chart';

/**
 * The check-in's order: what to talk about (celebration first), the rituals kept, then the
 * figures behind them. The report opens a conversation; it does not keep score.
 */
export function ReportWeek({ week, locale, store }: { week: CheckInWeek; locale: string; store: CheckInStore }) {
  const { report } = week;
  const form = <CheckInForm weekStart={report.weekStart} previousWeekStart={week.reports[1]?.weekStart} store={store} />;
  if (report.empty) {
    return (
      <>
          <section aria-labelledby="empty-title">
          <h2 id="empty-title">{t('reportEmptyTitle')}</h2>
          <p class="muted">{t('reportEmptyBody')}</p>
        </section>
        {/* A quiet week may be quiet because a plan held, on either side: still there to talk about. */}
        <ReportPlans report={report} locale={locale} />
        {form}
        <TrendChart trend={week.trend} timeZone={report.timeZone} locale={locale} />
        <ReportExports week={week} locale={locale} />
      </>
    );
  }
  return (
    <>
      <ReportTalkingPoints points={week.points} />
      {form}
      <ReportRituals report={report} locale={locale} />
      <ReportFigures figures={week.figures} timeZone={report.timeZone} locale={locale} />
      <ReportBudget report={report} locale={locale} />
      <TrendChart trend={week.trend} timeZone={report.timeZone} locale={locale} />
      <ReportDays report={report} stretch={week.stretch} locale={locale} />
      <ReportCategories report={report} locale={locale} />
      <ReportPlans report={report} locale={locale} />
      <ReportOverrides report={report} locale={locale} />
      <ReportExports week={week} locale={locale} />
    </>
  );
}
