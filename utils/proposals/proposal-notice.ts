import type { Agreement } from '../agreement/agreement-schema';
import { describeChanges } from '../agreement/changes/describe-changes';
import type { Translate } from '../i18n/translate';
import type { ProposalEvent } from './proposal-receipts';

/** A notification's lines are few: the rest waits in the options page. */
const MAX_LINES = 4;

const partnerName = (agreement: Agreement | undefined, id: string | undefined, t: Translate) =>
  agreement?.partners.find((partner) => partner.id === id)?.name ?? t('proposalYourPartner');

/**
 * What the person is told when a proposal event arrives: a new proposal with its changes in words
 * (and the note), an answer to their own. A withdrawal tells nothing (its notification is cleared).
 * `agreement`: the one in force here now, for names.
 */
export function proposalNotice(event: ProposalEvent, agreement: Agreement | undefined, locale: string, t: Translate): { title: string; message: string } | null {
  if (event.type === 'withdrawn') return null;
  const { record } = event;
  const changes = describeChanges(record.base, record.proposed, locale, t);
  const lines = changes.length > MAX_LINES ? [...changes.slice(0, MAX_LINES - 1), t('proposalMoreChanges', [String(changes.length - MAX_LINES + 1)])] : changes;
  if (event.type === 'arrived') {
    const note = record.note ? [t('proposalNoteLine', [record.note])] : [];
    return { title: t('proposalArrivedTitle', [partnerName(agreement ?? record.proposed, record.proposedBy, t)]), message: [...lines, ...note].join('\n') };
  }
  const partner = agreement?.partners.find((candidate) => candidate.id !== record.proposedBy)?.name ?? t('proposalYourPartner');
  if (event.type === 'declined') return { title: t('proposalDeclinedTitle', [partner]), message: record.word ?? lines.join('\n') };
  if (!event.applied) return { title: t('proposalDivergedTitle', [partner]), message: t('proposalDivergedBody') };
  return { title: t('proposalAcceptedTitle', [partner]), message: lines.join('\n') };
}
