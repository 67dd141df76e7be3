import sample from '../../docs/agreement.example.json';
import { addMonths } from '../reminders/date-reminders';
import { householdToday } from './household-today';

/** The documented example doubles as the starting point offered to a new couple. */
export const SAMPLE_AGREEMENT: unknown = sample;

/**
 * The example as a couple loads it at `now`: its first review a rhythm's length after that day, as
 * for an agreement set up on the welcome page, so it is never due the day it is loaded.
 */
export function sampleAgreement(now: number): unknown {
  const { everyMonths } = sample.reviewRhythm;
  return { ...sample, reviewRhythm: { everyMonths, from: addMonths(householdToday(sample.household.timeZone, now), everyMonths) } };
}
