import * as v from 'valibot';
import { settingsStore } from '../db/settings-store';
import { addDays } from '../schedule/calendar-date';
import { STRETCH_LEVELS, type StretchLevel } from './stretch-level';

/**
 * "How stretched today": an opt-in, one-tap answer from 1 (at ease) to 5 (stretched thin), at
 * most one a day (a second tap the same day replaces the first). Kept on this device; shared with
 * the partner only when both choose to.
 */
export { STRETCH_LEVELS, type StretchLevel };
/** From this level on a day counts as stretched. */
export const STRETCHED_FROM: StretchLevel = 4;
/** Days in a row that bring a gentle note. */
export const STRETCHED_RUN = 3;
/** A year of answers is enough for any report; older ones are dropped as new ones come. */
const KEPT_DAYS = 400;

export const { load: loadStretchSettings, save: saveStretchSettings } = settingsStore('stretchSettings', (value: unknown) => ({
  enabled: v.is(v.object({ enabled: v.boolean() }), value) ? value.enabled : false,
}));

export const STRETCH_KEY = 'stretchLevels';

const Entry = v.object({ date: v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/)), level: v.picklist(STRETCH_LEVELS) });
export type StretchEntry = v.InferOutput<typeof Entry>;

/** What is stored, read defensively: malformed entries are dropped, one per date, oldest first. */
export function storedStretchLevels(value: unknown): StretchEntry[] {
  const entries = Array.isArray(value) ? value.filter((entry): entry is StretchEntry => v.is(Entry, entry)) : [];
  const byDate = new Map(entries.map((entry) => [entry.date, entry]));
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function isStretchLevel(value: unknown): value is StretchLevel {
  return STRETCH_LEVELS.includes(value as StretchLevel);
}

/** The entries with today's answer set (replacing any earlier one today), trimmed to the kept span. */
export function withStretchLevel(entries: readonly StretchEntry[], today: string, level: StretchLevel): StretchEntry[] {
  const oldest = addDays(today, -KEPT_DAYS);
  return [...entries.filter((entry) => entry.date !== today && entry.date > oldest), { date: today, level }].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function levelOn(entries: readonly StretchEntry[], date: string): StretchLevel | null {
  return entries.find((entry) => entry.date === date)?.level ?? null;
}
