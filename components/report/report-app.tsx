import { useEffect, useState } from 'preact/hooks';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import type { WeeklyReport } from '@/utils/report/weekly-report';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { t } from '../i18n';
import { ReportWeek } from './report-week';

type Phase = { kind: 'loading' } | { kind: 'error' } | { kind: 'no-agreement' } | { kind: 'ready'; report: WeeklyReport };

interface Props {
  /** The report of the week holding an instant; null when no agreement was in force in it. */
  load: (weekContaining: number) => Promise<WeeklyReport | null>;
  now: number;
  locale: string;
  openOptions: () => void;
}

/** One household week at a time, this one first; the buttons step by week but never past this one. */
export function ReportApp({ load, now, locale, openOptions }: Props) {
  const [weekContaining, setWeekContaining] = useState(now);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stale = false;
    setPhase({ kind: 'loading' });
    load(weekContaining).then(
      (report) => !stale && setPhase(report ? { kind: 'ready', report } : { kind: 'no-agreement' }),
      (error: unknown) => {
        console.error('Hearth could not load the weekly report', error);
        if (!stale) setPhase({ kind: 'error' });
      },
    );
    // A quick second click must not let the first week's answer land after the second's.
    return () => {
      stale = true;
    };
  }, [weekContaining, attempt]);

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
          <button type="button" onClick={() => setAttempt((count) => count + 1)}>
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
          <WeekNavigation report={phase.report} locale={locale} onShow={setWeekContaining} onThisWeek={() => setWeekContaining(now)} />
          <ReportWeek report={phase.report} locale={locale} />
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
