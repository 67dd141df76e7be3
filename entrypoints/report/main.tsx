import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { loadCheckIn, loadCheckInAnswers, loadCheckInTogether } from '@/utils/report/report-store';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import type { CheckInSaveReply, HearthMessage, SaveReply } from '@/utils/messages';
import { ReportApp } from '@/components/report/report-app';
import { loadMessages, t, uiLocale } from '@/components/i18n';
import { ReceivedThanks } from '@/components/link/received-thanks';

// Reads Dexie directly, as the options page does: an extension page shares the background's database.
const db = new HearthDb();
/** `report.html#week=<instant>` opens the week holding that instant (the week-end summary links to the week that ended). */
const linkedWeek = () => {
  const instant = Number(new URLSearchParams(location.hash.slice(1)).get('week'));
  return Number.isFinite(instant) && instant > 0 ? instant : undefined;
};
/** The check-in's computation alone, as a User Timing measure for bench/report-bench.ts. */
async function timedCheckIn(weekContaining: number) {
  const started = performance.now();
  const week = await loadCheckIn(db, Date.now(), weekContaining, uiLocale());
  performance.measure('hearth:check-in', { start: started });
  return week;
}
void loadMessages().then(() => {
  document.title = t('reportTitle');
  document.documentElement.lang = uiLocale();
  render(
    <ReportApp
      load={timedCheckIn}
      initialWeek={linkedWeek()}
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
      extra={(report) => <ReceivedThanks db={db} from={report.weekStart} to={report.weekEnd} title={t('reportThanksTitle')} />}
      commitments={{
        latest: () => latestAgreement(db),
        save: (agreement, basedOn, note) => browser.runtime.sendMessage({ type: 'agreement:save', agreement, basedOn, note } satisfies HearthMessage) as Promise<SaveReply>,
      }}
    />,
    document.getElementById('app')!,
  );
});
