/** Weekdays by their short English key; index 0 is Sunday, as in Date#getDay. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}

export function weekdayAt(index: number): Weekday {
  return WEEKDAYS[((index % 7) + 7) % 7]!;
}

/** The seven days in the household's own week order, so a Monday-first couple reads Monday first. */
export function weekOrder(weekStartsOn: Weekday): Weekday[] {
  return WEEKDAYS.map((_, offset) => weekdayAt(weekdayIndex(weekStartsOn) + offset));
}
