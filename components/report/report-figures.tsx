import { formatDay, formatWeekdayTime } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import type { WeekFigures } from '@/utils/report/week-figures';
import { ritualsKeptLabel } from '@/utils/report/rituals-kept-label';
import { t } from '../i18n';

interface Props {
  figures: WeekFigures;
  timeZone: string;
  locale: string;
}

/** The week at a glance, as a definition list: each figure has its name, read together. */
export function ReportFigures({ figures, timeZone, locale }: Props) {
  const duration = (ms: number) => formatDuration(ms, locale);
  const { quietEvenings, dailyAverage, previousDailyAverage, latestFinish, overrides, focusSeason, ritualsKept } = figures;
  const rows: Array<[string, string]> = [
    [t('figuresQuiet'), t('figuresOf', [String(quietEvenings.quiet), String(quietEvenings.of)])],
    [t('figuresInHours'), duration(figures.inHoursMs)],
    [t('figuresAfterHours'), duration(figures.afterHoursMs)],
    [
      t('figuresDailyAverage'),
      previousDailyAverage
        ? t('figuresDailyAverageThen', [duration(dailyAverage.workMs), duration(previousDailyAverage.workMs)])
        : duration(dailyAverage.workMs),
    ],
    [t('figuresLatestFinish'), latestFinish ? formatWeekdayTime(latestFinish.at, timeZone, locale) : t('figuresNone')],
    [t('figuresOverrides'), t('figuresOverridesUsed', [String(overrides.used), String(overrides.allowed)])],
    [ritualsKeptLabel(t, ritualsKept.weeks), t('figuresOf', [String(ritualsKept.kept), String(ritualsKept.of)])],
  ];
  if (focusSeason) {
    rows.push([
      t('figuresSeason'),
      t('figuresSeasonValue', [focusSeason.label, String(focusSeason.day), String(focusSeason.days), formatDay(focusSeason.reviewOn, locale)]),
    ]);
  }
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figuresTitle')}</h2>
      <dl class="figures">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
