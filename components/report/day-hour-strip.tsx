import { formatDay } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import type { HourCell, StripDay } from '@/utils/report/day-hour-strip';
import type { UnwatchedKey } from '@/utils/report/watched-days';
import { formatHour, formatTimeOfDay } from '@/utils/format/agreement-format';
import { t } from '../i18n';
import { Legend, type LegendEntry } from '../legend';
import { TableScroll } from './table-scroll';

const LABEL = 90;
const CELL = 19;
const ROW = 22;
const TOP = 16;
const WIDTH = LABEL + 24 * CELL;

/** "8:00 PM" / "20:00": the hour a table row names, as the locale writes a time. */
const hourName = (hour: number, locale: string) => formatTimeOfDay(`${String(hour).padStart(2, '0')}:00`, locale);

/** How full an hour was, 0..1: the work in it against the time the clock showed it. */
const fill = (cell: HourCell) => (cell.lengthMs === 0 ? 0 : Math.min(1, cell.workMs / cell.lengthMs));

/**
 * The week as days × hours: each hour shaded by the work in it, the hours the agreed zones guard
 * underlaid, so evenings that were meant to be free show at a glance. Drawn for the eye only: the
 * table says, for each day, when work happened and which of it fell in zone hours. A day in
 * `unwatched` (wholly before Hearth began in this browser, or older than it keeps) is drawn empty and
 * said why, in `unwatchedKey`'s words.
 */
export function DayHourStrip({
  strip,
  locale,
  unwatched = new Set(),
  unwatchedKey = 'daysBeforeHearth',
}: {
  strip: readonly StripDay[];
  locale: string;
  unwatched?: ReadonlySet<string>;
  /** What an unwatched day says (watched-days.ts). */
  unwatchedKey?: UnwatchedKey;
}) {
  const duration = (ms: number) => formatDuration(ms, locale);
  const worked = (day: StripDay, inZone: boolean) => {
    const hours = day.hours.filter((cell) => cell.workMs > 0 && (!inZone || cell.zoneMs > 0));
    return hours.length === 0 ? '—' : hours.map((cell) => t('stripHourWork', [hourName(cell.hour, locale), duration(cell.workMs)])).join(', ');
  };
  const key: LegendEntry[] = [
    ['key-work', t('stripWorkKey')],
    ...(strip.some((day) => day.hours.some((cell) => cell.zoneMs > 0)) ? [['key-zone-hours', t('stripZoneKey')] as const] : []),
  ];
  return (
    <section aria-labelledby="strip-title">
      <h2 id="strip-title">{t('stripTitle')}</h2>
      <p class="muted">{t('stripIntro')}</p>
      <Legend entries={key} hidden />
      <svg class="hour-strip" viewBox={`0 0 ${WIDTH} ${TOP + strip.length * ROW}`} aria-hidden="true" focusable="false">
        {[0, 6, 12, 18].map((hour) => (
          <text key={hour} class="label" x={LABEL + hour * CELL} y="11">
            {formatHour(hour, locale)}
          </text>
        ))}
        {strip.map((day, row) => (
          <g key={day.date}>
            <text class="label" x="0" y={TOP + row * ROW + 14}>
              {formatDay(day.date, locale)}
            </text>
            {day.hours.map((cell) => {
              const x = LABEL + cell.hour * CELL;
              const y = TOP + row * ROW;
              if (cell.lengthMs === 0 || unwatched.has(day.date)) return <rect key={cell.hour} class="skipped" x={x + 1} y={y + 1} width={CELL - 2} height={ROW - 4} />;
              return (
                <g key={cell.hour}>
                  {cell.zoneMs > 0 && <rect class="zone" x={x} y={y} width={CELL} height={ROW - 2} opacity={Math.max(0.5, cell.zoneMs / cell.lengthMs)} />}
                  <rect class="hour" x={x + 2} y={y + 2} width={CELL - 4} height={ROW - 6} rx="2" />
                  {cell.workMs > 0 && <rect class="work" x={x + 2} y={y + 2} width={CELL - 4} height={ROW - 6} rx="2" opacity={0.25 + 0.75 * fill(cell)} />}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <TableScroll labelledBy="strip-title">
        <table class="strip-table">
          <thead>
            <tr>
              <th scope="col">{t('reportDayColumn')}</th>
              <th scope="col">{t('stripWorkColumn')}</th>
              <th scope="col">{t('stripZoneColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {strip.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatDay(day.date, locale)}</th>
                {unwatched.has(day.date) ? (
                  <td colSpan={2} class="muted">
                    {t(unwatchedKey)}
                  </td>
                ) : (
                  <>
                    <td>{worked(day, false)}</td>
                    <td>{worked(day, true)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
