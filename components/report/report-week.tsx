import { useEffect, useState } from 'preact/hooks';
import type { CheckInWeek } from '@/utils/report/check-in';
import type { CheckInTogether as Together } from '@/utils/report/check-in-together';
import { t } from '../i18n';
import { CheckInForm, type CheckInStore } from './check-in-form';
import { CheckInTogether } from './check-in-together';
import { DayHourStrip } from './day-hour-strip';
import { MakeCommitment } from './make-commitment';
import { ReportBudget } from './report-budget';
import { ReportCategories } from './report-categories';
import type { CommitmentActions } from './report-commitments';
import { ReportDays } from './report-days';
import { ReportExports } from './report-exports';
import { ReportFigures } from './report-figures';
import { ReportOverrides } from './report-overrides';
import { ReportPlans } from './report-plans';
import { ReportRituals } from './report-rituals';
import { ReportTalkingPoints } from './report-talking-points';
import { TrendChart } from './trend-chart';
import { beforeWatching, unwatchedKey, wholeWeekDeleted } from '@/utils/report/watched-days';

/** What the check-in part of the page may do beyond keeping the answers; each left out, that part is not shown. */
export interface CheckInExtras {
  /** The week beside the partner's, when linked. */
  together?: (week: CheckInWeek) => Promise<Together>;
  /** "What do we adjust" made a commitment; `onCommitted` hears each one made. */
  commitments?: CommitmentActions;
  onCommitted?: () => void;
}

interface Props {
  week: CheckInWeek;
  locale: string;
  store: CheckInStore;
  extras?: CheckInExtras;
}

/**
 * The check-in's order: what to talk about (celebration first), the rituals kept, then the
 * figures behind them. The report opens a conversation; it does not keep score.
 */
export function ReportWeek({ week, locale, store, extras = {} }: Props) {
  const { report } = week;
  const afterFirstPaint = useAfterFirstPaint();
  const form = <CheckInPart week={week} locale={locale} store={store} extras={extras} />;
  if (report.empty) {
    return (
      <>
        <section aria-labelledby="empty-title">
          {wholeWeekDeleted(report) ? (
            <>
              <h2 id="empty-title">{t('reportDeletedTitle')}</h2>
              <p class="muted">{t('reportDeletedBody')}</p>
            </>
          ) : (
            <>
              <h2 id="empty-title">{t('reportEmptyTitle')}</h2>
              <p class="muted">{t('reportEmptyBody')}</p>
            </>
          )}
        </section>
        {/* A quiet week may be quiet because a plan held, on either side: still there to talk about. */}
        <ReportPlans report={report} locale={locale} />
        {form}
        {/* A deleted week has no trend to draw and nothing to export; its answers, if any, stay above. */}
        {!wholeWeekDeleted(report) && (
          <>
            <TrendChart trend={week.trend} locale={locale} olderDeleted={report.olderDeleted} />
            <ReportExports week={week} locale={locale} />
          </>
        )}
      </>
    );
  }
  return (
    <>
      <ReportTalkingPoints points={week.points} />
      {form}
      <ReportRituals report={report} locale={locale} />
      <ReportFigures figures={week.figures} timeZone={report.timeZone} locale={locale} />
      <ReportBudget report={report} locale={locale} />
      {/* Below the fold: the charts and tables (the hour strip alone is 168 cells and its table) follow the first paint. */}
      {afterFirstPaint && (
        <>
          <TrendChart trend={week.trend} locale={locale} olderDeleted={report.olderDeleted} />
          <ReportDays report={report} stretch={week.stretch} locale={locale} />
          <DayHourStrip
            strip={report.hours}
            locale={locale}
            unwatched={new Set(report.days.filter((day) => beforeWatching(day, report)).map((day) => day.date))}
            unwatchedKey={unwatchedKey(report)}
          />
          <ReportCategories report={report} locale={locale} />
          <ReportPlans report={report} locale={locale} />
          <ReportOverrides report={report} locale={locale} />
          <ReportExports week={week} locale={locale} />
        </>
      )}
    </>
  );
}

/**
 * False for the first render, true from the task after it: Preact runs effects once the frame is
 * painted, so what waits for this is drawn after the week's top is on screen (issue 10, item 10).
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true));
    return () => clearTimeout(timer);
  }, []);
  return painted;
}

/** The three answers, then (when linked) both partners' side by side, read again after each save. */
function CheckInPart({ week, locale, store, extras }: Required<Omit<Props, 'extras'>> & { extras: CheckInExtras }) {
  const [together, setTogether] = useState<Together | null>(null);
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    let stale = false;
    extras.together?.(week).then(
      (next) => !stale && setTogether(next),
      (error: unknown) => console.error('Hearth could not read the check-in together', error),
    );
    return () => {
      stale = true;
    };
  }, [week, saves]);
  const { commitments, onCommitted } = extras;
  const adjustAction = commitments
    ? (answer: string) => <MakeCommitment answer={answer} actions={commitments} clock={store.clock} onDone={() => onCommitted?.()} />
    : undefined;
  return (
    <>
      <CheckInForm
        weekStart={week.report.weekStart}
        previousWeekStart={week.reports[1]?.weekStart}
        store={store}
        onSaved={() => setSaves((count) => count + 1)}
        adjustAction={adjustAction}
        shared={together?.kind === 'shared'}
      />
      {together && <CheckInTogether together={together} days={week.report.days} locale={locale} adjustAction={adjustAction} />}
    </>
  );
}
