import { AGREEMENT_FORMAT, AGREEMENT_VERSION, type WorkSite } from '../agreement/agreement-schema';
import { householdToday } from '../agreement/household-today';
import { addMonths } from '../reminders/date-reminders';
import { newId } from '../agreement/new-id';
import { parseAgreement, type ParseResult } from '../agreement/parse-agreement';
import { WEEKDAYS } from '../agreement/weekday';
import { withCatalogSite } from '../sites/catalog-selection';
import { WORK_SITE_CATALOG } from '../sites/work-site-catalog';
import type { HoursAnswer, WelcomeAnswers } from './welcome-answers';

/** The household's default until the couple agree otherwise in the editor. */
const BUDGET_MINUTES = 120;
const OVERRIDE_POLICY = { maxMinutes: 15, perWeek: 3, reasonRequired: true };
const RITUAL_REMINDER_MINUTES = 10;

/** A block ending at midnight is written 24:00, as the agreement spells a day's end. */
const endOf = (time: string) => (time === '00:00' ? '24:00' : time);

function workingHours({ days, start, end }: HoursAnswer) {
  return Object.fromEntries(WEEKDAYS.filter((day) => days.includes(day)).map((day) => [day, [{ start, end: endOf(end) }]]));
}

/** The partner ids the agreement gets, from the names (readable in an export), never equal. */
export function partnerIds(names: WelcomeAnswers['names']): [string, string] {
  const first = newId(names[0], [], 'partner');
  return [first, newId(names[1], [first], 'partner')];
}

/**
 * The agreement the answers describe, checked by the one schema: the page shows what is wrong and
 * the background checks again when it stores it, so nothing invalid is ever stored.
 */
export function welcomeAgreement(answers: WelcomeAnswers, now: number): ParseResult {
  const ids = partnerIds(answers.names);
  const zoneIds: string[] = [];
  const zones = answers.zones.map(({ label, days, start, end, mode }) => {
    const id = newId(label, zoneIds, 'zone');
    zoneIds.push(id);
    return { id, label, days, start, end: endOf(end), mode };
  });
  const rituals = answers.ritual
    ? [
        {
          id: newId(answers.ritual.label, [], 'ritual'),
          label: answers.ritual.label,
          recurrence: answers.ritual.days.length === 7 ? { kind: 'daily' } : { kind: 'weekly', days: answers.ritual.days },
          time: answers.ritual.time,
          durationMinutes: answers.ritual.durationMinutes,
          reminderMinutes: RITUAL_REMINDER_MINUTES,
          protected: true,
          ...(answers.ritual.template === 'checkIn' && { checkIn: true }),
        },
      ]
    : [];
  const workSites = WORK_SITE_CATALOG.filter((site) => answers.sites.includes(site.id)).reduce<WorkSite[]>(withCatalogSite, []);
  return parseAgreement({
    format: AGREEMENT_FORMAT,
    version: AGREEMENT_VERSION,
    household: { timeZone: answers.timeZone, weekStartsOn: answers.weekStartsOn },
    partners: answers.names.map((name, index) => ({ id: ids[index], name, workingHours: workingHours(answers.hours[index]!) })),
    workSites,
    zones,
    specialDays: [],
    rituals,
    budget: { weeklyAfterHoursMinutes: BUDGET_MINUTES },
    focusSeasons: [],
    overridePolicy: OVERRIDE_POLICY,
    commitments: [],
    contingencyPlans: [],
    // The first look at the whole agreement comes a quarter after it was set up.
    reviewRhythm: { everyMonths: 3, from: addMonths(householdToday(answers.timeZone, now), 3) },
  });
}
