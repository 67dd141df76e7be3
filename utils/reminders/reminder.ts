/** A nudge shortly before a ritual starts, as far ahead as the ritual's own `reminderMinutes`. */
export interface RitualReminder {
  kind: 'ritual';
  ritualId: string;
  label: string;
  start: number;
  /** When to show it: `start` minus the ritual's reminder minutes. */
  at: number;
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

export type Reminder = RitualReminder | WindDownReminder;
