import * as v from 'valibot';

/** What each partner can share, each off until they turn it on (design decision 5). */
export const SHARE_KINDS = ['state', 'note', 'budget', 'ritual', 'checkIn', 'stretch'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/**
 * `checkIn` and `stretch` came later: choices stored (or sent by a partner's Hearth) before they
 * existed lack them and read as "off", not as damaged (which would turn every kind off).
 */
export const SharingChoices = v.strictObject({
  state: v.boolean(),
  note: v.boolean(),
  budget: v.boolean(),
  ritual: v.boolean(),
  checkIn: v.optional(v.boolean(), false),
  stretch: v.optional(v.boolean(), false),
  paused: v.boolean(),
});
export type SharingChoices = v.InferOutput<typeof SharingChoices>;

export const DEFAULT_SHARING: SharingChoices = { state: false, note: false, budget: false, ritual: false, checkIn: false, stretch: false, paused: false };

/** What actually flows from me: `paused` is mine alone; the kinds are the ones both allow. */
export type EffectiveSharing = SharingChoices;

/**
 * A kind flows only when both turned it on, so each sees exactly what the other sees. Either
 * pause stops every kind both ways; only my own pause makes me send "paused". Until their choices
 * arrive (null), nothing flows.
 */
export function effectiveSharing(mine: SharingChoices, theirs: SharingChoices | null): EffectiveSharing {
  const flowing = theirs !== null && !mine.paused && !theirs.paused;
  const both = (kind: ShareKind) => flowing && mine[kind] && theirs[kind];
  return {
    state: both('state'),
    note: both('note'),
    budget: both('budget'),
    ritual: both('ritual'),
    checkIn: both('checkIn'),
    stretch: both('stretch'),
    paused: mine.paused,
  };
}

/** Stored choices read defensively: anything damaged reads as sharing nothing. */
export function storedSharing(value: unknown): SharingChoices {
  const parsed = v.safeParse(SharingChoices, value);
  return parsed.success ? parsed.output : DEFAULT_SHARING;
}
