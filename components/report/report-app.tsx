import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import { WHOSE_UNKNOWN } from '@/utils/report/report-owner';
import type { CheckInWeek } from '@/utils/report/check-in';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { t } from '../i18n';
import type { CheckInStore } from './check-in-form';
import { ReportWeek, type CheckInExtras } from './report-week';
import { StorageError } from '../storage-error';
import { isStorageFailure } from '@/utils/db/storage-failure';
import { ReportCommitments, type CommitmentActions } from './report-commitments';

export const REPORT_READY_MARK = 'hearth:report-ready';

type Phase = { kind: 'loading' } | { kind: 'error' } | { kind: 'storage' } | { kind: 'no-agreement' } | { kind: 'whose' } | { kind: 'ready'; week: CheckInWeek };

interface Props {
  /**
   * The check-in of the week holding an instant; null when no agreement was in force in it,
   * WHOSE_UNKNOWN when that agreement does not name this browser's partner.
   */
  load: (weekContaining: number) => Promise<CheckInWeek | typeof WHOSE_UNKNOWN | null>;
  clock: () => number;
  locale: string;
  openOptions: () => void;
  checkIn: CheckInStore;
  /** A week to open on (an instant in it), as `report.html#week=<instant>` asks; this week otherwise. */
  initialWeek?: number;
  /** Reads the week a link asks for, on a `hashchange` (the week-end summary reuses an open report tab). */
  linkedWeek?: () => number | undefined;
  /** The partner's thank-yous of the week, shown first: the check-in starts with what was appreciated. */
  extra?: (report: WeeklyReport) => ComponentChildren;
  /** Open commitments for the check-in, with their edits; left out, the report shows none. */
  commitments?: CommitmentActions;
  /** The week beside the partner's, when linked; left out, the report shows only this side. */
  together?: CheckInExtras['together'];
}

/**
 * Which week to read: the one holding an instant, or this week as of the read. A new object for
 * every read, so the same week can be read again; the figures on screen stay until the new ones
 * arrive unless `show` cleared them.
 */
interface Read {
  week: number | 'this';
}

/**
 * One household week at a time, this one first; the buttons step by week but never past this one.
 * The page is read again whenever it comes back into view — the popup and the shortcut bring an
 * open report forward rather than opening another — and a page showing this week then shows the
 * week of that moment, so a tab left open over Sunday night does not call last week "this week".
 */
export function ReportApp({ load, clock, locale, openOptions, checkIn, initialWeek, linkedWeek, extra, commitments, together }: Props) {
  const [read, setRead] = useState<Read>({ week: initialWeek ?? 'this' });
  // Bumped when an answer became a commitment, so the open commitments read again.
  const [committed, setCommitted] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const showsThisWeek = useRef(false);
  // Another week clears the old one in the same render, so by the time the read starts (an effect,
  // after the paint) the old week is gone: the read does not share the page's thread with taking it down.
  const show = (next: Read | ((last: Read) => Read)) => {
    setPhase({ kind: 'loading' });
    setRead(next);
  };

  useEffect(() => {
    const readAgain = () => {
      if (document.visibilityState === 'visible') setRead((last) => ({ week: showsThisWeek.current ? 'this' : last.week }));
    };
    const follow = () => {
      const week = linkedWeek?.();
      if (week !== undefined) show({ week });
    };
    document.addEventListener('visibilitychange', readAgain);
    window.addEventListener('hashchange', follow);
    return () => {
      document.removeEventListener('visibilitychange', readAgain);
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  useEffect(() => {
    let stale = false;
    load(read.week === 'this' ? clock() : read.week).then(
      (week) => {
        if (stale) return;
        if (week === WHOSE_UNKNOWN) return setPhase({ kind: 'whose' });
        showsThisWeek.current = week?.report.current ?? false;
        setPhase(week ? { kind: 'ready', week } : { kind: 'no-agreement' });
        // What bench/report-bench.ts reads: from navigation start until a week is on screen (its part above the fold, see report-week.tsx).
        if (week) requestAnimationFrame(() => performance.mark(REPORT_READY_MARK));
      },
      (error: unknown) => {
        console.error('Hearth could not load the weekly report', error);
        if (!stale) setPhase({ kind: isStorageFailure(error) ? 'storage' : 'error' });
      },
    );
    // A quick second click must not let the first week's answer land after the second's.
    return () => {
      stale = true;
    };
  }, [read]);

  return (
    <main>
      <h1>{t('reportHeading')}</h1>
      {phase.kind === 'loading' && (
        <p class="muted" role="status">
          {t('reportLoading')}
        </p>
      )}
      {phase.kind === 'storage' && <StorageError />}
      {phase.kind === 'error' && (
        <div class="status error" role="alert">
          <p>{t('reportError')}</p>
          <button type="button" onClick={() => show((last) => ({ ...last }))}>
            {t('reportRetry')}
          </button>
        </div>
      )}
      {phase.kind === 'no-agreement' && (
        <section aria-labelledby="no-agreement-title">
          <h2 id="no-agreement-title">{t('reportNoAgreementTitle')}</h2>
          <p class="muted">{t('reportNoAgreementBody')}</p>
          <button type="button" class="primary" onClick={openOptions}>
            {t('reportSetUp')}
          </button>
        </section>
      )}
      {phase.kind === 'whose' && (
        <section aria-labelledby="whose-title">
          <h2 id="whose-title">{t('identityQuestion')}</h2>
          <p class="muted">{t('reportWhoseBody')}</p>
          <button type="button" class="primary" onClick={openOptions}>
            {t('identityChooseInOptions')}
          </button>
        </section>
      )}
      {phase.kind === 'ready' && (
        <>
          <WeekNavigation report={phase.week.report} locale={locale} onShow={(week) => show({ week })} onThisWeek={() => show({ week: 'this' })} />
          {extra?.(phase.week.report)}
          <ReportWeek week={phase.week} locale={locale} store={checkIn} extras={{ together, commitments, onCommitted: () => setCommitted((count) => count + 1) }} />
          {/* After the week: the check-in's to-dos follow the figures. */}
          {commitments && <ReportCommitments key={committed} actions={commitments} locale={locale} />}
        </>
      )}
    </main>
  );
}

interface NavigationProps {
  report: WeeklyReport;
  locale: string;
  onShow: (weekContaining: number) => void;
  onThisWeek: () => void;
}

function WeekNavigation({ report, locale, onShow, onThisWeek }: NavigationProps) {
  const { weekStart, weekEnd, timeZone } = report;
  const first = formatCalendarDate(wallTimeAt(weekStart, timeZone).date, locale);
  const last = formatCalendarDate(wallTimeAt(weekEnd - 1, timeZone).date, locale);
  return (
    <div class="week-bar">
      <p class="week" aria-live="polite">
        {t(report.current ? 'reportThisWeekRange' : 'reportWeekRange', [first, last])}
      </p>
      <nav class="toolbar" aria-label={t('reportWeekNav')}>
        {/* Stepping by instants just outside the week holds across clock changes. */}
        <button type="button" disabled={!report.hasPrevious} onClick={() => onShow(weekStart - 1)}>
          {t('reportPreviousWeek')}
        </button>
        <button type="button" disabled={report.current} onClick={() => onShow(weekEnd)}>
          {t('reportNextWeek')}
        </button>
        {!report.current && (
          <button type="button" onClick={onThisWeek}>
            {t('reportThisWeek')}
          </button>
        )}
        <button type="button" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
      </nav>
    </div>
  );
}
