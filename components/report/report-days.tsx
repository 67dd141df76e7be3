import { formatDay, formatWeekdayTime } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import { beforeWatching, unwatchedKey } from '@/utils/report/watched-days';
import { dayMinutes } from '@/utils/report/whole-minutes';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { DayStackChart } from './day-stack-chart';
import { TableScroll } from './table-scroll';

/** Each day's work in hours, after hours and in zones, with its span; the table is what a screen reader reads. */
export function ReportDays({ report, stretch, locale }: { report: WeeklyReport; stretch: Array<number | null> | null; locale: string }) {
  const duration = (ms: number) => formatDuration(ms, locale);
  // Whole minutes that add up to the week's figures, the very ones the CSV export writes.
  const whole = dayMinutes(report.days.filter((day) => !beforeWatching(day, report)));
  const minutes = (value: number) => duration(value * 60_000);
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
                    <td>{minutes(whole.get(day.date)!.inHours)}</td>
                    <td>{minutes(whole.get(day.date)!.afterHours)}</td>
                    <td>{minutes(whole.get(day.date)!.inZone)}</td>
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
