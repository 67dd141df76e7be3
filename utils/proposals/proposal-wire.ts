import { AGREEMENT_PARTS, type ProposalPayload } from '../link/proposal-payloads';
import type { ProposalRecord } from './proposal-record';

type OpenPayload = Extract<ProposalPayload, { action: 'open' }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What travels for an outgoing proposal: the proposed document, and of its base only the parts it changes. */
export function openPayloadOf(record: ProposalRecord): OpenPayload {
  const baseParts = Object.fromEntries(AGREEMENT_PARTS.filter((part) => !same(record.base[part], record.proposed[part])).map((part) => [part, record.base[part]]));
  return {
    action: 'open',
    id: record.id,
    proposedBy: record.proposedBy,
    baseDigest: record.baseDigest,
    proposed: record.proposed,
    baseParts,
    ...(record.note === undefined ? {} : { note: record.note }),
    sentAt: record.sentAt,
  };
}

/** The base as the proposer had it: the proposed document with the parts it changes put back. Unvalidated. */
export function baseOf(payload: OpenPayload): unknown {
  return { ...payload.proposed, ...payload.baseParts };
}
