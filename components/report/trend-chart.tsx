import { formatDay } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import type { TrendWeek } from '@/utils/report/week-trend';
import { TREND_WEEKS } from '@/utils/report/check-in';
import { t } from '../i18n';
import { Legend, type LegendEntry } from '../legend';
import { TableScroll } from './table-scroll';

interface Props {
  trend: readonly TrendWeek[];
  locale: string;
  /** The trend is short because older weeks were deleted (retention), not because the agreement is young. */
  olderDeleted?: boolean;
}

const WIDTH = 560;
const HEIGHT = 140;
const MINUTE = 60_000;

/**
 * Eight weeks of after hours against the plan then in force. A small SVG rather than a charting
 * library: the chart is a dozen rectangles, a library would outweigh the whole report page, and the
 * table beside it carries every figure for screen readers and print, so the drawing is hidden from them.
 * The chart always has eight places, this week in the last: a young agreement's few weeks stand at
 * the right, as they will when the weeks before them come, not stretched over the whole width.
 */
export function TrendChart({ trend, locale, olderDeleted = false }: Props) {
  const max = Math.max(1, ...trend.flatMap((week) => [week.afterHoursMinutes, week.budgetMinutes]));
  const slot = WIDTH / TREND_WEEKS;
  const first = Math.max(0, TREND_WEEKS - trend.length);
  const y = (minutes: number) => HEIGHT - (minutes / max) * (HEIGHT - 10);
  const weekName = (week: TrendWeek) => formatDay(week.startDate, locale);
  const key: LegendEntry[] = [
    ['key-after-hours', t('reportAfterHoursColumn')],
    ...(trend.some((week) => week.afterHoursMinutes > week.budgetMinutes) ? [['key-over', t('trendPastPlanKey')] as const] : []),
    ['key-plan', t('trendPlanColumn')],
  ];
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{t('trendTitle')}</h2>
      {trend.length < TREND_WEEKS && <p class="muted">{t(olderDeleted ? 'trendSinceKept' : 'trendSince', [String(trend.length), String(TREND_WEEKS)])}</p>}
      <Legend entries={key} hidden />
      <svg class="trend" viewBox={`0 0 ${WIDTH} ${HEIGHT + 4}`} aria-hidden="true" focusable="false">
        {/* The zero line: a week without after hours still stands on something. */}
        <line class="axis" x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
        {trend.map((week, index) => (
          <g key={week.weekStart}>
            <rect
              class={week.afterHoursMinutes > week.budgetMinutes ? 'over' : 'within'}
              x={(first + index) * slot + slot * 0.2}
              y={y(week.afterHoursMinutes)}
              width={slot * 0.6}
              height={HEIGHT - y(week.afterHoursMinutes)}
              rx="3"
            />
            <line class="plan" x1={(first + index) * slot + slot * 0.1} x2={(first + index) * slot + slot * 0.9} y1={y(week.budgetMinutes)} y2={y(week.budgetMinutes)} />
          </g>
        ))}
      </svg>
      <TableScroll labelledBy="trend-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('trendWeekColumn')}</th>
              <th scope="col">{t('reportAfterHoursColumn')}</th>
              <th scope="col">{t('trendPlanColumn')}</th>
              <th scope="col">{t('figuresQuiet')}</th>
              <th scope="col">{t('trendRitualsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{weekName(week)}</th>
                <td>{formatDuration(week.afterHoursMinutes * MINUTE, locale)}</td>
                <td>{formatDuration(week.budgetMinutes * MINUTE, locale)}</td>
                <td>{t('figuresOf', [String(week.quietEvenings), String(week.days)])}</td>
                <td>{week.rituals === 0 ? t('trendNoRituals') : t('figuresOf', [String(week.ritualsKept), String(week.rituals)])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
