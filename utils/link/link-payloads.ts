import * as v from 'valibot';
import { SharedStatus } from './shared-status';
import { SharedCheckIn, SharedStretch } from './shared-check-in';
import { SharingChoices } from './sharing';
import { THANKS_MAX, thanksLength } from './thanks-text';
import { ProposalAnswerPayload, ProposalPayload } from './proposal-payloads';
import { PartnerPlan } from '../plans/partner-plan';
import { AgreementPayload } from './partner-agreement';

export { parseThanksText, THANKS_MAX, thanksLength, type ThanksTextResult } from './thanks-text';

const ThanksText = v.pipe(
  v.string(),
  v.check((text) => text.trim() !== '', 'empty'),
  v.check((text) => thanksLength(text) <= THANKS_MAX, 'too long'),
);

export const Thanks = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  text: ThanksText,
  sentAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Thanks = v.InferOutput<typeof Thanks>;

/** What travels inside an envelope, by the envelope's `kind`. */
export const LINK_PAYLOADS = {
  status: SharedStatus,
  sharing: SharingChoices,
  /** The four words were confirmed on the sender's side. */
  confirm: v.strictObject({}),
  thanks: Thanks,
  unpair: v.strictObject({}),
  proposal: ProposalPayload,
  'proposal-answer': ProposalAnswerPayload,
  /** A contingency plan invoked or ended on the sender's side: its name and dates only. */
  plan: PartnerPlan,
  /** One week's check-in: the answers and the figures both already share (see shared-check-in.ts). */
  checkIn: SharedCheckIn,
  /** Today's "how stretched". */
  stretch: SharedStretch,
  /** The agreement in force on the sender's side (see partner-agreement.ts). */
  agreement: AgreementPayload,
} as const;

export type LinkKind = keyof typeof LINK_PAYLOADS;
export type LinkPayload = { [K in LinkKind]: { kind: K; payload: v.InferOutput<(typeof LINK_PAYLOADS)[K]> } }[LinkKind];
export type LinkPayloadResult = ({ ok: true } & LinkPayload) | { ok: false; key: 'linkPayloadInvalid' };

export const isLinkKind = (kind: string): kind is LinkKind => Object.hasOwn(LINK_PAYLOADS, kind);

/** An unknown kind (a newer Hearth's) is refused like a bad payload: the caller drops it. */
export function parseLinkPayload(kind: string, value: unknown): LinkPayloadResult {
  if (!isLinkKind(kind)) return { ok: false, key: 'linkPayloadInvalid' };
  const parsed = v.safeParse(LINK_PAYLOADS[kind], value);
  return parsed.success ? ({ ok: true, kind, payload: parsed.output } as LinkPayloadResult) : { ok: false, key: 'linkPayloadInvalid' };
}
