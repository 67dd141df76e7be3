import type { CheckInWeek } from '@/utils/report/check-in';
import { weeksToCsv, weekToJson, weekToMarkdown } from '@/utils/report/week-export';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { downloadFile } from '../download-file';
import { t } from '../i18n';

/** The week (or the trend's weeks) to take along: a spreadsheet, the data, or words for shared notes. */
export function ReportExports({ week, locale }: { week: CheckInWeek; locale: string }) {
  const { report, reports } = week;
  const first = wallTimeAt(report.weekStart, report.timeZone).date;
  const oldest = wallTimeAt(reports[reports.length - 1]!.weekStart, report.timeZone).date;
  const title = document.querySelector('.week')?.textContent ?? first;
  const exports: Array<[string, () => void]> = [
    ['exportCsvWeek', () => downloadFile(weeksToCsv([report]), 'text/csv', `hearth-week-${first}.csv`)],
    ['exportCsvRange', () => downloadFile(weeksToCsv(reports), 'text/csv', `hearth-weeks-${oldest}-to-${first}.csv`)],
    ['exportJson', () => downloadFile(weekToJson(week), 'application/json', `hearth-week-${first}.json`)],
    ['exportMarkdown', () => downloadFile(weekToMarkdown(week, t, locale, title), 'text/markdown', `hearth-week-${first}.md`)],
  ];
  return (
    <section aria-labelledby="exports-title" class="exports">
      <h2 id="exports-title">{t('exportTitle')}</h2>
      <div class="toolbar">
        {exports.map(([key, run]) => (
          <button key={key} type="button" onClick={run}>
            {t(key)}
          </button>
        ))}
      </div>
    </section>
  );
}
