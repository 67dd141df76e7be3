import * as v from 'valibot';
import type { Agreement, Partner } from '../agreement/agreement-schema';
import { parseAgreement } from '../agreement/parse-agreement';
import { settingsStore } from '../db/settings-store';

/**
 * The agreement in force in the partner's browser, as their Hearth last told it. Linking joins two
 * browsers, not two documents: the second partner may have set up an agreement of their own, or
 * none. Each side tells the other what it holds (once when linked, again whenever it changes), so
 * each can see whether both guard by the same one and, if not, take the other's in one step. Taking
 * changes only the taker's browser; the partner already holds that agreement.
 */
export const PARTNER_AGREEMENT_KEY = 'partnerAgreement';
/** What this browser last told: its latest revision and whose browser it is, so a change of either is told again. */
export const AGREEMENT_TOLD_KEY = 'agreementTold';

/** The payload: the sender's agreement (checked with the agreement's own schema on arrival) and whose browser sent it. */
export const AgreementPayload = v.strictObject({
  agreement: v.unknown(),
  senderId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
});

export interface PartnerAgreement {
  agreement: Agreement;
  /** The partner (of `agreement`) whose browser sent it. */
  senderId: string;
}

/** A stored record, or null when there is none or it no longer passes the schema (a newer Hearth's). */
export function parsePartnerAgreement(value: unknown): PartnerAgreement | null {
  const payload = v.safeParse(AgreementPayload, value);
  if (!payload.success) return null;
  const parsed = parseAgreement(payload.output.agreement);
  if (!parsed.ok || !parsed.agreement.partners.some((partner) => partner.id === payload.output.senderId)) return null;
  return { agreement: parsed.agreement, senderId: payload.output.senderId };
}

export const partnerAgreementStore = settingsStore(PARTNER_AGREEMENT_KEY, parsePartnerAgreement);

/** What the page offers: the partner's agreement, when it differs from the one here (or there is none here). */
export interface AgreementOffer {
  /** The partner's name as their agreement has it. */
  partnerName: string;
  /** Who this browser would belong to under their agreement: the other partner of it. */
  takeAs: Partner;
  theirs: Agreement;
  /** The agreement here, if any, so the page can say what taking theirs would change. */
  mine: Agreement | null;
}

/** The partner of their agreement whose browser sent it. */
function senderOf(theirs: PartnerAgreement): Partner {
  return theirs.agreement.partners.find((partner) => partner.id === theirs.senderId)!;
}

/** The partner of their agreement this browser belongs to once it is taken: the one who did not send it. */
export function takenAs(theirs: PartnerAgreement): Partner {
  return theirs.agreement.partners.find((partner) => partner.id !== theirs.senderId)!;
}

/** Null when both hold the same agreement (by digest), or nothing came from the partner. */
export function agreementOffer(theirs: PartnerAgreement | null, theirsDigest: string | null, mine: Agreement | null, mineDigest: string | null): AgreementOffer | null {
  if (!theirs || (mineDigest !== null && mineDigest === theirsDigest)) return null;
  return { partnerName: senderOf(theirs).name, takeAs: takenAs(theirs), theirs: theirs.agreement, mine };
}

/**
 * The popup's answer on a linked browser with no agreement while the partner's has arrived: whose
 * it is and whose this browser becomes by taking it, so the popup can offer it in one step.
 */
export interface PartnerAgreementWaiting {
  partnerAgreement: { from: string; takeAs: string };
}

export function partnerAgreementWaiting(theirs: PartnerAgreement): PartnerAgreementWaiting {
  return { partnerAgreement: { from: senderOf(theirs).name, takeAs: takenAs(theirs).name } };
}
