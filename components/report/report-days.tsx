import { formatDay } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { Bar } from './bar';

/** The bar chart is a table, so a screen reader reads it by day and column; the bars only echo the figures. */
export function ReportDays({ report, locale }: { report: WeeklyReport; locale: string }) {
  const max = Math.max(0, ...report.days.flatMap((day) => [day.afterHoursMs, day.inZoneMs]));
  return (
    <section aria-labelledby="days-title">
      <h2 id="days-title">{t('reportDaysTitle')}</h2>
      <table class="chart">
        <thead>
          <tr>
            <th scope="col">{t('reportDayColumn')}</th>
            <th scope="col">{t('reportAfterHoursColumn')}</th>
            <th scope="col">{t('reportInZoneColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {report.days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{formatDay(day.date, locale)}</th>
              <td>
                <span class="figure">{formatDuration(day.afterHoursMs, locale)}</span>
                <Bar value={day.afterHoursMs} max={max} kind="after-hours" />
              </td>
              <td>
                <span class="figure">{formatDuration(day.inZoneMs, locale)}</span>
                <Bar value={day.inZoneMs} max={max} kind="in-zone" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
