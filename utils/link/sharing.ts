import * as v from 'valibot';

/** What each partner can share, each off until they turn it on (design decision 5). */
export const SHARE_KINDS = ['state', 'note', 'budget', 'ritual'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

export const SharingChoices = v.strictObject({
  state: v.boolean(),
  note: v.boolean(),
  budget: v.boolean(),
  ritual: v.boolean(),
  paused: v.boolean(),
});
export type SharingChoices = v.InferOutput<typeof SharingChoices>;

export const DEFAULT_SHARING: SharingChoices = { state: false, note: false, budget: false, ritual: false, paused: false };

/** What actually flows from me: `paused` is mine alone; the kinds are the ones both allow. */
export type EffectiveSharing = SharingChoices;

/**
 * A kind flows only when both turned it on, so each sees exactly what the other sees. Either
 * pause stops every kind both ways; only my own pause makes me send "paused". Until their choices
 * arrive (null), nothing flows.
 */
export function effectiveSharing(mine: SharingChoices, theirs: SharingChoices | null): EffectiveSharing {
  const flowing = theirs !== null && !mine.paused && !theirs.paused;
  return {
    state: flowing && mine.state && theirs.state,
    note: flowing && mine.note && theirs.note,
    budget: flowing && mine.budget && theirs.budget,
    ritual: flowing && mine.ritual && theirs.ritual,
    paused: mine.paused,
  };
}

/** Stored choices read defensively: anything damaged reads as sharing nothing. */
export function storedSharing(value: unknown): SharingChoices {
  const parsed = v.safeParse(SharingChoices, value);
  return parsed.success ? parsed.output : DEFAULT_SHARING;
}
