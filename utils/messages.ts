import type { AgreementIssue } from './agreement/agreement-issues';
import type { Agreement } from './agreement/agreement-schema';
import type { ReviewsDue } from './agreement/reviews-due';
import type { ComfortSettings } from './comforts/comfort-settings';
import type { PageGuard } from './guard/page-guard';
import type { ReminderSettings } from './reminders/reminder-settings';
import type { PopupStatus } from './status/popup-status';
import type { RitualOutcome } from './status/ritual-marks';
import type { TrackingSettings } from './tracking/tracking-settings';

/**
 * Posted (with no payload) on this BroadcastChannel whenever a new agreement revision is stored, so
 * open extension pages can read it without polling.
 */
export const AGREEMENT_CHANGED_CHANNEL = 'hearth:agreement-changed';

/** Every message between Hearth's parts, so each side is type-checked against the other. */
export type HearthMessage =
  | { type: 'guard:hello'; url: string }
  | { type: 'guard:apply'; guard: PageGuard }
  | { type: 'override:request'; url: string; minutes: number; reason: string }
  | { type: 'agreement:import'; text: string }
  | { type: 'agreement:sample' }
  /** `basedOn`: the revision the edit began from (null: none was stored), so a stale edit is refused. */
  | { type: 'agreement:save'; agreement: unknown; basedOn: number | null; note?: string }
  | { type: 'tracking:settings'; settings: TrackingSettings }
  | { type: 'popup:status' }
  | { type: 'popup:note'; text: string }
  | { type: 'ritual:mark'; ritualId: string; start: number; outcome: RitualOutcome }
  | { type: 'report:open' }
  | { type: 'reminders:settings'; settings: ReminderSettings }
  | { type: 'comforts:settings'; settings: ComfortSettings }
  | { type: 'plan:status' }
  /** `through`: the last household date the plan holds (YYYY-MM-DD), at most two weeks ahead. */
  | { type: 'plan:invoke'; planId: string; through: string }
  | { type: 'plan:end' };

export type OverrideReply = { ok: true; end: number } | { ok: false; key: string; substitutions?: string[] };
export type ImportReply = { ok: true } | { ok: false; issues: AgreementIssue[] };
/** `newer`: another revision was stored after the one the edit began from; nothing was saved. */
export type SaveReply = ImportReply | { ok: false; newer: { revision: number; agreement: Agreement } };
/** `key` is an i18n message key saying what was wrong. */
export type NoteReply = { ok: true; note: string } | { ok: false; key: string };
export type MarkReply = { ok: true } | { ok: false; key: string };

/** The contingency plans the popup offers, the one in force (if any) and the dates an end may take. */
export interface PlanStatus {
  /** What is up for review today (popup: "review due"). */
  reviews: ReviewsDue;
  plans: { id: string; name: string; cover?: string }[];
  current: { planId: string; name: string; end: number } | null;
  dates: { first: string; last: string };
  timeZone: string;
}
export type PlanReply = { ok: true } | { ok: false; key: string };

export interface HearthReplies {
  'guard:hello': PageGuard;
  'guard:apply': void;
  'override:request': OverrideReply;
  'agreement:import': ImportReply;
  'agreement:sample': ImportReply;
  'agreement:save': SaveReply;
  'tracking:settings': TrackingSettings;
  /** null: no agreement yet. */
  'popup:status': PopupStatus | null;
  'popup:note': NoteReply;
  'ritual:mark': MarkReply;
  'report:open': void;
  /** The settings as stored: out-of-range values fall back to the defaults. */
  'reminders:settings': ReminderSettings;
  /** The settings as stored: unknown values fall back to the defaults. */
  'comforts:settings': ComfortSettings;
  /** null: no agreement yet. */
  'plan:status': PlanStatus | null;
  'plan:invoke': PlanReply;
  'plan:end': PlanReply;
}
