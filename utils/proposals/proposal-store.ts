import { agreementDigest } from '../agreement/agreement-digest';
import type { AgreementIssue } from '../agreement/agreement-issues';
import type { Agreement } from '../agreement/agreement-schema';
import { latestAgreement, saveAgreement } from '../agreement/agreement-store';
import { parseAgreement } from '../agreement/parse-agreement';
import { rebaseProposal } from '../agreement/rebase-proposal';
import type { AgreementRevision, HearthDb } from '../db/hearth-db';
import { newClientId } from '../link/client-id';
import { fitsInEnvelope } from '../link/envelope';
import type { ProposalAnswerPayload, ProposalPayload } from '../link/proposal-payloads';
import type { ProposalRecord } from './proposal-record';
import { openPayloadOf } from './proposal-wire';

/** `key`: an i18n message key saying why nothing was done. */
export type ProposalRefusal = { ok: false; key: string };

export type ProposeResult =
  | { ok: true; record: ProposalRecord; payload: ProposalPayload }
  | { ok: false; issues: AgreementIssue[] }
  | { ok: false; newer: AgreementRevision }
  | ProposalRefusal;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every proposal this browser keeps, oldest first. */
export const allProposals = (db: HearthDb): Promise<ProposalRecord[]> => db.proposals.orderBy('sentAt').toArray();

/**
 * An edit made while linked becomes a proposal on the latest revision (`basedOn`, refused as stale
 * like a save when another was stored since). Nothing in force changes. Refused when it changes
 * nothing, or when it would not fit one envelope to the partner.
 */
export async function propose(db: HearthDb, input: { candidate: unknown; basedOn: number | null; note?: string; proposedBy: string; now: number }): Promise<ProposeResult> {
  const parsed = parseAgreement(input.candidate);
  if (!parsed.ok) return parsed;
  const latest = await latestAgreement(db);
  if (!latest) return { ok: false, key: 'proposalNoAgreement' };
  if (latest.id !== input.basedOn) return { ok: false, newer: latest };
  return proposeOn(db, latest.agreement, parsed.agreement, input.proposedBy, input.note, input.now);
}

async function proposeOn(db: HearthDb, base: Agreement, proposed: Agreement, proposedBy: string, note: string | undefined, now: number): Promise<ProposeResult> {
  if (same(base, proposed)) return { ok: false, key: 'proposalNoChange' };
  const record: ProposalRecord = {
    id: newClientId(),
    mine: true,
    proposedBy,
    base,
    baseDigest: await agreementDigest(base),
    proposed,
    ...(note === undefined ? {} : { note }),
    sentAt: now,
    state: 'open',
  };
  const payload = openPayloadOf(record);
  if (!fitsInEnvelope(payload)) return { ok: false, key: 'proposalTooLarge' };
  await db.proposals.add(record);
  return { ok: true, record, payload };
}

/** Whether a proposal's base is the agreement this browser holds now. */
export async function isCurrent(db: HearthDb, record: ProposalRecord): Promise<boolean> {
  const latest = await latestAgreement(db);
  return latest !== undefined && (await agreementDigest(latest.agreement)) === record.baseDigest;
}

export type AcceptResult = { ok: true; answer: ProposalAnswerPayload; revision: AgreementRevision } | ProposalRefusal;

/**
 * The person accepts the partner's proposal: it becomes the next revision here at once, and the
 * answer (with the very document) is returned for the partner's browser to apply the same. On an
 * outdated base it is accepted only as re-applied on the current agreement (`onCurrent`, which the
 * person saw), and only when that is clean; never merged past a conflict.
 */
export async function acceptProposal(db: HearthDb, id: string, acceptedBy: string, now: number, onCurrent: boolean): Promise<AcceptResult> {
  const record = await db.proposals.get(id);
  if (!record || record.mine || record.state !== 'open') return { ok: false, key: 'proposalGone' };
  const latest = await latestAgreement(db);
  if (!latest) return { ok: false, key: 'proposalNoAgreement' };
  const onDigest = await agreementDigest(latest.agreement);
  let next = record.proposed;
  if (onDigest !== record.baseDigest) {
    const rebased = onCurrent ? rebaseProposal(record.base, record.proposed, latest.agreement) : null;
    if (!rebased?.ok) return { ok: false, key: 'proposalOutdated' };
    next = rebased.agreement;
  }
  const answer: ProposalAnswerPayload = { answer: 'accepted', id, acceptedBy, onDigest, agreement: next };
  if (!fitsInEnvelope(answer)) return { ok: false, key: 'proposalTooLarge' };
  const meta = { proposedBy: record.proposedBy, acceptedBy, ...(record.note === undefined ? {} : { note: record.note }) };
  const saved = await saveAgreement(db, next, now, 'edit', latest.id!, meta);
  if (!saved.ok) return { ok: false, key: 'newer' in saved ? 'proposalOutdated' : 'proposalInvalid' };
  await db.proposals.delete(id);
  return { ok: true, answer, revision: saved.revision! };
}

/** The partner's proposal, declined: nothing changes on either side; the answer carries the word. */
export async function declineProposal(db: HearthDb, id: string, word: string | undefined): Promise<{ ok: true; answer: ProposalAnswerPayload } | ProposalRefusal> {
  const record = await db.proposals.get(id);
  if (!record || record.mine || record.state !== 'open') return { ok: false, key: 'proposalGone' };
  await db.proposals.delete(id);
  return { ok: true, answer: { answer: 'declined', id, ...(word ? { word } : {}) } };
}

/** One's own open proposal, taken back; the partner's browser is told to drop it. */
export async function withdrawProposal(db: HearthDb, id: string): Promise<{ ok: true; payload: ProposalPayload } | ProposalRefusal> {
  const record = await db.proposals.get(id);
  if (!record || !record.mine || record.state !== 'open') return { ok: false, key: 'proposalGone' };
  await db.proposals.delete(id);
  return { ok: true, payload: { action: 'withdraw', id } };
}

/** An answered proposal of one's own (declined, or accepted on an agreement this browser had left), read and put away. */
export async function dismissProposal(db: HearthDb, id: string): Promise<{ ok: boolean }> {
  const record = await db.proposals.get(id);
  if (!record || !record.mine || record.state === 'open') return { ok: false };
  await db.proposals.delete(id);
  return { ok: true };
}

/**
 * One's own outdated proposal, made again on the current agreement in one step: the same changes,
 * when they touch nothing that changed since. The old one is withdrawn; both payloads are returned
 * to be sent in order.
 */
export async function reapplyProposal(db: HearthDb, id: string, now: number): Promise<{ ok: true; record: ProposalRecord; payloads: ProposalPayload[] } | ProposalRefusal> {
  const record = await db.proposals.get(id);
  if (!record || !record.mine || record.state !== 'open') return { ok: false, key: 'proposalGone' };
  const latest = await latestAgreement(db);
  if (!latest) return { ok: false, key: 'proposalNoAgreement' };
  const rebased = rebaseProposal(record.base, record.proposed, latest.agreement);
  if (!rebased.ok) return { ok: false, key: 'proposalConflicts' };
  const made = await proposeOn(db, latest.agreement, rebased.agreement, record.proposedBy, record.note, now);
  if (!made.ok) return 'key' in made ? made : { ok: false, key: 'proposalInvalid' };
  await db.proposals.delete(id);
  return { ok: true, record: made.record, payloads: [{ action: 'withdraw', id }, made.payload] };
}

/**
 * The partner accepted one's proposal on an agreement this browser no longer held: the person
 * chooses to take the agreement the partner now guards by, as the next revision here. Only while
 * the agreement here is still the one it diverged from: once the couple moved on (another
 * proposal accepted, the partner's taken), the accepted document is out of date, and taking it
 * would undo every change since without a word.
 */
export async function adoptAccepted(db: HearthDb, id: string, now: number): Promise<{ ok: true } | ProposalRefusal> {
  const record = await db.proposals.get(id);
  if (!record || !record.mine || record.state !== 'diverged' || !record.accepted) return { ok: false, key: 'proposalGone' };
  const latest = await latestAgreement(db);
  if (record.divergedFrom !== undefined && latest && (await agreementDigest(latest.agreement)) !== record.divergedFrom) return { ok: false, key: 'proposalAdoptMovedOn' };
  const meta = { proposedBy: record.proposedBy, ...(record.acceptedBy ? { acceptedBy: record.acceptedBy } : {}), ...(record.note === undefined ? {} : { note: record.note }) };
  const saved = await saveAgreement(db, record.accepted, now, 'edit', undefined, meta);
  if (!saved.ok) return { ok: false, key: 'proposalInvalid' };
  await db.proposals.delete(id);
  return { ok: true };
}
