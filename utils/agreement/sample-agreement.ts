import sample from '../../docs/agreement.example.json';
import type { Translate } from '../i18n/translate';
import { addMonths } from '../reminders/date-reminders';
import { householdToday } from './household-today';

/** The documented example doubles as the starting point offered to a new couple. */
export const SAMPLE_AGREEMENT: unknown = sample;

/** The example's own words, by part and field: what a couple reads, and so what is translated. */
export const SAMPLE_WORDS = {
  zones: ['label'],
  specialDays: ['label'],
  rituals: ['label'],
  focusSeasons: ['label'],
  commitments: ['what', 'success'],
  contingencyPlans: ['name', 'cover'],
} as const;
/** The one work site the catalog does not name (`catalogId`): its label is words too. */
export const OWN_SITE_KEY = 'sample_workSites_own_label';

/** A catalog key may hold letters, digits and underscores only; the example's ids have hyphens. */
export const sampleWordKey = (part: string, id: string, field: string) => `sample_${part}_${id.replaceAll('-', '_')}_${field}`;

/**
 * The example as a couple loads it at `now`: its first review a rhythm's length after that day, as
 * for an agreement set up on the welcome page, so it is never due the day it is loaded; and its words
 * (zone and ritual names, commitments, plans) in the couple's language, by `t` (the ids, times and
 * sites stay). A word the catalog lacks stays as the example has it.
 */
export function sampleAgreement(now: number, t?: Translate): unknown {
  const { everyMonths } = sample.reviewRhythm;
  const words = t ? localized(t) : sample;
  return { ...words, reviewRhythm: { everyMonths, from: addMonths(householdToday(sample.household.timeZone, now), everyMonths) } };
}

function localized(t: Translate) {
  const word = (key: string, fallback: string) => {
    const text = t(key);
    return text && text !== key ? text : fallback;
  };
  const parts = Object.fromEntries(
    Object.entries(SAMPLE_WORDS).map(([part, fields]) => [
      part,
      (sample[part as keyof typeof SAMPLE_WORDS] as Array<Record<string, unknown> & { id: string }>).map((item) => ({
        ...item,
        ...Object.fromEntries(fields.map((field) => [field, word(sampleWordKey(part, item.id, field), item[field] as string)])),
      })),
    ]),
  );
  const workSites = sample.workSites.map((site) => ('catalogId' in site ? site : { ...site, label: word(OWN_SITE_KEY, site.label) }));
  return { ...sample, ...parts, workSites };
}
