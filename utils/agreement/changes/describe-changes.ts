import type { Agreement } from '../agreement-schema';
import { WEEKDAYS } from '../weekday';
import type { Translate } from '../../i18n/translate';
import { formatWeekday } from '../../format/agreement-format';
import { itemsOf, LIST_PARTS, SINGLE_PARTS, valueOf, type ListPart } from './change-parts';
import { blocks, type ChangeContext, type ValueFormat } from './change-values';

type Item = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(title: string, before: Item, after: Item, fields: readonly (readonly [string, ValueFormat])[], context: ChangeContext): string[] {
  return fields
    .filter(([field]) => !same(before[field], after[field]))
    .map(([field, format]) => context.t('changeField', [title, context.t(`changeFieldName_${field}`), format(before[field], context), format(after[field], context)]));
}

function listChanges(spec: ListPart, context: ChangeContext): string[] {
  const before = new Map(itemsOf(context.before, spec).map((item) => [spec.key(item), item]));
  const after = new Map(itemsOf(context.after, spec).map((item) => [spec.key(item), item]));
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, item]) => context.t(`changeRemoved_${spec.part}`, [spec.title(item)]));
  const changedOrNew = [...after].flatMap(([key, item]) => {
    const old = before.get(key);
    if (!old) return [context.t(`changeNew_${spec.part}`, [spec.summary(item, context)])];
    return fieldChanges(spec.title(old), old, item, spec.fields, context);
  });
  return [...removed, ...changedOrNew];
}

/** The partners are always two, told apart by their place: a name or a day's working hours may change. */
function partnerChanges(context: ChangeContext): string[] {
  return context.after.partners.flatMap((partner, index) => {
    const old = context.before.partners[index]!;
    const title = old.name;
    const renamed = old.name === partner.name ? [] : [context.t('changeField', [title, context.t('changeFieldName_name'), `“${old.name}”`, `“${partner.name}”`])];
    const hours = WEEKDAYS.filter((day) => !same(old.workingHours[day], partner.workingHours[day])).map((day) =>
      context.t('changeField', [title, context.t('changeFieldName_hoursOn', [formatWeekday(day, context.locale)]), blocks(old.workingHours[day], context), blocks(partner.workingHours[day], context)]),
    );
    return [...renamed, ...hours];
  });
}

/**
 * What changed from one agreement to the next, in the couple's own words and language, one line a
 * change: "Family evenings: ends 07:00 → 07:30", "New ritual: Sunday walk, 10:00 (Sunday)". Every
 * part of the agreement is covered; items are matched by id (work sites by pattern), so a renamed
 * zone reads as a changed name, not as one removed and one new. Order alone is not a change.
 */
export function describeChanges(before: Agreement, after: Agreement, locale: string, t: Translate): string[] {
  const context: ChangeContext = { t, locale, before, after };
  const singles = (start: number, end: number) =>
    SINGLE_PARTS.slice(start, end).flatMap((spec) => fieldChanges(t(`changePart_${spec.part}`), valueOf(before, spec), valueOf(after, spec), spec.fields, context));
  return [...singles(0, 1), ...partnerChanges(context), ...LIST_PARTS.flatMap((spec) => listChanges(spec, context)), ...singles(1, SINGLE_PARTS.length)];
}
