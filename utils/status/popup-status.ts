import type { Agreement } from '../agreement/agreement-schema';
import type { AgreementRevision } from '../db/hearth-db';
import type { ActiveOverride } from '../guard/guard-plan';
import { classifyActivity } from '../report/classify-activity';
import { summarizeWeek } from '../report/summarize-activity';
import { guardStateAt } from '../schedule/guard-state';
import { wallTimeAt } from '../schedule/wall-clock';
import type { ActivityInterval } from '../tracking/activity-interval';
import { budgetStatus, type BudgetStatus } from './budget-status';
import { myStatus, type MyStatus } from './my-status';
import { ritualCountdown, type RitualCountdown, type RitualTime } from './ritual-countdown';
import { markOf, storedRitualMarks, type RitualOutcome } from './ritual-marks';
import { stateSince } from './state-since';
import { statusChangesAt } from './status-changes-at';
import { storedStatusNote } from './status-note';

export interface EndedRitual extends RitualTime {
  outcome?: RitualOutcome;
  /** The outcome is Hearth's guess from the recorded work, not the person's word: the popup offers to correct it. */
  guessed?: true;
}

/** Everything the popup shows, small and serializable: it crosses runtime messaging as JSON. */
export interface PopupStatus {
  now: number;
  timeZone: string;
  me: MyStatus;
  /** Since when `me` has held (see `stateSince`); null when unknown. */
  meSince: number | null;
  /** When `me` or the budget next reads differently by the clock alone (see `statusChangesAt`). */
  changesAt: number;
  budget: BudgetStatus;
  nextRitual: RitualCountdown['next'];
  runningRituals: RitualTime[];
  endedRituals: EndedRitual[];
  note: string;
  /** Paired with the partner; always false until pairing exists. */
  linked: boolean;
}

export interface PopupStatusInput {
  now: number;
  /** The revisions in force since the week began, so its activity is judged by the one in force at the time. */
  revisions: readonly AgreementRevision[];
  /** The revision in force now. */
  agreement: Agreement;
  /** This browser's partner (see utils/identity/identity.ts): every figure is theirs. */
  ownerId: string;
  overrides: readonly ActiveOverride[];
  /** Stored intervals overlapping this week so far. */
  intervals: readonly ActivityInterval[];
  /** The tracker's open interval, newer than its last stored checkpoint. */
  openInterval: ActivityInterval | null;
  /** The stored note and ritual marks, as read from settings. */
  note: unknown;
  marks: unknown;
  locale?: string;
}

/** The popup's answer before this browser's partner is chosen: their names, to ask whose it is. */
export interface WhoseBrowser {
  whose: Array<{ id: string; name: string }>;
}

export function whoseBrowser(agreement: Agreement): WhoseBrowser {
  return { whose: agreement.partners.map(({ id, name }) => ({ id, name })) };
}

export function popupStatus(input: PopupStatusInput): PopupStatus {
  const { now, agreement, ownerId } = input;
  const { timeZone } = agreement.household;
  const intervals = withOpenInterval(input.intervals, input.openInterval, now);
  // Overrides change neither hours nor after-hours totals, the only figures read here.
  const week = summarizeWeek(classifyActivity(intervals, input.revisions, [], ownerId), agreement, now);
  const today = wallTimeAt(now, timeZone).date;
  const afterHoursTodayMs = week.days.find((day) => day.date === today)?.afterHoursMs ?? 0;
  const activeOverride = [...input.overrides].filter((override) => override.end > now).sort((a, b) => b.end - a.end)[0];
  const rituals = ritualCountdown(agreement, now, input.locale);
  const marks = storedRitualMarks(input.marks);
  const me = myStatus({ agreement, ownerId, now, guardState: guardStateAt(agreement, now), activeOverride, afterHoursTodayMs, openInterval: input.openInterval });
  return {
    now,
    timeZone,
    me,
    meSince: stateSince({ agreement, ownerId, now, me, intervals, openInterval: input.openInterval }),
    changesAt: statusChangesAt({ agreement, ownerId, now, openInterval: input.openInterval }),
    budget: budgetStatus(agreement, ownerId, now, week.totals.afterHoursMs),
    nextRitual: rituals.next,
    runningRituals: rituals.running,
    endedRituals: rituals.recentlyEnded.map((ritual): EndedRitual => {
      const mark = markOf(marks, ritual.ritualId, ritual.start);
      if (!mark) return ritual;
      return mark.source === 'auto' ? { ...ritual, outcome: mark.outcome, guessed: true } : { ...ritual, outcome: mark.outcome };
    }),
    note: storedStatusNote(input.note),
    linked: false,
  };
}

/** The open interval replaces its own last checkpoint (same id); it never reaches past now. */
function withOpenInterval(stored: readonly ActivityInterval[], open: ActivityInterval | null, now: number): ActivityInterval[] {
  if (!open) return [...stored];
  return [...stored.filter((interval) => interval.id !== open.id), { ...open, end: Math.min(open.end, now) }];
}
