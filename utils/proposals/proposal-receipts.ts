import { agreementDigest } from '../agreement/agreement-digest';
import { latestAgreement, saveAgreement } from '../agreement/agreement-store';
import { parseAgreement } from '../agreement/parse-agreement';
import type { HearthDb } from '../db/hearth-db';
import type { ProposalAnswerPayload, ProposalPayload } from '../link/proposal-payloads';
import type { ProposalRecord } from './proposal-record';
import { baseOf } from './proposal-wire';

/** What a proposal message from the partner did here, for the shell to tell the person. */
export type ProposalEvent =
  | { type: 'arrived'; record: ProposalRecord }
  | { type: 'withdrawn'; id: string }
  | { type: 'accepted'; record: ProposalRecord; applied: boolean }
  | { type: 'declined'; record: ProposalRecord };

/**
 * A proposal from the partner is kept as it came; one whose documents are not valid agreements,
 * or whose rebuilt base is not the one it names, is dropped unread. A withdrawal removes it.
 */
export async function receiveProposal(db: HearthDb, payload: ProposalPayload): Promise<ProposalEvent | null> {
  if (payload.action === 'withdraw') {
    const known = await db.proposals.get(payload.id);
    if (!known || known.mine) return null;
    await db.proposals.delete(payload.id);
    return { type: 'withdrawn', id: payload.id };
  }
  const [base, proposed] = [parseAgreement(baseOf(payload)), parseAgreement(payload.proposed)];
  if (!base.ok || !proposed.ok || (await agreementDigest(base.agreement)) !== payload.baseDigest) return null;
  const record: ProposalRecord = {
    id: payload.id,
    mine: false,
    proposedBy: payload.proposedBy,
    base: base.agreement,
    baseDigest: payload.baseDigest,
    proposed: proposed.agreement,
    ...(payload.note === undefined ? {} : { note: payload.note }),
    sentAt: payload.sentAt,
    state: 'open',
  };
  // A proposal read twice (a resend) is kept once, as first read.
  if (await db.proposals.get(record.id)) return null;
  await db.proposals.add(record);
  return { type: 'arrived', record };
}

/**
 * The partner's answer to one of this browser's proposals. Declined: kept with their word until
 * read. Accepted: the very document the partner now guards by becomes the next revision here too —
 * but only on the agreement it was accepted on. Had this browser moved on meanwhile (both accepted
 * a competing proposal at once), nothing is overwritten: the proposal says so, and the person
 * chooses (proposal-store.ts `adoptAccepted`).
 */
export async function receiveAnswer(db: HearthDb, payload: ProposalAnswerPayload, now: number): Promise<ProposalEvent | null> {
  const known = await db.proposals.get(payload.id);
  const record = known ?? (payload.answer === 'accepted' ? await withdrawnMeanwhile(db, payload, now) : undefined);
  if (!record || !record.mine || record.state !== 'open') return null;
  if (payload.answer === 'declined') {
    const declined: ProposalRecord = { ...record, state: 'declined', answeredAt: now, ...(payload.word ? { word: payload.word } : {}) };
    await db.proposals.put(declined);
    return { type: 'declined', record: declined };
  }
  const accepted = parseAgreement(payload.agreement);
  if (!accepted.ok) return null;
  const latest = await latestAgreement(db);
  const here = latest && (await agreementDigest(latest.agreement));
  const target = await agreementDigest(accepted.agreement);
  if (here === target) {
    await db.proposals.delete(record.id);
    return { type: 'accepted', record, applied: true };
  }
  if (known && latest && here === payload.onDigest) {
    const meta = { proposedBy: record.proposedBy, acceptedBy: payload.acceptedBy, ...(record.note === undefined ? {} : { note: record.note }) };
    const saved = await saveAgreement(db, accepted.agreement, now, 'edit', latest.id!, meta);
    if (saved.ok) {
      await db.proposals.delete(record.id);
      return { type: 'accepted', record, applied: true };
    }
  }
  const diverged: ProposalRecord = { ...record, state: 'diverged', answeredAt: now, accepted: accepted.agreement, acceptedBy: payload.acceptedBy, ...(here ? { divergedFrom: here } : {}) };
  await db.proposals.put(diverged);
  return { type: 'accepted', record: diverged, applied: false };
}

/**
 * An acceptance of a proposal this browser withdrew while the answer was on its way: the partner
 * already guards by it. It is kept as one's own open proposal from the agreement here to the one
 * accepted, so the acceptance below (never applied on its own, the proposer having withdrawn it)
 * lets the person choose, and the two browsers never differ without anyone knowing.
 */
async function withdrawnMeanwhile(db: HearthDb, payload: Extract<ProposalAnswerPayload, { answer: 'accepted' }>, now: number): Promise<ProposalRecord | undefined> {
  const [latest, accepted] = [await latestAgreement(db), parseAgreement(payload.agreement)];
  if (!latest || !accepted.ok) return undefined;
  const proposer = accepted.agreement.partners.find((partner) => partner.id !== payload.acceptedBy);
  if (!proposer) return undefined;
  // No digest: it was never sent from here as such.
  return { id: payload.id, mine: true, proposedBy: proposer.id, base: latest.agreement, baseDigest: '', proposed: accepted.agreement, sentAt: now, state: 'open' };
}
