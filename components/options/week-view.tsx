import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { ZONE_MODES, type Agreement } from '@/utils/agreement/agreement-schema';
import { formatMinutesOfDay, MINUTES_PER_DAY } from '@/utils/agreement/time-of-day';
import { formatDateRange, formatHour, formatTimeOfDay, formatWeekDate } from '@/utils/format/agreement-format';
import { weekView, type WeekBlock, type WeekLane, type WeekViewDay } from '@/utils/schedule/week-view';
import { t, uiLocale } from '../i18n';
import { Legend, type LegendEntry } from '../legend';

/** Blocks shorter than this carry their label beside them rather than inside, where it would not fit. */
const LABEL_INSIDE_MINUTES = 90;
/** Below this much free room beside a short block, its name is left to the tooltip and the text list. */
const LABEL_BESIDE_MINUTES = 100;
const HOUR_MARKS = [0, 3, 6, 9, 12, 15, 18, 21, 24];

const percent = (minutes: number) => `${(minutes / MINUTES_PER_DAY) * 100}%`;
const time = (minutes: number, locale: string) => formatTimeOfDay(minutes === MINUTES_PER_DAY ? '24:00' : formatMinutesOfDay(minutes), locale);

function timesText(block: WeekBlock, locale: string): string {
  if (block.from === 0 && block.to === MINUTES_PER_DAY) return t('wholeDay');
  const span = [time(block.from, locale), time(block.to, locale)];
  if (block.continued) return t('weekViewTimesFromDayBefore', span);
  if (block.continues) return t('weekViewTimesToNextDay', span);
  return t('weekViewTimes', span);
}

/** What a screen reader hears for a block, e.g. "Family evenings, no-work zone, dims work sites, 19:00 to 07:00 the next day". */
export function describeBlock(block: WeekBlock, locale: string): string {
  const parts: string[] = [];
  if (block.kind === 'work') parts.push(t('weekViewWork', [block.label]));
  else if (block.kind === 'ritual') {
    parts.push(block.label, t(block.monthly ? 'weekViewMonthlyRitual' : 'weekViewRitual'));
    if (block.protected) parts.push(t('weekViewProtected'));
  } else parts.push(block.label, t(block.kind === 'zone' ? 'weekViewZone' : 'weekViewSpecialDay'), t(`zoneMode_${block.mode}`));
  return [...parts, timesText(block, locale)].join(', ');
}

function blockClass(block: WeekBlock, lane: WeekLane, lanes: readonly WeekLane[]): string {
  if (block.kind === 'work') return `wv-block wv-partner-${lanes.indexOf(lane)}`;
  if (block.kind === 'ritual') return `wv-block wv-ritual${block.protected ? ' wv-protected' : ''}`;
  return `wv-block wv-mode-${block.mode}`;
}

/**
 * Where a short block's label goes without covering a neighbour in its row: after the block if
 * there is room, else before it, else nowhere (the tooltip and the text list still name it).
 */
function labelBeside(block: WeekBlock, row: readonly WeekBlock[]): { left: string; maxWidth: string } | { right: string; maxWidth: string } | null {
  const after = (row.find((other) => other.start >= block.end)?.start ?? MINUTES_PER_DAY) - block.end;
  if (after >= LABEL_BESIDE_MINUTES) return { left: percent(block.end), maxWidth: percent(after) };
  const before = block.start - Math.max(0, ...row.filter((other) => other.end <= block.start).map((other) => other.end));
  if (before >= LABEL_BESIDE_MINUTES) return { right: percent(MINUTES_PER_DAY - block.start), maxWidth: percent(before) };
  return null;
}

function Lane({ lane, lanes, day, locale }: { lane: WeekLane; lanes: readonly WeekLane[]; day: WeekViewDay; locale: string }) {
  const blocks = day.blocks.filter((block) => block.lane === lane.key);
  return (
    <div class="wv-lane" style={{ height: `calc(${day.rows[lane.key]} * var(--wv-row))` }}>
      {blocks.map((block) => {
        const inside = block.end - block.start >= LABEL_INSIDE_MINUTES;
        const beside = inside ? null : labelBeside(block, blocks.filter((other) => other.row === block.row));
        const name = block.monthly ? `${block.label} (${t('weekViewMonthly')})` : block.label;
        const top = `calc(${block.row} * var(--wv-row))`;
        return (
          <Fragment key={`${block.kind} ${block.id} ${block.start} ${block.row}`}>
            <div class={blockClass(block, lane, lanes)} style={{ left: percent(block.start), width: percent(block.end - block.start), top }} title={describeBlock(block, locale)}>
              {inside && <span class="wv-label">{name}</span>}
            </div>
            {beside && (
              <span class={'right' in beside ? 'wv-label wv-beside wv-before' : 'wv-label wv-beside'} style={{ ...beside, top }}>
                {name}
              </span>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

/** A key to what this week shows: both partners always, zone modes and kinds of ritual only when drawn. */
function WeekLegend({ lanes, days }: { lanes: readonly WeekLane[]; days: readonly WeekViewDay[] }) {
  const blocks = days.flatMap((day) => day.blocks);
  const zoneModes = new Set(blocks.filter((block) => block.kind !== 'work' && block.kind !== 'ritual').map((block) => block.mode));
  const rituals = blocks.filter((block) => block.kind === 'ritual');
  const entries: LegendEntry[] = [
    ...lanes.flatMap((lane, index): LegendEntry[] => (lane.partner ? [[`wv-partner-${index}`, t('weekViewWorkLegend', [lane.partner.name])]] : [])),
    ...ZONE_MODES.filter((mode) => zoneModes.has(mode)).map((mode): LegendEntry => [`wv-mode-${mode}`, t('weekViewZoneLegend', [t(`zoneMode_${mode}`)])]),
    ...(rituals.some((block) => block.protected) ? [['wv-ritual wv-protected', t('weekViewProtectedLegend')] as const] : []),
    ...(rituals.some((block) => !block.protected) ? [['wv-ritual', t('weekViewRitualLegend')] as const] : []),
  ];
  return <Legend entries={entries} />;
}

/**
 * The household's week on one grid: a row per day, hours across, a lane per partner's working
 * hours, one for zones and one for rituals. The drawing is for the eye; a screen reader gets the
 * same blocks as a list per day.
 */
export function WeekView({ agreement, now, unsaved = false }: { agreement: Agreement; now: number; unsaved?: boolean }) {
  const id = useId();
  const locale = uiLocale();
  const view = weekView(agreement, now);
  const first = view.days[0]!.date;
  const last = view.days[6]!.date;
  return (
    <section id="week" class="week-view" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('weekViewTitle')}</h2>
      <p class="muted">{t('weekViewIntro', [formatDateRange(first, last, locale)])}</p>
      {unsaved && <p class="wv-unsaved">{t('weekViewUnsaved')}</p>}
      <div class="wv-drawing" aria-hidden="true">
        <WeekLegend lanes={view.lanes} days={view.days} />
        <div class="wv-axis">
          {HOUR_MARKS.map((hour) => (
            <span key={hour} class={hour % 6 === 0 ? 'wv-hour' : 'wv-hour wv-minor'} style={{ left: percent(hour * 60) }}>
              {formatHour(hour, locale)}
            </span>
          ))}
        </div>
        {view.days.map((day) => (
          <div key={day.date} class={day.today ? 'wv-day wv-today' : 'wv-day'}>
            <div class="wv-day-name">
              <span>{formatWeekDate(day.date, locale, 'short')}</span>
              {day.focusSeasons.map((season) => (
                <span key={season.id} class="wv-focus" title={t('weekViewFocusSeason', [season.label, season.leadName])}>
                  {season.label}
                </span>
              ))}
              {day.marks.map((mark) => (
                <span key={`${mark.kind}-${mark.id}`} class="wv-focus wv-mark">
                  {t(`weekViewMark_${mark.kind}`, [mark.label])}
                </span>
              ))}
            </div>
            <div class="wv-track">
              {view.lanes.map((lane) => (
                <Lane key={lane.key} lane={lane} lanes={view.lanes} day={day} locale={locale} />
              ))}
              {day.today && <div class="wv-now" style={{ left: percent(view.now.minute) }} />}
            </div>
          </div>
        ))}
      </div>
      <div class="sr-only">
        {view.days.map((day) => {
          const name = formatWeekDate(day.date, locale, 'long');
          return (
            <div key={day.date}>
              <h3 id={`${id}-${day.date}`}>{day.today ? t('weekViewToday', [name]) : name}</h3>
              <ul aria-labelledby={`${id}-${day.date}`}>
                {day.focusSeasons.map((season) => (
                  <li key={season.id}>{t('weekViewFocusSeason', [season.label, season.leadName])}</li>
                ))}
                {day.marks.map((mark) => (
                  <li key={`${mark.kind}-${mark.id}`}>{t(`weekViewMark_${mark.kind}`, [mark.label])}</li>
                ))}
                {day.blocks.map((block, index) => (
                  <li key={index}>{describeBlock(block, locale)}</li>
                ))}
                {day.blocks.length === 0 && <li>{t('weekViewNothing')}</li>}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
