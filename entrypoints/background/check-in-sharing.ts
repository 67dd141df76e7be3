import type { HearthDb } from '@/utils/db/hearth-db';
import type { LinkKind } from '@/utils/link/link-payloads';
import { loadLink } from '@/utils/link/link-store';
import type { PartnerMessageOutcome } from '@/utils/link/partner-messages';
import { linkSharing } from '@/utils/link/partner-shared';
import type { CheckInSaveReply } from '@/utils/messages';
import { parseCheckInAnswers } from '@/utils/report/check-in-answers';
import { saveCheckInAnswers } from '@/utils/report/report-store';
import type { Clock } from './clock';
import type { MessageRouter } from './message-router';
import { ownSharedCheckIn, ownSharedStretch } from './own-shared';
import { noteStretchedRun } from './stretch-notes';

export interface LinkShell {
  send: (kind: LinkKind, payload: unknown) => Promise<boolean>;
  onApplied: (listener: (outcome: PartnerMessageOutcome) => void) => void;
}

/**
 * The check-in's side of the link (issue #10): a week's answers and shared figures go to the
 * partner when they are saved, when the week ends and when check-ins start to flow; today's "how
 * stretched" when it is set and when stretch starts to flow. Only what both share ever goes, and
 * nothing at all while unlinked.
 */
export function setupCheckInSharing(db: HearthDb, router: MessageRouter, clock: Clock, link: LinkShell) {
  const report = (what: string) => (error: unknown) => console.error(`Hearth could not share the ${what}`, error);

  async function publishCheckIn(weekContaining: number): Promise<void> {
    const record = await loadLink(db);
    if (!record) return;
    const payload = await ownSharedCheckIn(db, clock.now(), weekContaining, linkSharing(record));
    if (payload) await link.send('checkIn', payload);
  }
  async function publishStretch(): Promise<void> {
    const record = await loadLink(db);
    if (!record) return;
    const payload = await ownSharedStretch(db, clock.now(), linkSharing(record));
    if (payload) await link.send('stretch', payload);
  }

  router.handle('checkIn:save', async ({ weekStart, answers }): Promise<CheckInSaveReply> => {
    if (!Number.isInteger(weekStart) || weekStart < 0) return { ok: false, key: 'checkinSaveFailed' };
    const parsed = parseCheckInAnswers(answers, clock.now());
    if (!parsed.ok) return parsed;
    await saveCheckInAnswers(db, weekStart, parsed.answers);
    void publishCheckIn(weekStart).catch(report('check-in'));
    return { ok: true };
  });

  link.onApplied((outcome) => {
    // What flows changed: whatever now flows goes at once, so answering first and sharing later also works.
    if (outcome.kind === 'sharing') {
      void publishCheckIn(clock.now()).catch(report('check-in'));
      void publishStretch().catch(report('stretch level'));
    }
    if (outcome.kind === 'stretch') void noteStretchedRun(db, 'partner', outcome.entries, outcome.date).catch(report('stretch note'));
  });

  return {
    /** A week ended: its check-in goes as it stands (the figures are final now). */
    weekEnded: (weekStart: number) => void publishCheckIn(weekStart).catch(report('check-in')),
    stretchSet: () => void publishStretch().catch(report('stretch level')),
  };
}
