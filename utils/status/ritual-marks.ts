/** Whether a ritual occurrence was kept, as the person marked it after it ended or Hearth guessed it (stored by ritual-mark-store.ts). */
export const RITUAL_OUTCOMES = ['kept', 'skipped'] as const;
export type RitualOutcome = (typeof RITUAL_OUTCOMES)[number];

/** Who marked: Hearth from the recorded activity, or the person. Absent means the person (marks stored before automatic ones existed). */
export type RitualMarkSource = 'auto' | 'person';

export interface RitualMark {
  ritualId: string;
  /** The occurrence's start, which with the id names it. */
  start: number;
  outcome: RitualOutcome;
  markedAt: number;
  source?: RitualMarkSource;
}

export type RitualMarkResult = { ok: true; mark: RitualMark } | { ok: false; key: 'popupMarkInvalid' };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A mark from a message, checked: a ritual id as the agreement spells ids, an occurrence that has begun, a known outcome. */
export function parseRitualMark(request: { ritualId?: unknown; start?: unknown; outcome?: unknown }, now: number): RitualMarkResult {
  const { ritualId, start, outcome } = request;
  const valid =
    typeof ritualId === 'string' &&
    ID.test(ritualId) &&
    Number.isSafeInteger(start) &&
    (start as number) <= now &&
    RITUAL_OUTCOMES.includes(outcome as RitualOutcome);
  if (!valid) return { ok: false, key: 'popupMarkInvalid' };
  return { ok: true, mark: { ritualId, start: start as number, outcome: outcome as RitualOutcome, markedAt: now } };
}

/** Stored marks, read defensively: entries of the wrong shape are dropped. */
export function storedRitualMarks(value: unknown): RitualMark[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is RitualMark =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.ritualId === 'string' &&
      Number.isSafeInteger(entry.start) &&
      RITUAL_OUTCOMES.includes(entry.outcome) &&
      typeof entry.markedAt === 'number' &&
      (entry.source === undefined || entry.source === 'auto' || entry.source === 'person'),
  );
}

/** Each occurrence once, by its first mark in `marks`: the one `markOf` finds. */
export function firstPerOccurrence(marks: readonly RitualMark[]): RitualMark[] {
  return marks.filter((mark, index) => marks.findIndex((other) => other.ritualId === mark.ritualId && other.start === mark.start) === index);
}

export function markOf(marks: readonly RitualMark[], ritualId: string, start: number): RitualMark | undefined {
  return marks.find((mark) => mark.ritualId === ritualId && mark.start === start);
}

export function outcomeOf(marks: readonly RitualMark[], ritualId: string, start: number): RitualOutcome | undefined {
  return markOf(marks, ritualId, start)?.outcome;
}
