import { formatDay, formatWeekdayTime } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import { beforeWatching, unwatchedKey } from '@/utils/report/watched-days';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { DayStackChart } from './day-stack-chart';
import { TableScroll } from './table-scroll';

/** Each day's work in hours, after hours and in zones, with its span; the table is what a screen reader reads. */
export function ReportDays({ report, stretch, locale }: { report: WeeklyReport; stretch: Array<number | null> | null; locale: string }) {
  const duration = (ms: number) => formatDuration(ms, locale);
  return (
    <section aria-labelledby="days-title">
      <h2 id="days-title">{t('reportDaysTitle')}</h2>
      <DayStackChart days={report.days} locale={locale} />
      <TableScroll labelledBy="days-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reportDayColumn')}</th>
              <th scope="col">{t('daysInHoursColumn')}</th>
              <th scope="col">{t('reportAfterHoursColumn')}</th>
              <th scope="col">{t('reportInZoneColumn')}</th>
              <th scope="col">{t('daysSpanColumn')}</th>
              {stretch && <th scope="col">{t('daysStretchColumn')}</th>}
            </tr>
          </thead>
          <tbody>
            {report.days.map((day, index) => (
              <tr key={day.date}>
                <th scope="row">{formatDay(day.date, locale)}</th>
                {beforeWatching(day, report) ? (
                  <td colSpan={4} class="muted">
                    {t(unwatchedKey(report))}
                  </td>
                ) : (
                  <>
                    <td>{duration(day.inHoursMs)}</td>
                    <td>{duration(day.afterHoursMs)}</td>
                    <td>{duration(day.inZoneMs)}</td>
                    <td>
                      {day.span
                        ? t('daysSpan', [duration(day.span.lastEnd - day.span.firstStart), formatWeekdayTime(day.span.lastEnd, report.timeZone, locale)])
                        : '—'}
                    </td>
                  </>
                )}
                {stretch && <td>{stretch[index] ? t('daysStretchLevel', [String(stretch[index])]) : '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
