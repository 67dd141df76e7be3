import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { t } from '../i18n';
import { ReportWeek } from './report-week';
import { ReportCommitments, type CommitmentActions } from './report-commitments';

type Phase = { kind: 'loading' } | { kind: 'error' } | { kind: 'no-agreement' } | { kind: 'ready'; report: WeeklyReport };

interface Props {
  /** The report of the week holding an instant; null when no agreement was in force in it. */
  load: (weekContaining: number) => Promise<WeeklyReport | null>;
  clock: () => number;
  locale: string;
  openOptions: () => void;
  /** Open commitments for the check-in, with their edits; left out, the report shows none. */
  commitments?: CommitmentActions;
}

/** Which week to read: the one holding an instant, or this week as of the read. */
interface Read {
  week: number | 'this';
  /** Read again in place: the figures on screen stay until the new ones arrive. */
  quiet: boolean;
}

/**
 * One household week at a time, this one first; the buttons step by week but never past this one.
 * The page is read again whenever it comes back into view — the popup and the shortcut bring an
 * open report forward rather than opening another — and a page showing this week then shows the
 * week of that moment, so a tab left open over Sunday night does not call last week "this week".
 */
export function ReportApp({ load, clock, locale, openOptions, commitments }: Props) {
  const [read, setRead] = useState<Read>({ week: 'this', quiet: false });
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const showsThisWeek = useRef(false);

  useEffect(() => {
    const readAgain = () => {
      if (document.visibilityState === 'visible') setRead((last) => ({ week: showsThisWeek.current ? 'this' : last.week, quiet: true }));
    };
    document.addEventListener('visibilitychange', readAgain);
    return () => document.removeEventListener('visibilitychange', readAgain);
  }, []);

  useEffect(() => {
    let stale = false;
    if (!read.quiet) setPhase({ kind: 'loading' });
    load(read.week === 'this' ? clock() : read.week).then(
      (report) => {
        if (stale) return;
        showsThisWeek.current = report?.current ?? false;
        setPhase(report ? { kind: 'ready', report } : { kind: 'no-agreement' });
      },
      (error: unknown) => {
        console.error('Hearth could not load the weekly report', error);
        if (!stale) setPhase({ kind: 'error' });
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
      {phase.kind === 'error' && (
        <div class="status error" role="alert">
          <p>{t('reportError')}</p>
          <button type="button" onClick={() => setRead((last) => ({ ...last, quiet: false }))}>
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
      {phase.kind === 'ready' && (
        <>
          <WeekNavigation report={phase.report} locale={locale} onShow={(week) => setRead({ week, quiet: false })} onThisWeek={() => setRead({ week: 'this', quiet: false })} />
          <ReportWeek report={phase.report} locale={locale} />
          {/* After the week: the rituals kept lead the page; the check-in's to-dos follow. */}
          {commitments && <ReportCommitments actions={commitments} locale={locale} />}
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
