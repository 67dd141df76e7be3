import { formatDay } from '@/utils/format/format-day';
import type { ReportDay } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { Legend, type LegendEntry } from '../legend';

const WIDTH = 560;
const ROW = 22;
const LABEL = 90;

/**
 * Each day as one bar: in-hours and after-hours work stacked, and the part of it spent in a zone
 * underlined. Drawn for the eye only, with its key: the table below it says every figure.
 */
export function DayStackChart({ days, locale }: { days: readonly ReportDay[]; locale: string }) {
  const max = Math.max(1, ...days.map((day) => day.inHoursMs + day.afterHoursMs));
  const scale = (ms: number) => (ms / max) * (WIDTH - LABEL - 4);
  const key: LegendEntry[] = [
    ['key-in-hours', t('daysInHoursColumn')],
    ['key-after-hours', t('reportAfterHoursColumn')],
    ...(days.some((day) => day.inZoneMs > 0) ? [['key-in-zone', t('daysInZoneKey')] as const] : []),
  ];
  return (
    <>
      <Legend entries={key} hidden />
      <svg class="day-stack" viewBox={`0 0 ${WIDTH} ${days.length * ROW}`} aria-hidden="true" focusable="false">
      {days.map((day, index) => {
        const top = index * ROW;
        const inHours = scale(day.inHoursMs);
        return (
          <g key={day.date}>
            <text x="0" y={top + 15} class="label">
              {formatDay(day.date, locale)}
            </text>
            <rect class="in-hours" x={LABEL} y={top + 3} width={inHours} height="12" />
            <rect class="after-hours" x={LABEL + inHours} y={top + 3} width={scale(day.afterHoursMs)} height="12" />
            <rect class="in-zone" x={LABEL} y={top + 17} width={scale(day.inZoneMs)} height="3" />
          </g>
        );
      })}
      </svg>
    </>
  );
}
