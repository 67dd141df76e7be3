import type { Agreement } from '../agreement-schema';
import * as f from './change-values';
import type { ChangeContext, ValueFormat } from './change-values';

type Item = Record<string, unknown>;

export type ListField = 'workSites' | 'zones' | 'specialDays' | 'rituals' | 'focusSeasons' | 'commitments' | 'contingencyPlans';
export type SingleField = 'household' | 'budget' | 'overridePolicy' | 'reviewRhythm';

export const itemsOf = (agreement: Agreement, spec: ListPart): readonly Item[] => agreement[spec.field];
export const valueOf = (agreement: Agreement, spec: SinglePart): Item => agreement[spec.field];

/** A list part of the agreement whose items are told apart by a key (their id, a site's pattern). */
export interface ListPart {
  /** Suffix of its i18n keys: `changeNew_zone`, `changeRemoved_zone`. */
  part: string;
  /** Where its items live in the agreement. */
  field: ListField;
  key: (item: Item) => string;
  title: (item: Item) => string;
  /** What a new item says about itself. */
  summary: (item: Item, context: ChangeContext) => string;
  fields: readonly (readonly [string, ValueFormat])[];
}

/** A part there is exactly one of; its title is `changePart_<part>`. */
export interface SinglePart {
  part: string;
  field: SingleField;
  fields: readonly (readonly [string, ValueFormat])[];
}

const byId = (item: Item) => String(item.id);
const label = (item: Item) => String(item.label);
const timeRange = (item: Item, context: ChangeContext) =>
  item.start === undefined ? context.t('wholeDay') : `${f.time(item.start, context)}–${f.time(item.end, context)}`;

export const LIST_PARTS: readonly ListPart[] = [
  {
    part: 'workSite',
    field: 'workSites',
    key: (item) => String(item.pattern),
    title: (item) => String(item.label ?? item.pattern),
    summary: (item) => (item.label ? `${String(item.label)} (${String(item.pattern)})` : String(item.pattern)),
    fields: [['category', f.category], ['label', f.text]],
  },
  {
    part: 'zone',
    field: 'zones',
    key: byId,
    title: label,
    summary: (item, c) => `${label(item)}, ${f.weekdays(item.days, c)} ${timeRange(item, c)}, ${f.mode(item.mode, c)}`,
    fields: [['label', f.text], ['days', f.weekdays], ['start', f.time], ['end', f.time], ['mode', f.mode]],
  },
  {
    part: 'specialDay',
    field: 'specialDays',
    key: byId,
    title: label,
    summary: (item, c) => `${label(item)}, ${f.date(item.date, c)}${item.repeats ? ` (${f.repeats(item.repeats, c)})` : ''}, ${timeRange(item, c)}`,
    fields: [['label', f.text], ['date', f.date], ['repeats', f.repeats], ['start', f.time], ['end', f.time], ['mode', f.mode]],
  },
  {
    part: 'ritual',
    field: 'rituals',
    key: byId,
    title: label,
    summary: (item, c) => `${label(item)}, ${f.time(item.time, c)} (${f.recurrence(item.recurrence, c)})`,
    fields: [
      ['label', f.text],
      ['recurrence', f.recurrence],
      ['time', f.time],
      ['durationMinutes', f.minutes],
      ['reminderMinutes', f.minutes],
      ['protected', f.yesNo],
      ['checkIn', f.yesNo],
    ],
  },
  {
    part: 'focusSeason',
    field: 'focusSeasons',
    key: byId,
    title: label,
    summary: (item, c) => `${label(item)}, ${f.partner(item.lead, c)}, ${f.date(item.start, c)}–${f.date(item.end, c)}`,
    fields: [
      ['label', f.text],
      ['lead', f.partner],
      ['start', f.date],
      ['end', f.date],
      ['weeklyAfterHoursMinutes', f.minutes],
      ['reviewOn', f.date],
    ],
  },
  {
    part: 'commitment',
    field: 'commitments',
    key: byId,
    title: (item) => String(item.what),
    summary: (item, c) => `${String(item.what)} (${f.partner(item.who, c)}, ${f.date(item.by, c)})`,
    fields: [
      ['what', f.text],
      ['who', f.partner],
      ['by', f.date],
      ['success', f.text],
      ['reviewOn', f.date],
      ['state', f.commitmentState],
      ['stateNote', f.text],
    ],
  },
  {
    part: 'plan',
    field: 'contingencyPlans',
    key: byId,
    title: (item) => String(item.name),
    summary: (item) => String(item.name),
    fields: [
      ['name', f.text],
      ['trackZones', f.zoneList],
      ['weeklyAfterHoursMinutes', f.minutes],
      ['pausedRituals', f.ritualList],
      ['cover', f.text],
    ],
  },
];

export const SINGLE_PARTS: readonly SinglePart[] = [
  { part: 'household', field: 'household', fields: [['timeZone', f.plain], ['weekStartsOn', f.weekday]] },
  { part: 'budget', field: 'budget', fields: [['weeklyAfterHoursMinutes', f.minutes]] },
  {
    part: 'overridePolicy',
    field: 'overridePolicy',
    fields: [['maxMinutes', f.minutes], ['perWeek', f.plain], ['reasonRequired', f.yesNo]],
  },
  { part: 'reviewRhythm', field: 'reviewRhythm', fields: [['everyMonths', f.plain], ['from', f.date]] },
];
