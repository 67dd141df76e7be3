import { render } from 'preact';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadCheckInAnswers, loadCheckInTogether } from '@/utils/report/report-store';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import type { CheckInWeek } from '@/utils/report/check-in';
import type { WHOSE_UNKNOWN } from '@/utils/report/report-owner';
import type { CheckInSaveReply, HearthMessage, SaveReply } from '@/utils/messages';
import { ReportApp } from '@/components/report/report-app';
import { t, uiLocale } from '@/components/i18n';
import { ReceivedThanks } from '@/components/link/received-thanks';

type Load = (weekContaining: number) => Promise<CheckInWeek | typeof WHOSE_UNKNOWN | null>;

interface Page {
  db: HearthDb;
  /** The first week's check-in, read while this module loaded (see main.tsx). */
  first: ReturnType<Load>;
  load: Load;
  initialWeek: number | undefined;
  linkedWeek: () => number | undefined;
}

/** The report's UI, loaded after its first read has started. */
export function showReport({ db, first, load, initialWeek, linkedWeek }: Page) {
  let early: ReturnType<Load> | undefined = first;
  // The page's first read is the one already under way; every later one (another week, the page back in view) reads afresh.
  const loadOnce: Load = (weekContaining) => {
    const read = early ?? load(weekContaining);
    early = undefined;
    return read;
  };
  document.title = t('reportTitle');
  document.documentElement.lang = uiLocale();
  render(
    <ReportApp
      load={loadOnce}
      initialWeek={initialWeek}
      linkedWeek={linkedWeek}
      clock={Date.now}
      locale={uiLocale()}
      openOptions={() => void browser.runtime.openOptionsPage()}
      checkIn={{
        load: (weekStart, previousStart) => loadCheckInAnswers(db, weekStart, previousStart),
        // Through the background, which keeps them and sends them on when both share check-ins.
        save: async (weekStart, { stretched, celebrate, adjust }) => {
          const reply = (await browser.runtime.sendMessage({ type: 'checkIn:save', weekStart, answers: { stretched, celebrate, adjust } } satisfies HearthMessage)) as CheckInSaveReply;
          if (!reply.ok) throw new Error(reply.key);
        },
        clock: Date.now,
      }}
      together={(week) => loadCheckInTogether(db, week)}
      extra={(report) => <ReceivedThanks db={db} from={report.weekStart} to={report.weekEnd} title={t('reportThanksTitle')} timeZone={report.timeZone} />}
      commitments={{
        latest: () => latestAgreement(db),
        save: (agreement, basedOn, note) => browser.runtime.sendMessage({ type: 'agreement:save', agreement, basedOn, note } satisfies HearthMessage) as Promise<SaveReply>,
      }}
    />,
    document.getElementById('app')!,
  );
}
