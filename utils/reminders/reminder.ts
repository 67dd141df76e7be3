/** A nudge shortly before a ritual starts, as far ahead as the ritual's own `reminderMinutes`. */
export interface RitualReminder {
  kind: 'ritual';
  ritualId: string;
  label: string;
  start: number;
  /** When to show it: `start` minus the ritual's reminder minutes. */
  at: number;
  /** The ritual is the weekly check-in: its reminder opens the report. */
  checkIn: boolean;
}

/** A nudge shortly before work sites start to dim or close, so nobody is cut off mid-sentence. */
export interface WindDownReminder {
  kind: 'wind-down';
  /** The zone or special day that starts guarding. */
  sourceId: string;
  label: string;
  mode: 'dim' | 'block';
  start: number;
  /** `start` minus the person's wind-down minutes. */
  at: number;
}

/** A nudge the day before a date the couple agreed on (issue #9). */
export interface DateReminder {
  kind: 'date';
  about: 'commitmentDue' | 'commitmentReview' | 'seasonReview' | 'agreementReview';
  /** The commitment's or season's id; "agreement" for the agreement's review. */
  id: string;
  label: string;
  /** The household date (YYYY-MM-DD). */
  date: string;
  /** The date's local midnight. */
  start: number;
  at: number;
}

export type Reminder = RitualReminder | WindDownReminder | DateReminder;
