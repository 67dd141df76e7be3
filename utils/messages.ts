import type { AgreementIssue } from './agreement/agreement-issues';
import type { Agreement } from './agreement/agreement-schema';
import type { ReviewsDue } from './agreement/reviews-due';
import type { ComfortSettings } from './comforts/comfort-settings';
import type { PageGuard } from './guard/page-guard';
import type { ProposalsView } from './proposals/proposal-view';
import type { SharedCheckIn, SharedStretch } from './link/shared-check-in';
import type { SharedStatus } from './link/shared-status';
import type { PartnerAgreementWaiting } from './link/partner-agreement';
import type { ReminderSettings } from './reminders/reminder-settings';
import type { PopupStatus, WhoseBrowser } from './status/popup-status';
import type { RitualOutcome } from './status/ritual-marks';
import type { TrackingSettings } from './tracking/tracking-settings';

/**
 * Posted (with no payload) on this BroadcastChannel whenever a new agreement revision is stored, so
 * open extension pages can read it without polling.
 */
export const AGREEMENT_CHANGED_CHANNEL = 'hearth:agreement-changed';
/** Posted (with no payload) whenever a proposal is made, answered, withdrawn or arrives. */
export const PROPOSALS_CHANGED_CHANNEL = 'hearth:proposals-changed';

/** Every message between Hearth's parts, so each side is type-checked against the other. */
export type HearthMessage =
  | { type: 'guard:hello'; url: string }
  /**
   * Firefox only: the guard script's veil is up over a dimmed page. Firefox draws the top layer
   * inside the root's filter, so the root's grey would grey Hearth's banner too; the veil greys the
   * page by itself once it is up, and the background lifts the root's grey (guard-plan.ts).
   */
  | { type: 'guard:veiled'; url: string }
  /** Background to a guarded tab's frames: the state may have changed, say hello again. */
  | { type: 'guard:recheck' }
  /** No URL: an override always releases the site of the tab that asks (the browser names it). */
  | { type: 'override:request'; minutes: number; reason: string }
  | { type: 'agreement:import'; text: string }
  | { type: 'agreement:sample' }
  /**
   * `basedOn`: the revision the edit began from (null: none was stored), so a stale edit is refused.
   * While linked it is proposed to the partner instead of saved (the reply says which).
   */
  | { type: 'agreement:save'; agreement: unknown; basedOn: number | null; note?: string }
  /** The proposals kept here, either way, with their changes in words (design decision 7). */
  | { type: 'proposal:list' }
  /** `onCurrent`: accept an outdated proposal as re-applied on the current agreement (refused unless clean). */
  | { type: 'proposal:accept'; id: string; onCurrent: boolean }
  | { type: 'proposal:decline'; id: string; word?: string }
  | { type: 'proposal:withdraw'; id: string }
  /** One's own outdated proposal, made again on the current agreement. */
  | { type: 'proposal:reapply'; id: string }
  /** One's own answered proposal, read. */
  | { type: 'proposal:dismiss'; id: string }
  /** Take the agreement the partner accepted one's proposal into, when this browser had moved on. */
  | { type: 'proposal:adopt'; id: string }
  | { type: 'tracking:settings'; settings: TrackingSettings }
  | { type: 'popup:status' }
  | { type: 'popup:note'; text: string }
  | { type: 'ritual:mark'; ritualId: string; start: number; outcome: RitualOutcome }
  | { type: 'report:open' }
  | { type: 'reminders:settings'; settings: ReminderSettings }
  | { type: 'comforts:settings'; settings: ComfortSettings }
  /** The options page stored a new pairing; the background picks it up and publishes. */
  | { type: 'link:paired' }
  | { type: 'link:unpair' }
  | { type: 'link:thanks'; text: string }
  | { type: 'link:sharing'; sharing: unknown }
  | { type: 'link:preview' }
  /** Try the relay now, from a page that says it could not be reached, instead of waiting for the next try. */
  | { type: 'link:retry' }
  /** Take the agreement the partner's browser told (partner-agreement.ts) as this browser's next revision. */
  | { type: 'link:takeAgreement' }
  | { type: 'identity:get' }
  | { type: 'identity:set'; partnerId: string }
  | { type: 'plan:status' }
  /** `through`: the last household date the plan holds (YYYY-MM-DD), at most two weeks ahead. */
  | { type: 'plan:invoke'; planId: string; through: string }
  | { type: 'plan:end' }
  | { type: 'stretch:status' }
  /** 1 (at ease) to 5 (stretched thin): today's answer, replacing any earlier one today. */
  | { type: 'stretch:set'; level: number }
  /** The week's three answers (the week by the instant it began), kept with it and shared when both share check-ins. */
  | { type: 'checkIn:save'; weekStart: number; answers: { stretched: string; celebrate: string; adjust: string } };

export type OverrideReply = { ok: true; end: number } | { ok: false; key: string; substitutions?: string[] };
/**
 * An imported file or the example: `saved` as the next revision, or, linked, `proposed` to the
 * partner (nothing in force changed). `issues`: the document was refused; `key`: an i18n message
 * key saying why nothing was proposed. Either way nothing changed.
 */
export type ImportReply = { ok: true; outcome: 'saved' | 'proposed' } | { ok: false; issues: AgreementIssue[] } | { ok: false; key: string };
/**
 * `saved`: stored as the next revision. `proposed`: linked, so sent to the partner as a proposal;
 * nothing in force changed. `newer`: another revision was stored after the one the edit began from;
 * nothing was saved. `key`: an i18n message key saying why nothing was proposed.
 */
export type SaveReply =
  | { ok: true; outcome: 'saved' | 'proposed' }
  | { ok: false; issues: AgreementIssue[] }
  | { ok: false; newer: { revision: number; agreement: Agreement } }
  | { ok: false; key: string };
/** `key` is an i18n message key saying why nothing was done. */
export type ProposalReply = { ok: true } | { ok: false; key: string };
/** `key` is an i18n message key saying what was wrong. */
export type NoteReply = { ok: true; note: string } | { ok: false; key: string };
export type MarkReply = { ok: true } | { ok: false; key: string };
/** `key` is an i18n message key saying why the choice was refused; nothing was stored then. */
export type IdentityReply = { ok: true } | { ok: false; key: string };
export type TakeAgreementReply = { ok: true } | { ok: false; key: string };

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

/**
 * The popup's one request on opening: its status with the plans and "how stretched" cards, so
 * the first paint waits for one round trip, not three (issue 11, item 17: bench/popup-open.ts).
 */
export type PopupOpenStatus = PopupStatus & { plans: PlanStatus | null; stretch: StretchStatus | null };

export interface HearthReplies {
  'guard:hello': PageGuard;
  'guard:veiled': void;
  'guard:recheck': void;
  'override:request': OverrideReply;
  'agreement:import': ImportReply;
  'agreement:sample': ImportReply;
  'agreement:save': SaveReply;
  'tracking:settings': TrackingSettings;
  /** null: no agreement yet; `whose`: this browser's partner is not chosen yet, so no figure can be judged. */
  'popup:status': PopupOpenStatus | WhoseBrowser | PartnerAgreementWaiting | null;
  'popup:note': NoteReply;
  'ritual:mark': MarkReply;
  'report:open': void;
  /** The settings as stored: out-of-range values fall back to the defaults. */
  'reminders:settings': ReminderSettings;
  /** The settings as stored: unknown values fall back to the defaults. */
  'comforts:settings': ComfortSettings;
  'link:paired': void;
  /** `told`: the relay deleted the room; false when it could not be reached (it will be told later). */
  'link:unpair': { told: boolean };
  'link:thanks': ThanksReply;
  'link:sharing': { ok: boolean };
  /** null: nothing to share yet (no agreement, or this browser's partner not chosen). */
  'link:preview': SharingPreviewReply;
  'link:takeAgreement': TakeAgreementReply;
  /** `reached`: the relay answered, and what waited here went out. */
  'link:retry': { reached: boolean };
  /** null: not chosen yet (see utils/identity/identity.ts). */
  'identity:get': { partnerId: string | null };
  'identity:set': IdentityReply;
  /** null: no agreement yet. */
  'plan:status': PlanStatus | null;
  'plan:invoke': PlanReply;
  'plan:end': PlanReply;
  /** null: no agreement yet, so no household day to answer for. */
  'stretch:status': StretchStatus | null;
  'stretch:set': StretchReply;
  'proposal:list': ProposalsView;
  'proposal:accept': ProposalReply;
  'proposal:decline': ProposalReply;
  'proposal:withdraw': ProposalReply;
  'proposal:reapply': ProposalReply;
  'proposal:dismiss': ProposalReply;
  'proposal:adopt': ProposalReply;
  'checkIn:save': CheckInSaveReply;
}

/** Whether this browser's person asked to be asked, and today's answer (null: not answered). */
export interface StretchStatus {
  enabled: boolean;
  today: number | null;
}
export type StretchReply = { ok: true } | { ok: false; key: string };

/**
 * The very objects the partner would receive now: the status, and (null when they do not flow)
 * this week's check-in and today's "how stretched".
 */
export type SharingPreviewReply = { status: SharedStatus; timeZone: string; checkIn: SharedCheckIn | null; stretch: SharedStretch | null } | null;
/** `key` is an i18n message key saying what was wrong; `prompt` the answer it was about. Nothing was saved then. */
export type CheckInSaveReply = { ok: true } | { ok: false; key: string; prompt?: string };
/** `key` is an i18n message key saying what was wrong. */
export type ThanksReply = { ok: true; queued: boolean } | { ok: false; key: string };
