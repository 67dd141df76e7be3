import * as v from 'valibot';
import { WEEKDAYS, type Weekday } from '../agreement/weekday';
import { ZONE_MODES } from '../agreement/agreement-schema';

/** The first-run setup's steps, in order; `start` is the greeting with "Skip". */
export const WELCOME_STEPS = ['start', 'people', 'household', 'hours', 'zones', 'ritual', 'sites', 'review'] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

export const ZONE_TEMPLATES = ['dinner', 'evenings', 'weekends', 'custom'] as const;
export type ZoneTemplate = (typeof ZONE_TEMPLATES)[number];
export const RITUAL_TEMPLATES = ['breakfast', 'walk', 'checkIn'] as const;
export type RitualTemplate = (typeof RITUAL_TEMPLATES)[number];

const Day = v.picklist(WEEKDAYS);
// Empty while a time field is cleared: kept as typed, and named as missing when the step is checked.
const Time = v.pipe(v.string(), v.regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/));
const Text = v.pipe(v.string(), v.maxLength(200));

const Hours = v.object({ days: v.array(Day), start: Time, end: Time });
const Zone = v.object({ template: v.picklist(ZONE_TEMPLATES), label: Text, days: v.array(Day), start: Time, end: Time, mode: v.picklist(ZONE_MODES) });
const Ritual = v.object({ template: v.picklist(RITUAL_TEMPLATES), label: Text, days: v.array(Day), time: Time, durationMinutes: v.number() });

/**
 * Everything the first-run setup has been told so far, kept in settings after every step so that
 * a closed tab, a restarted browser or a second visit continues where the person left off. It is a
 * draft, not an agreement: only the finished agreement is stored as one, through `agreement:save`.
 */
const WelcomeAnswersSchema = v.object({
  step: v.picklist(WELCOME_STEPS),
  /** open: in progress (or not begun); skipped: the person chose to set up on the options page; done: saved. */
  status: v.picklist(['open', 'skipped', 'done']),
  names: v.tuple([Text, Text]),
  /** Which of the two names is this browser's (index into `names`), null until chosen. */
  mine: v.nullable(v.picklist([0, 1])),
  timeZone: Text,
  weekStartsOn: Day,
  hours: v.tuple([Hours, Hours]),
  zones: v.array(Zone),
  ritual: v.nullable(Ritual),
  /** Catalog site ids (utils/sites/work-site-catalog.ts). */
  sites: v.array(v.string()),
});

export type WelcomeAnswers = v.InferOutput<typeof WelcomeAnswersSchema>;
export type HoursAnswer = WelcomeAnswers['hours'][number];
export type ZoneAnswer = WelcomeAnswers['zones'][number];
export type RitualAnswer = NonNullable<WelcomeAnswers['ritual']>;

export const WELCOME_KEY = 'welcome';

const WEEKDAYS_MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** A fresh start: the household zone is the one this browser runs in (`detectedZone`, from Intl). */
export function freshAnswers(detectedZone: string): WelcomeAnswers {
  return {
    step: 'start',
    status: 'open',
    names: ['', ''],
    mine: null,
    timeZone: detectedZone,
    weekStartsOn: 'mon',
    hours: [
      { days: [...WEEKDAYS_MON_FRI], start: '09:00', end: '17:00' },
      { days: [...WEEKDAYS_MON_FRI], start: '09:00', end: '17:00' },
    ],
    zones: [],
    ritual: null,
    sites: [],
  };
}

/** The stored answers, or a fresh start when there are none or the record is damaged. */
export function parseWelcomeAnswers(value: unknown, detectedZone: string): WelcomeAnswers {
  const result = v.safeParse(WelcomeAnswersSchema, value);
  return result.success ? result.output : freshAnswers(detectedZone);
}

/** The setup page is offered (on install, and from the empty options page) until it was finished or skipped. */
export function welcomePending(value: unknown): boolean {
  const result = v.safeParse(v.object({ status: v.string() }), value);
  return !result.success || result.output.status === 'open';
}
