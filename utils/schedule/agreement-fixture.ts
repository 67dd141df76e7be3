import { parseAgreement } from '../agreement/parse-agreement';
import type { Agreement } from '../agreement/agreement-schema';

/** Test support: a minimal agreement in `timeZone`, validated by the real schema so no test runs on a shape the app would refuse. */
export function agreementIn(timeZone: string, parts: Partial<Record<'zones' | 'specialDays' | 'rituals' | 'partners' | 'commitments' | 'contingencyPlans', unknown[]>> = {}): Agreement {
  const result = parseAgreement({
    format: 'hearth.agreement',
    version: 2,
    household: { timeZone, weekStartsOn: 'mon' },
    partners: parts.partners ?? [
      { id: 'alex', name: 'Alex', workingHours: {} },
      { id: 'sam', name: 'Sam', workingHours: {} },
    ],
    workSites: [],
    zones: parts.zones ?? [],
    specialDays: parts.specialDays ?? [],
    rituals: parts.rituals ?? [],
    budget: { weeklyAfterHoursMinutes: 0 },
    focusSeasons: [],
    overridePolicy: { maxMinutes: 15, perWeek: 3, reasonRequired: true },
    commitments: parts.commitments ?? [],
    contingencyPlans: parts.contingencyPlans ?? [],
    reviewRhythm: { everyMonths: 3, from: '2026-01-01' },
  });
  if (!result.ok) throw new Error(`invalid fixture: ${JSON.stringify(result.issues)}`);
  return result.agreement;
}

/** An instant from an ISO string that carries its own offset, never the machine's zone. */
export function at(iso: string): number {
  const instant = Date.parse(iso);
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso) || Number.isNaN(instant)) throw new Error(`"${iso}" needs an explicit offset`);
  return instant;
}

/** Instants as UTC ISO strings, so a failing assertion reads as times rather than milliseconds. */
export function utc(instants: readonly number[]): string[] {
  return instants.map((instant) => new Date(instant).toISOString());
}

/** Two rituals the tests of several modules share: a protected weekday breakfast and a daily walk. */
export const BREAKFAST = {
  id: 'breakfast',
  label: 'Shared breakfast',
  recurrence: { kind: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  time: '07:15',
  durationMinutes: 30,
  reminderMinutes: 10,
  protected: true,
};
export const WALK = { id: 'walk', label: 'Evening walk', recurrence: { kind: 'daily' }, time: '19:30', durationMinutes: 45, reminderMinutes: 15, protected: false };
