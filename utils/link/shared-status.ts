import * as v from 'valibot';
import { Instant } from './instant';
import type { PopupStatus } from '../status/popup-status';
import { STATUS_NOTE_MAX } from '../status/status-note';
import type { EffectiveSharing } from './sharing';

/**
 * What one partner's browser tells the other (design decision 5): coarse state only. Never a URL,
 * a host, a page title or a site name, so an override says that one runs and nothing about it.
 */
const Minutes = v.pipe(v.number(), v.integer(), v.minValue(0));
const Label = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const since = v.optional(Instant);

export const SharedState = v.variant('kind', [
  v.strictObject({ kind: v.literal('off'), since }),
  v.strictObject({ kind: v.literal('working'), since }),
  v.strictObject({ kind: v.literal('after-hours'), minutesToday: Minutes, since }),
  v.strictObject({ kind: v.literal('zone'), labels: v.pipe(v.array(Label), v.minLength(1), v.maxLength(20)), since }),
  v.strictObject({ kind: v.literal('ritual'), label: Label, since }),
  v.strictObject({ kind: v.literal('override'), since }),
]);
export type SharedState = v.InferOutput<typeof SharedState>;

export const SharedStatus = v.variant('paused', [
  v.strictObject({ v: v.literal(1), at: Instant, paused: v.literal(true) }),
  v.strictObject({
    v: v.literal(1),
    at: Instant,
    paused: v.literal(false),
    state: v.optional(SharedState),
    note: v.optional(v.pipe(v.string(), v.maxLength(STATUS_NOTE_MAX * 2))),
    budget: v.optional(v.strictObject({ usedMinutes: Minutes, budgetMinutes: Minutes })),
    /** null: rituals are shared but none is coming up. */
    nextRitual: v.optional(v.nullable(v.strictObject({ label: Label, start: Instant }))),
  }),
]);
export type SharedStatus = v.InferOutput<typeof SharedStatus>;

const MINUTE = 60_000;
const FIVE_MINUTES = 5 * MINUTE;
/** Down to the step, so a rounded "since" is never later than the truth. */
const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;
const roundTo5 = (minutes: number) => Math.round(minutes / 5) * 5;

/** The status I would send now, given what flows (see `effectiveSharing`). */
export function sharedStatus(status: PopupStatus, effective: EffectiveSharing, now: number): SharedStatus {
  const at = floorTo(now, MINUTE);
  if (effective.paused) return { v: 1, at, paused: true };
  return {
    v: 1,
    at,
    paused: false,
    ...(effective.state && { state: sharedState(status) }),
    ...(effective.note && status.note !== '' && { note: status.note }),
    ...(effective.budget && { budget: { usedMinutes: roundTo5(status.budget.usedMinutes), budgetMinutes: status.budget.budgetMinutes } }),
    ...(effective.ritual && { nextRitual: status.nextRitual && { label: status.nextRitual.label, start: status.nextRitual.start } }),
  };
}

/**
 * The partner's status cut to what flows now, from this side: a kind they sealed before they
 * learned my "no", or kept here from before I turned it off or paused, is not shown, so each sees
 * of the other exactly what they show. While I pause, theirs reads "paused" too: a pause stops
 * every kind both ways.
 */
export function receivedStatus(status: SharedStatus, effective: EffectiveSharing): SharedStatus {
  if (status.paused) return status;
  if (effective.paused) return { v: 1, at: status.at, paused: true };
  const { state, note, budget, nextRitual } = status;
  return {
    v: 1,
    at: status.at,
    paused: false,
    ...(effective.state && state !== undefined && { state }),
    ...(effective.note && note !== undefined && { note }),
    ...(effective.budget && budget !== undefined && { budget }),
    ...(effective.ritual && nextRitual !== undefined && { nextRitual }),
  };
}

/**
 * MyStatus folded to what a partner needs: a zone made only of running rituals (a protected one
 * guards like a zone) is "in a ritual", and so is being off while a ritual runs; away from work in
 * hours is "off" to the partner, who reads it as "away from work sites", not where one is.
 */
function sharedState({ me, meSince, runningRituals }: PopupStatus): SharedState {
  const since = meSince === null ? {} : { since: floorTo(meSince, FIVE_MINUTES) };
  const ritualLabels = new Set(runningRituals.map((ritual) => ritual.label));
  switch (me.kind) {
    case 'override':
      return { kind: 'override', ...since };
    case 'zone': {
      const [first] = me.labels;
      if (first !== undefined && me.labels.every((label) => ritualLabels.has(label))) return { kind: 'ritual', label: first, ...since };
      return { kind: 'zone', labels: me.labels, ...since };
    }
    case 'after-hours':
      // Rounded, but someone working after hours has worked some of it: never "0 min".
      return { kind: 'after-hours', minutesToday: Math.max(5, roundTo5(me.minutesToday)), ...since };
    case 'working-in-hours':
      return { kind: 'working', ...since };
    case 'away-in-hours':
    case 'off': {
      const ritual = runningRituals[0];
      if (ritual) return { kind: 'ritual', label: ritual.label, since: floorTo(ritual.start, FIVE_MINUTES) };
      return { kind: 'off', ...since };
    }
  }
}
