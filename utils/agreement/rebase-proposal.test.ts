import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement-schema';
import { parseAgreement } from './parse-agreement';
import { catalogTranslator } from '../i18n/translate';
import { describeConflicts, rebaseProposal } from './rebase-proposal';
import { describeChanges } from './changes/describe-changes';

const en = catalogTranslator(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

type Change = (doc: any) => void;

function agreement(...changes: Change[]): Agreement {
  const doc = structuredClone(EXAMPLE);
  for (const change of changes) change(doc);
  const result = parseAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.agreement;
}

const BASE = agreement();

/**
 * For every kind of part: what the proposal changes, a change made since to another item of the
 * same kind (clean), and one made since to the same item (conflict), with the conflict in words.
 */
const CASES: [string, Change, Change, Change, string][] = [
  [
    'household',
    (d) => (d.household.weekStartsOn = 'sun'),
    (d) => (d.budget.weeklyAfterHoursMinutes = 60),
    (d) => (d.household.timeZone = 'Europe/London'),
    'Household changed since this was proposed',
  ],
  [
    'a partner’s hours',
    (d) => (d.partners[0].workingHours.fri = [{ start: '08:30', end: '13:00' }]),
    (d) => (d.partners[1].workingHours.sat = []),
    (d) => (d.partners[0].name = 'Alexandra'),
    'Partner “Alexandra” changed since this was proposed',
  ],
  [
    'a work site',
    (d) => (d.workSites[0].category = 'other'),
    (d) => d.workSites.pop(),
    (d) => (d.workSites[0].label = 'Slack at work'),
    'Work site “Slack at work” changed since this was proposed',
  ],
  [
    'a zone',
    (d) => (d.zones[0].end = '07:30'),
    (d) => (d.zones[1].mode = 'dim'),
    (d) => (d.zones[0].end = '06:30'),
    'Zone “Family evenings” changed since this was proposed',
  ],
  [
    'a special day',
    (d) => (d.specialDays[1].start = '12:00'),
    (d) => (d.specialDays[0].repeats = undefined),
    (d) => d.specialDays.splice(1, 1),
    'Special day “Christmas Eve afternoon” changed since this was proposed',
  ],
  [
    'a ritual',
    (d) => (d.rituals[1].durationMinutes = 60),
    (d) => (d.rituals[0].time = '07:30'),
    (d) => (d.rituals[1].protected = true),
    'Ritual “Evening walk” changed since this was proposed',
  ],
  [
    'the budget',
    (d) => (d.budget.weeklyAfterHoursMinutes = 90),
    (d) => (d.overridePolicy.perWeek = 5),
    (d) => (d.budget.weeklyAfterHoursMinutes = 180),
    'Weekly budget changed since this was proposed',
  ],
  [
    'a focus season',
    (d) => (d.focusSeasons[0].reviewOn = '2026-12-04'),
    (d) => d.focusSeasons.push({ id: 'alex-audit', label: 'Alex’s audit', lead: 'alex', start: '2027-01-04', end: '2027-01-29', weeklyAfterHoursMinutes: 240, reviewOn: '2027-01-15' }),
    (d) => (d.focusSeasons[0].lead = 'alex'),
    "Focus season “Sam's product launch” changed since this was proposed",
  ],
  [
    'a commitment',
    (d) => (d.commitments[0].state = 'done'),
    (d) => (d.commitments[1].by = '2027-02-28'),
    (d) => (d.commitments[0].state = 'dropped'),
    'Commitment “Find an after-school club for Mia” changed since this was proposed',
  ],
  [
    'a contingency plan',
    (d) => (d.contingencyPlans[0].trackZones = 'all'),
    (d) => (d.contingencyPlans[1].cover = 'Alex stays home'),
    (d) => (d.contingencyPlans[0].name = 'Crunch time'),
    'Contingency plan “Crunch time” changed since this was proposed',
  ],
  [
    'the override policy',
    (d) => (d.overridePolicy.maxMinutes = 20),
    (d) => (d.reviewRhythm.everyMonths = 6),
    (d) => (d.overridePolicy.reasonRequired = false),
    'Overrides changed since this was proposed',
  ],
  [
    'the review rhythm',
    (d) => (d.reviewRhythm.from = '2027-01-01'),
    (d) => (d.household.weekStartsOn = 'sun'),
    (d) => (d.reviewRhythm.everyMonths = 6),
    'Review rhythm changed since this was proposed',
  ],
];

describe('rebaseProposal', () => {
  it('gives the proposal itself when its base is still current', () => {
    const proposed = agreement((d) => (d.zones[0].end = '07:30'));
    expect(rebaseProposal(BASE, proposed, BASE)).toEqual({ ok: true, agreement: proposed });
  });

  describe.each(CASES)('%s', (_, proposal, sinceElsewhere, sinceSame, conflict) => {
    it('re-applies onto a current agreement changed elsewhere: both changes are kept', () => {
      const current = agreement(sinceElsewhere);
      const result = rebaseProposal(BASE, agreement(proposal), current);
      expect(result).toEqual({ ok: true, agreement: agreement(sinceElsewhere, proposal) });
      // What it changes on the current agreement is what it changed on its base.
      if (result.ok) expect(describeChanges(current, result.agreement, 'en-GB', en)).toEqual(describeChanges(BASE, agreement(proposal), 'en-GB', en));
    });

    it('names the part changed on both sides and applies only the rest', () => {
      const current = agreement(sinceSame);
      const result = rebaseProposal(BASE, agreement(proposal, (d) => (d.rituals[0].reminderMinutes = 5)), current);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(describeConflicts(result.conflicts, en)).toEqual([conflict]);
      // The part that did not conflict is there, ready to re-edit; the conflicting one stays as it is now.
      expect(result.partial.rituals[0]!.reminderMinutes).toBe(5);
      expect(parseAgreement(result.partial)).toEqual({ ok: true, agreement: agreement(sinceSame, (d) => (d.rituals[0].reminderMinutes = 5)) });
    });
  });

  it('is clean when the same change was made since', () => {
    const change: Change = (d) => (d.zones[0].end = '07:30');
    expect(rebaseProposal(BASE, agreement(change), agreement(change))).toEqual({ ok: true, agreement: agreement(change) });
  });

  it('adds new items after the current ones and removes what the proposal removes', () => {
    const walk = { id: 'sunday-walk', label: 'Sunday walk', recurrence: { kind: 'weekly', days: ['sun'] }, time: '10:00', durationMinutes: 60, reminderMinutes: 0, protected: false };
    const lunch = { id: 'lunch', label: 'Lunch', days: ['mon'], start: '12:00', end: '13:00', mode: 'block' };
    const result = rebaseProposal(BASE, agreement((d) => d.rituals.push(walk), (d) => d.zones.splice(2, 1)), agreement((d) => d.zones.push(lunch)));
    expect(result).toEqual({ ok: true, agreement: agreement((d) => d.zones.push(lunch), (d) => d.rituals.push(walk), (d) => d.zones.splice(2, 1)) });
  });

  it('counts an item added on both sides under one key, differently, as a conflict', () => {
    const lunch = (end: string) => (d: any) => d.zones.push({ id: 'lunch', label: 'Lunch', days: ['mon'], start: '12:00', end, mode: 'block' });
    const result = rebaseProposal(BASE, agreement(lunch('13:00')), agreement(lunch('13:30')));
    expect(result.ok ? [] : describeConflicts(result.conflicts, en)).toEqual(['Zone “Lunch” changed since this was proposed']);
  });

  it('refuses a result that would not be a valid agreement, saying why', () => {
    // The proposal pauses a ritual that was removed since: each change alone is fine, together not.
    const result = rebaseProposal(BASE, agreement((d) => d.contingencyPlans[1].pausedRituals.push('check-in')), agreement((d) => d.rituals.splice(2, 1)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.conflicts).toEqual([]);
      expect(result.issues.map((issue) => issue.key)).toEqual(['errUnknownRitual']);
    }
  });
});
