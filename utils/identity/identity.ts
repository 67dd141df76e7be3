import * as v from 'valibot';
import type { Agreement, Partner } from '../agreement/agreement-schema';
import { settingsStore } from '../db/settings-store';

/**
 * Whose browser this is: one of the agreement's two partners, chosen on this device (design
 * decision 5). It is never part of the agreement, since each partner's browser answers differently,
 * and never proposed to the other partner.
 *
 * Changing it later re-judges nothing wrongly and loses nothing: activity is stored raw (site,
 * start, end) with no owner in it, and whether a minute was in hours or after hours is decided
 * when a figure is read (design decision 4). So after a change the popup, the budget and every
 * week of the report, past weeks too, are judged against the newly chosen partner's working hours
 * and focus seasons. The ritual marks and overrides stay as they were: they are this browser's
 * record of what happened, not a judgement against anyone's hours.
 */
export const IDENTITY_KEY = 'identity';

const IdentitySchema = v.object({ partnerId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)) });

export type Identity = v.InferOutput<typeof IdentitySchema>;

/** The stored identity, or null when none was chosen or the record is damaged. */
export function parseIdentity(value: unknown): Identity | null {
  const result = v.safeParse(IdentitySchema, value);
  return result.success ? { partnerId: result.output.partnerId } : null;
}

export const { load: loadIdentity, save: saveIdentity } = settingsStore(IDENTITY_KEY, parseIdentity);

/**
 * The partner this browser belongs to, or null when none was chosen or the chosen id is not a
 * partner of `agreement` (an edit gave the partners new ids): then Hearth asks again rather than
 * judge one partner by the other's hours.
 */
export function ownerOf(agreement: Agreement, identity: Identity | null): Partner | null {
  if (!identity) return null;
  return agreement.partners.find((partner) => partner.id === identity.partnerId) ?? null;
}
