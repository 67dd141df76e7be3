import * as v from 'valibot';
import { settingsStore } from '../db/settings-store';

/**
 * The last time this browser took the partner's agreement in place of its own: the digest it gave
 * up and the one it took. When both partners take each other's within the same moment (before
 * either browser hears of the other's take), the two swap agreements and still differ; this record
 * lets the page say that, instead of offering the same step again without a word.
 */
export const AGREEMENT_TAKEN_KEY = 'agreementTaken';
/** A swap shows within seconds of the takes; a difference found later is a new one. */
export const CROSSING_WINDOW_MS = 10 * 60_000;

const Taken = v.object({ gave: v.string(), took: v.string(), at: v.number() });
export type AgreementTaken = v.InferOutput<typeof Taken>;

export const agreementTakenStore = settingsStore(AGREEMENT_TAKEN_KEY, (value: unknown): AgreementTaken | null => (v.is(Taken, value) ? value : null));

/** Whether the two browsers swapped: the partner now holds what this one gave up, and this one what it took. */
export function takesCrossed(taken: AgreementTaken | null, theirsDigest: string | null, mineDigest: string | null, now: number): boolean {
  return taken !== null && now - taken.at < CROSSING_WINDOW_MS && theirsDigest === taken.gave && mineDigest === taken.took;
}
