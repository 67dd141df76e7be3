import * as v from 'valibot';
import { isEndTimeOfDay, isTimeOfDay } from './time-of-day';
import { isLocalDate } from './local-date';
import { WEEKDAYS } from './weekday';
import { matchPatternProblem } from '../sites/match-pattern';
import { WORK_SITE_CATEGORIES } from '../sites/work-site-category';
import { canonicalTimeZone, isValidTimeZone } from './time-zone-name';

/**
 * The one schema of the couple's agreement. Storage, import, export, the editor and sync all go
 * through it, so nothing malformed is ever stored. Messages are i18n keys (see agreement-issues.ts);
 * the `$1` placeholder is the offending value.
 */
export const AGREEMENT_FORMAT = 'hearth.agreement';
export const AGREEMENT_VERSION = 2;

const trimmedText = (max: number) =>
  v.pipe(v.string('errNotText'), v.trim(), v.minLength(1, 'errEmpty'), v.maxLength(max, 'errTooLong'));

const TimeOfDay = v.pipe(v.string('errNotTime'), v.check(isTimeOfDay, 'errNotTime'));
const EndTimeOfDay = v.pipe(v.string('errNotTime'), v.check(isEndTimeOfDay, 'errNotTime'));
const LocalDate = v.pipe(v.string('errNotDate'), v.check(isLocalDate, 'errNotDate'));
const Weekday = v.picklist(WEEKDAYS, 'errNotWeekday');
/** A day named twice is the same day: kept once, in the order first given. */
const Days = v.pipe(
  v.array(Weekday, 'errNotList'),
  v.minLength(1, 'errNoDays'),
  v.transform((days) => [...new Set(days)]),
);
const Minutes = (min: number, max: number) =>
  v.pipe(v.number('errNotNumber'), v.integer('errNotWholeNumber'), v.minValue(min, 'errTooSmall'), v.maxValue(max, 'errTooLarge'));
const Id = v.pipe(v.string('errNotText'), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'errNotId'));

/**
 * Generous ceilings on every list: a real agreement has a handful of each, and without them a
 * 21 MB file with 227,273 work sites was accepted and kept forever.
 */
export const LIST_LIMITS = { workSites: 500, zones: 100, specialDays: 1000, rituals: 100, focusSeasons: 100, commitments: 500, contingencyPlans: 50, timeBlocksPerDay: 48 } as const;

const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item, 'errNotList'), v.maxLength(max, 'errTooMany'));

const TimeBlock = v.pipe(
  v.object({ start: TimeOfDay, end: EndTimeOfDay }, 'errNotObject'),
  v.forward(v.check((block) => block.start !== block.end, 'errEmptyBlock'), ['end']),
);

const WorkingHours = v.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, v.optional(list(TimeBlock, LIST_LIMITS.timeBlocksPerDay), [])])) as Record<
    (typeof WEEKDAYS)[number],
    v.OptionalSchema<ReturnType<typeof list<typeof TimeBlock>>, []>
  >,
  'errNotObject',
);

const Partner = v.object(
  { id: Id, name: trimmedText(60), workingHours: WorkingHours },
  'errNotObject',
);

export const ZONE_MODES = ['dim', 'block', 'track'] as const;
const ZoneMode = v.picklist(ZONE_MODES, 'errNotZoneMode');

/** Real patterns are under 100 characters; the cap bounds the cost of matching every tab's URL. */
export const MAX_PATTERN_LENGTH = 1000;

const WorkSite = v.object(
  {
    pattern: v.pipe(
      v.string('errNotText'),
      v.trim(),
      v.maxLength(MAX_PATTERN_LENGTH, 'errTooLong'),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const problem = matchPatternProblem(dataset.value);
        if (problem) addIssue({ message: `errPattern_${problem}` });
      }),
    ),
    category: v.picklist(WORK_SITE_CATEGORIES, 'errNotCategory'),
    label: v.optional(trimmedText(60)),
    catalogId: v.optional(Id),
  },
  'errNotObject',
);

const WeeklyZone = v.pipe(
  v.object(
    { id: Id, label: trimmedText(80), days: Days, start: TimeOfDay, end: EndTimeOfDay, mode: ZoneMode },
    'errNotObject',
  ),
  v.forward(v.check((zone) => zone.start !== zone.end, 'errEmptyBlock'), ['end']),
);

export const SPECIAL_DAY_REPEATS = ['yearly'] as const;

const SpecialDay = v.pipe(
  v.object(
    {
      id: Id,
      label: trimmedText(80),
      date: LocalDate,
      start: v.optional(TimeOfDay),
      end: v.optional(EndTimeOfDay),
      mode: ZoneMode,
      /** Birthdays and anniversaries come back on the same date every year (a 29 February only in leap years). */
      repeats: v.optional(v.picklist(SPECIAL_DAY_REPEATS, 'errNotRepeats')),
    },
    'errNotObject',
  ),
  v.forward(
    v.check((day) => (day.start === undefined) === (day.end === undefined), 'errStartEndTogether'),
    ['end'],
  ),
  v.forward(v.check((day) => day.start === undefined || day.start !== day.end, 'errEmptyBlock'), ['end']),
);

const Recurrence = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('daily') }),
    v.object({ kind: v.literal('weekly'), days: Days }),
    v.object({
      kind: v.literal('monthly'),
      /** 1–4 for the first to fourth, -1 for the last such weekday of the month. */
      week: v.picklist([1, 2, 3, 4, -1] as const, 'errNotNthWeek'),
      day: Weekday,
    }),
  ],
  'errNotRecurrence',
);

const Ritual = v.object(
  {
    id: Id,
    label: trimmedText(80),
    recurrence: Recurrence,
    time: TimeOfDay,
    durationMinutes: Minutes(5, 24 * 60),
    reminderMinutes: Minutes(0, 24 * 60),
    protected: v.boolean('errNotBoolean'),
    /** This ritual is the couple's weekly check-in: its reminder opens the weekly report. Left out means no. */
    checkIn: v.optional(v.boolean('errNotBoolean')),
  },
  'errNotObject',
);

const FocusSeason = v.pipe(
  v.object(
    {
      id: Id,
      label: trimmedText(80),
      lead: Id,
      start: LocalDate,
      end: LocalDate,
      weeklyAfterHoursMinutes: Minutes(0, 7 * 24 * 60),
      reviewOn: LocalDate,
    },
    'errNotObject',
  ),
  v.forward(v.check((season) => season.start <= season.end, 'errEndBeforeStart'), ['end']),
);

const OverridePolicy = v.object(
  {
    maxMinutes: Minutes(1, 240),
    perWeek: Minutes(0, 100),
    reasonRequired: v.boolean('errNotBoolean'),
  },
  'errNotObject',
);

export const COMMITMENT_STATES = ['open', 'done', 'changed', 'dropped'] as const;
/** Who a commitment is for: one partner's id, or this word for both. */
export const BOTH_PARTNERS = 'both';

const Commitment = v.object(
  {
    id: Id,
    what: trimmedText(200),
    who: Id,
    by: LocalDate,
    success: trimmedText(300),
    reviewOn: LocalDate,
    state: v.picklist(COMMITMENT_STATES, 'errNotCommitmentState'),
    /** An optional word on the state: why it changed, what done looked like. */
    stateNote: v.optional(trimmedText(200)),
  },
  'errNotObject',
);

/** The zones a plan switches to `track`: every zone and special day, or these ids. */
export const ALL_ZONES = 'all';

const ContingencyPlan = v.object(
  {
    id: Id,
    name: trimmedText(80),
    trackZones: v.union([v.literal(ALL_ZONES), v.array(Id, 'errNotList')], 'errNotZoneList'),
    weeklyAfterHoursMinutes: v.optional(Minutes(0, 7 * 24 * 60)),
    pausedRituals: v.array(Id, 'errNotList'),
    /** Who covers what while the plan holds, in the couple's words. */
    cover: v.optional(trimmedText(500)),
  },
  'errNotObject',
);

const ReviewRhythm = v.object(
  { everyMonths: Minutes(1, 12), from: LocalDate },
  'errNotObject',
);

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;

export const AgreementSchema = v.pipe(
  v.object(
    {
      format: v.literal(AGREEMENT_FORMAT, 'errNotAgreement'),
      version: v.literal(AGREEMENT_VERSION, 'errVersion'),
      household: v.object(
        {
          timeZone: v.pipe(v.string('errNotText'), v.check(isValidTimeZone, 'errNotTimeZone'), v.transform(canonicalTimeZone)),
          weekStartsOn: Weekday,
        },
        'errNotObject',
      ),
      partners: v.pipe(v.strictTuple([Partner, Partner], 'errTwoPartners'), v.check(([a, b]) => a.id !== b.id, 'errDuplicateId')),
      workSites: list(WorkSite, LIST_LIMITS.workSites),
      zones: v.pipe(list(WeeklyZone, LIST_LIMITS.zones), v.check(uniqueIds, 'errDuplicateId')),
      specialDays: v.pipe(list(SpecialDay, LIST_LIMITS.specialDays), v.check(uniqueIds, 'errDuplicateId')),
      rituals: v.pipe(list(Ritual, LIST_LIMITS.rituals), v.check(uniqueIds, 'errDuplicateId')),
      budget: v.object({ weeklyAfterHoursMinutes: Minutes(0, 7 * 24 * 60) }, 'errNotObject'),
      focusSeasons: v.pipe(list(FocusSeason, LIST_LIMITS.focusSeasons), v.check(uniqueIds, 'errDuplicateId')),
      overridePolicy: OverridePolicy,
      commitments: v.pipe(list(Commitment, LIST_LIMITS.commitments), v.check(uniqueIds, 'errDuplicateId')),
      contingencyPlans: v.pipe(list(ContingencyPlan, LIST_LIMITS.contingencyPlans), v.check(uniqueIds, 'errDuplicateId')),
      reviewRhythm: ReviewRhythm,
    },
    'errNotObject',
  ),
  v.forward(
    v.check(
      (agreement) => agreement.focusSeasons.every((season) => agreement.partners.some((p) => p.id === season.lead)),
      'errUnknownPartner',
    ),
    ['focusSeasons'],
  ),
  v.forward(
    v.check(
      (agreement) =>
        agreement.commitments.every((item) => item.who === BOTH_PARTNERS || agreement.partners.some((p) => p.id === item.who)),
      'errUnknownCommitmentPartner',
    ),
    ['commitments'],
  ),
  v.forward(
    v.check((agreement) => {
      const zoneIds = new Set([...agreement.zones, ...agreement.specialDays].map((zone) => zone.id));
      return agreement.contingencyPlans.every((plan) => plan.trackZones === ALL_ZONES || plan.trackZones.every((id) => zoneIds.has(id)));
    }, 'errUnknownZone'),
    ['contingencyPlans'],
  ),
  v.forward(
    v.check((agreement) => {
      const ritualIds = new Set(agreement.rituals.map((ritual) => ritual.id));
      return agreement.contingencyPlans.every((plan) => plan.pausedRituals.every((id) => ritualIds.has(id)));
    }, 'errUnknownRitual'),
    ['contingencyPlans'],
  ),
);

export type Agreement = v.InferOutput<typeof AgreementSchema>;
export type Partner = Agreement['partners'][number];
export type WorkingHours = Partner['workingHours'];
export type TimeBlock = WorkingHours['mon'][number];
export type WorkSite = Agreement['workSites'][number];
export type WeeklyZone = Agreement['zones'][number];
export type SpecialDay = Agreement['specialDays'][number];
export type Ritual = Agreement['rituals'][number];
export type Recurrence = Ritual['recurrence'];
export type FocusSeason = Agreement['focusSeasons'][number];
export type OverridePolicy = Agreement['overridePolicy'];
export type ZoneMode = (typeof ZONE_MODES)[number];
export type Commitment = Agreement['commitments'][number];
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export type ContingencyPlan = Agreement['contingencyPlans'][number];
export type ReviewRhythm = Agreement['reviewRhythm'];
