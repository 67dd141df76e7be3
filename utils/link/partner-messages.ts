import type { HearthDb } from '../db/hearth-db';
import { parseLinkPayload } from './link-payloads';
import { receiveAnswer, receiveProposal, type ProposalEvent } from '../proposals/proposal-receipts';
import { partnerPlanStore } from '../plans/plan-store';
import { withPartnerPlan, type PartnerPlan } from '../plans/partner-plan';

export type PartnerMessageOutcome = { kind: 'thanks'; text: string } | { kind: 'plan'; plan: PartnerPlan } | { kind: 'unpair' } | { kind: 'proposal'; event: ProposalEvent } | { kind: 'other' };

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
    case 'sharing':
      await db.link.update('current', { theirSharing: parsed.payload });
      return { kind: 'other' };
    case 'thanks':
      await db.thanks.add({ text: parsed.payload.text, receivedAt: now });
      return { kind: 'thanks', text: parsed.payload.text };
    case 'proposal':
    case 'proposal-answer': {
      const event = parsed.kind === 'proposal' ? await receiveProposal(db, parsed.payload) : await receiveAnswer(db, parsed.payload, now);
      return event ? { kind: 'proposal', event } : { kind: 'other' };
    }
    case 'plan':
      await partnerPlanStore.save(db, withPartnerPlan(await partnerPlanStore.load(db), parsed.payload));
      return { kind: 'plan', plan: parsed.payload };
    default:
      return { kind: 'other' };
  }
}
