import type { AgreementIssue } from './agreement/agreement-issues';
import type { PageGuard } from './guard/page-guard';
import type { TrackingSettings } from './tracking/tracking-settings';

/** Every message between Hearth's parts, so each side is type-checked against the other. */
export type HearthMessage =
  | { type: 'guard:hello'; url: string }
  | { type: 'guard:apply'; guard: PageGuard }
  | { type: 'override:request'; url: string; minutes: number; reason: string }
  | { type: 'agreement:import'; text: string }
  | { type: 'agreement:sample' }
  | { type: 'tracking:settings'; settings: TrackingSettings };

export type OverrideReply = { ok: true; end: number } | { ok: false; key: string; substitutions?: string[] };
export type ImportReply = { ok: true } | { ok: false; issues: AgreementIssue[] };

export interface HearthReplies {
  'guard:hello': PageGuard;
  'guard:apply': void;
  'override:request': OverrideReply;
  'agreement:import': ImportReply;
  'agreement:sample': ImportReply;
  'tracking:settings': TrackingSettings;
}
