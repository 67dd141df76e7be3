import type { LinkRecord } from '../link/link-record';
import { linkSharing, storedPartnerCheckIn } from '../link/partner-shared';
import { receivedCheckIn, sharedCheckIn, type SharedCheckIn } from '../link/shared-check-in';
import type { CheckInWeek } from './check-in';
import type { CheckInAnswers } from './check-in-answers';

/**
 * The check-in side by side, when linked: my side exactly as the partner receives it and theirs as
 * received, cut to what both share now (a figure kept from before I turned its kind off included),
 * so each sees the same two columns. `not-shared` while either of us keeps check-ins to ourselves
 * (or pauses): then nothing of theirs shows, not even what came before.
 */
export type CheckInTogether =
  | { kind: 'unlinked' }
  | { kind: 'not-shared' }
  | { kind: 'shared'; mine: SharedCheckIn; theirs: SharedCheckIn | null };

export function checkInTogether(link: LinkRecord | undefined, week: CheckInWeek, answers: CheckInAnswers | null, theirs: unknown): CheckInTogether {
  if (!link) return { kind: 'unlinked' };
  const sharing = linkSharing(link);
  const mine = sharedCheckIn(week, answers, sharing);
  if (!mine) return { kind: 'not-shared' };
  const received = storedPartnerCheckIn(theirs);
  return { kind: 'shared', mine, theirs: received?.weekStart === week.report.weekStart ? receivedCheckIn(received, sharing) : null };
}
