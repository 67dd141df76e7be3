import type { HearthDb } from '../db/hearth-db';
import type { StretchEntry } from '../status/stretch-levels';
import { parseLinkPayload } from './link-payloads';
import { receiveAnswer, receiveProposal, type ProposalEvent } from '../proposals/proposal-receipts';
import { partnerPlanStore } from '../plans/plan-store';
import { withPartnerPlan, type PartnerPlan } from '../plans/partner-plan';
import { parsePartnerAgreement, partnerAgreementStore } from './partner-agreement';
import { forgetUnshared, linkSharing, savePartnerCheckIn, savePartnerStretch } from './partner-shared';

export type PartnerMessageOutcome =
  | { kind: 'thanks'; text: string }
  | { kind: 'unpair' }
  | { kind: 'plan'; plan: PartnerPlan }
  | { kind: 'proposal'; event: ProposalEvent }
  /** Their "how stretched" arrived: all kept so far, and the date it was for. */
  | { kind: 'stretch'; entries: StretchEntry[]; date: string }
  /** What flows changed: what they shared may now go out from here too. */
  | { kind: 'sharing' }
  /** They told the agreement their browser holds. */
  | { kind: 'agreement' }
  | { kind: 'other' };

/**
 * What a log message from the partner changes here. Anything malformed, or of a kind this Hearth
 * does not know, is dropped unread (its counter still counts, so it is never replayed).
 */
export async function applyPartnerMessage(db: HearthDb, kind: string, payload: unknown, now: number): Promise<PartnerMessageOutcome> {
  const parsed = parseLinkPayload(kind, payload);
  if (!parsed.ok) return { kind: 'other' };
  switch (parsed.kind) {
    case 'unpair':
      return { kind: 'unpair' };
    case 'sharing': {
      await db.link.update('current', { theirSharing: parsed.payload });
      const link = await db.link.get('current');
      await forgetUnshared(db, link ? linkSharing(link, { ignorePause: true }) : null);
      return { kind: 'sharing' };
    }
    // Kept only while both share the kind: a message sealed before they learned my "no" is dropped.
    case 'checkIn': {
      const link = await db.link.get('current');
      if (!link || !linkSharing(link).checkIn) return { kind: 'other' };
      await savePartnerCheckIn(db, parsed.payload);
      return { kind: 'other' };
    }
    case 'stretch': {
      const link = await db.link.get('current');
      if (!link || !linkSharing(link).stretch) return { kind: 'other' };
      return { kind: 'stretch', entries: await savePartnerStretch(db, parsed.payload), date: parsed.payload.date };
    }
    case 'thanks':
      await db.thanks.add({ text: parsed.payload.text, receivedAt: now });
      return { kind: 'thanks', text: parsed.payload.text };
    case 'proposal':
    case 'proposal-answer': {
      const event = parsed.kind === 'proposal' ? await receiveProposal(db, parsed.payload) : await receiveAnswer(db, parsed.payload, now);
      return event ? { kind: 'proposal', event } : { kind: 'other' };
    }
    case 'agreement': {
      // Checked whole before it is kept: a payload that is no agreement of theirs is dropped unread.
      const agreement = parsePartnerAgreement(parsed.payload);
      if (!agreement) return { kind: 'other' };
      await partnerAgreementStore.save(db, agreement);
      return { kind: 'agreement' };
    }
    case 'plan':
      await partnerPlanStore.save(db, withPartnerPlan(await partnerPlanStore.load(db), parsed.payload));
      return { kind: 'plan', plan: parsed.payload };
    default:
      return { kind: 'other' };
  }
}
