import * as v from 'valibot';
import { AgreementSchema } from '../agreement/agreement-schema';
import { REVISION_NOTE_MAX } from '../agreement/revision-note';

/** The top-level parts of an agreement document, as the schema names them. */
export const AGREEMENT_PARTS = Object.keys(AgreementSchema.pipe[0].entries) as (keyof typeof AgreementSchema.pipe[0]['entries'])[];

const ProposalId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
/** SHA-256, unpadded base64url. */
const Digest = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
const PartnerId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const Words = v.pipe(v.string(), v.maxLength(REVISION_NOTE_MAX));

/**
 * `open`: a proposed change to the shared agreement (design decision 7). The proposed document
 * travels whole; of its base only the parts that differ (`baseParts`), so a small change to a large
 * agreement still fits one envelope. The receiver rebuilds the base and checks it against
 * `baseDigest`. The documents are validated by the agreement schema when they arrive, not here.
 * `withdraw`: the proposer took it back before an answer.
 */
export const ProposalPayload = v.variant('action', [
  v.strictObject({
    action: v.literal('open'),
    id: ProposalId,
    proposedBy: PartnerId,
    baseDigest: Digest,
    proposed: v.record(v.string(), v.unknown()),
    baseParts: v.record(v.picklist(AGREEMENT_PARTS), v.unknown()),
    note: v.optional(Words),
    sentAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ action: v.literal('withdraw'), id: ProposalId }),
]);
export type ProposalPayload = v.InferOutput<typeof ProposalPayload>;

/**
 * `accepted`: applied on the accepter's browser as its next revision; `agreement` is that very
 * document (the proposed one, or it re-applied on the accepter's current agreement) and `onDigest`
 * the agreement it replaced there, so the proposer applies it only on the same one.
 * `declined`: nothing changed, with an optional word.
 */
export const ProposalAnswerPayload = v.variant('answer', [
  v.strictObject({ answer: v.literal('accepted'), id: ProposalId, acceptedBy: PartnerId, onDigest: Digest, agreement: v.record(v.string(), v.unknown()) }),
  v.strictObject({ answer: v.literal('declined'), id: ProposalId, word: v.optional(Words) }),
]);
export type ProposalAnswerPayload = v.InferOutput<typeof ProposalAnswerPayload>;
