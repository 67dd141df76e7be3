import { formatDuration } from '@/utils/format/format-duration';
import { joinIsolated } from '@/utils/format/bidi-isolate';
import { formatWeekdayTime } from '@/utils/format/format-day';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { BreakableHost } from '../breakable-host';
import { t } from '../i18n';
import { TableScroll } from './table-scroll';

const MINUTE = 60_000;

/** Each override with the reason given at the time: the couple talk about why, not how many. */
export function ReportOverrides({ report, locale }: { report: WeeklyReport; locale: string }) {
  const { overrides, timeZone } = report;
  return (
    <section aria-labelledby="overrides-title">
      <h2 id="overrides-title">{t('reportOverridesTitle')}</h2>
      {overrides.length === 0 ? (
        <p class="muted">{t('reportOverridesNone')}</p>
      ) : (
        <TableScroll labelledBy="overrides-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reportWhenColumn')}</th>
                <th scope="col">{t('reportSiteColumn')}</th>
                <th scope="col">{t('reportMinutesColumn')}</th>
                <th scope="col">{t('reportZoneColumn')}</th>
                <th scope="col">{t('reportReasonColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {overrides.map((override) => (
                <tr key={`${override.start}-${override.site}`}>
                  <td>{formatWeekdayTime(override.start, timeZone, locale)}</td>
                  <td class="site">
                    <BreakableHost host={override.site} />
                  </td>
                  <td>{formatDuration(override.minutes * MINUTE, locale)}</td>
                  <td>{joinIsolated(override.zones, ', ')}</td>
                  <td>{override.reason.trim() || <span class="muted">{t('reportReasonNone')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
