import type { Agreement, Recurrence } from '../agreement-schema';
import type { Weekday } from '../weekday';
import type { Translate } from '../../i18n/translate';
import { formatCalendarDate, formatTimeOfDay, formatWeekday, formatWeekdays } from '../../format/agreement-format';
import { formatDuration } from '../../format/format-duration';
import { listFormat } from '../../format/intl-formats';
import { formatRecurrence } from '../../format/format-recurrence';

/** How the change list writes values: in the reader's language, with names instead of ids. */
export interface ChangeContext {
  t: Translate;
  locale: string;
  before: Agreement;
  after: Agreement;
}

export type ValueFormat = (value: unknown, context: ChangeContext) => string;

const none = (context: ChangeContext) => context.t('changeNone');
const orNone = (format: ValueFormat): ValueFormat => (value, context) => (value === undefined || value === null || value === '' ? none(context) : format(value, context));

export const text: ValueFormat = orNone((value) => `“${String(value)}”`);
export const plain: ValueFormat = orNone((value) => String(value));
export const time: ValueFormat = orNone((value, { locale }) => formatTimeOfDay(String(value), locale));
export const date: ValueFormat = orNone((value, { locale }) => formatCalendarDate(String(value), locale));
export const minutes: ValueFormat = orNone((value, { locale }) => formatDuration(Number(value) * 60_000, locale));
export const weekday: ValueFormat = (value, { locale }) => formatWeekday(value as Weekday, locale);
export const weekdays: ValueFormat = (value, { locale }) => formatWeekdays(value as Weekday[], locale);
export const yesNo: ValueFormat = (value, { t }) => t(value ? 'changeYes' : 'changeNo');
export const mode: ValueFormat = (value, { t }) => t(`zoneMode_${String(value)}`);
export const category: ValueFormat = (value, { t }) => t(`siteCategory_${String(value)}`);
export const commitmentState: ValueFormat = (value, { t }) => t(`commitmentState_${String(value)}`);
export const repeats: ValueFormat = (value, { t }) => t(value === 'yearly' ? 'everyYear' : 'changeOnce');

/** A partner id as the partner's name (or "both of you"), looked up in the agreement it belongs to. */
export const partner: ValueFormat = (value, { t, before, after }) => {
  if (value === 'both') return t('commitmentBoth');
  return after.partners.find((p) => p.id === value)?.name ?? before.partners.find((p) => p.id === value)?.name ?? String(value);
};

function labelsOf(ids: readonly string[], items: readonly { id: string; label: string }[], context: ChangeContext): string {
  if (ids.length === 0) return none(context);
  const label = (id: string) => items.find((item) => item.id === id)?.label ?? id;
  return listFormat(context.locale, { type: 'conjunction' }).format(ids.map(label));
}

export const zoneList: ValueFormat = (value, context) => {
  if (value === 'all') return context.t('planAllZones');
  const zones = [...context.after.zones, ...context.after.specialDays, ...context.before.zones, ...context.before.specialDays];
  return labelsOf(value as string[], zones, context);
};

export const ritualList: ValueFormat = (value, context) => labelsOf(value as string[], [...context.after.rituals, ...context.before.rituals], context);

export const recurrence: ValueFormat = (value, { t, locale }) => formatRecurrence(value as Recurrence, t, locale);

/** A day's blocks of working hours: "08:30–12:30, 13:30–17:30", or none. */
export const blocks: ValueFormat = (value, context) => {
  const list = value as { start: string; end: string }[] | undefined;
  if (!list || list.length === 0) return none(context);
  return list.map((block) => `${formatTimeOfDay(block.start, context.locale)}–${formatTimeOfDay(block.end, context.locale)}`).join(', ');
};
