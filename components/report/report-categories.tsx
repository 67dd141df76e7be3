import { formatDuration } from '@/utils/format/format-duration';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { Bar } from './bar';
import { siteCategoryName } from '../site-category-name';
import { TableScroll } from './table-scroll';

/** All work-site time of the week, in hours or not, by kind of site. */
export function ReportCategories({ report, locale }: { report: WeeklyReport; locale: string }) {
  const { categories } = report;
  const max = categories[0]?.ms ?? 0;
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('reportCategoriesTitle')}</h2>
      {categories.length === 0 ? (
        <p class="muted">{t('reportCategoriesNone')}</p>
      ) : (
        <TableScroll labelledBy="categories-title">
          <table class="chart">
            <thead>
              <tr>
                <th scope="col">{t('reportCategoryColumn')}</th>
                <th scope="col">{t('reportTimeColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {categories.map(({ category, ms }) => (
                <tr key={category}>
                  <th scope="row">{siteCategoryName(category)}</th>
                  <td>
                    <span class="figure">{formatDuration(ms, locale)}</span>
                    <Bar value={ms} max={max} kind="category" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
