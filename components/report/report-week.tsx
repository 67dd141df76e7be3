import type { CheckInWeek } from '@/utils/report/check-in';
import { t } from '../i18n';
import { ReportBudget } from './report-budget';
import { ReportCategories } from './report-categories';
import { ReportDays } from './report-days';
import { ReportFigures } from './report-figures';
import { ReportOverrides } from './report-overrides';
import { ReportRituals } from './report-rituals';
import { ReportTalkingPoints } from './report-talking-points';
import { TrendChart } from './trend-chart';

/**
 * The check-in's order: what to talk about (celebration first), the rituals kept, then the
 * figures behind them. The report opens a conversation; it does not keep score.
 */
export function ReportWeek({ week, locale }: { week: CheckInWeek; locale: string }) {
  const { report } = week;
  if (report.empty) {
    return (
      <>
        <section aria-labelledby="empty-title">
          <h2 id="empty-title">{t('reportEmptyTitle')}</h2>
          <p class="muted">{t('reportEmptyBody')}</p>
        </section>
        <TrendChart trend={week.trend} timeZone={report.timeZone} locale={locale} />
      </>
    );
  }
  return (
    <>
      <ReportTalkingPoints points={week.points} />
      <ReportRituals report={report} locale={locale} />
      <ReportFigures figures={week.figures} timeZone={report.timeZone} locale={locale} />
      <ReportBudget report={report} locale={locale} />
      <TrendChart trend={week.trend} timeZone={report.timeZone} locale={locale} />
      <ReportDays report={report} locale={locale} />
      <ReportCategories report={report} locale={locale} />
      <ReportOverrides report={report} locale={locale} />
    </>
  );
}
