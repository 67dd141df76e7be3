import type { OverridePolicy } from '../agreement/agreement-schema';
import type { GuardState } from '../schedule/guard-state';

const STEPS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240];
export const MIN_REASON_LENGTH = 4;
/**
 * A reason is a few words for the check-in, and the weekly report prints every one: 500
 * characters (code points, so an emoji counts once) is a long paragraph, and no more is kept.
 */
export const MAX_REASON_LENGTH = 500;

/** The durations offered: the usual steps up to the policy's maximum, and the maximum itself. */
export function overrideChoices(policy: OverridePolicy): number[] {
  return [...new Set([...STEPS.filter((step) => step < policy.maxMinutes), policy.maxMinutes])];
}

export function overridesLeft(policy: OverridePolicy, usedThisWeek: number): number {
  return Math.max(0, policy.perWeek - usedThisWeek);
}

export interface OverrideRequest {
  minutes: number;
  reason: string;
}

export type OverrideDecision =
  | { ok: true; end: number; reason: string }
  | { ok: false; key: string; substitutions?: string[] };

/** Friction, not prohibition: any reasoned request within the agreed allowance is granted, nothing else. */
export function decideOverride(
  request: OverrideRequest,
  policy: OverridePolicy,
  state: GuardState,
  usedThisWeek: number,
  now: number,
): OverrideDecision {
  if (state.mode !== 'dim' && state.mode !== 'block') return { ok: false, key: 'overrideNotGuarded' };
  if (!overrideChoices(policy).includes(request.minutes)) {
    return { ok: false, key: 'overrideMinutesNotAllowed', substitutions: [String(policy.maxMinutes)] };
  }
  const reason = request.reason.trim();
  if (policy.reasonRequired && reason.length < MIN_REASON_LENGTH) return { ok: false, key: 'overrideReasonRequired' };
  if ([...reason].length > MAX_REASON_LENGTH) return { ok: false, key: 'overrideReasonTooLong', substitutions: [String(MAX_REASON_LENGTH)] };
  if (overridesLeft(policy, usedThisWeek) === 0) {
    return { ok: false, key: 'overrideWeeklyLimit', substitutions: [String(policy.perWeek)] };
  }
  return { ok: true, end: now + request.minutes * 60_000, reason };
}
