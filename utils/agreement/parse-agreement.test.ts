import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgreement, parseAgreementText, serializeAgreement } from './parse-agreement';
import { describeIssue } from './agreement-issues';
import { catalogTranslator } from '../i18n/translate';

const example = readFileSync(new URL('../../docs/agreement.example.json', import.meta.url), 'utf8');
const t = catalogTranslator(JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')));

const NOW = Date.parse('2026-11-20T12:00:00Z');

function withChange(change: (doc: any) => void): unknown {
  const doc = JSON.parse(example);
  change(doc);
  return doc;
}

function firstError(input: unknown): string {
  const result = parseAgreement(input);
  if (result.ok) throw new Error('expected the agreement to be refused');
  return describeIssue(result.issues[0]!, t);
}

describe('parseAgreement', () => {
  it('accepts the documented example and round-trips it through export', () => {
    const result = parseAgreementText(example, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.agreement.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(parseAgreementText(serializeAgreement(result.agreement), NOW)).toEqual(result);
  });

  it('fills weekdays without working hours with an empty list', () => {
    const result = parseAgreementText(example, NOW);
    if (!result.ok) throw new Error('example must parse');
    expect(result.agreement.partners[0].workingHours.sun).toEqual([]);
  });

  it.each([
    ['a time past the end of the day', (d: any) => (d.zones[2].end = '25:00'), 'zones[2].end: "25:00" is not a time (use HH:MM, 00:00 to 23:59)'],
    ['minutes out of range', (d: any) => (d.rituals[0].time = '07:60'), 'rituals[0].time: "07:60" is not a time (use HH:MM, 00:00 to 23:59)'],
    ['an unknown zone', (d: any) => (d.household.timeZone = 'Mars/Olympus'), 'household.timeZone: "Mars/Olympus" is not an IANA time zone such as "Europe/Berlin"'],
    ['a missing field', (d: any) => delete d.budget, 'budget: is missing'],
    ['an invalid pattern', (d: any) => (d.workSites[1].pattern = 'teams.microsoft.com'), 'workSites[1].pattern: "teams.microsoft.com" is not a match pattern like "*://*.example.com/*"'],
    ['a pattern with a port', (d: any) => (d.workSites[0].pattern = 'http://localhost:8080/*'), 'workSites[0].pattern: "http://localhost:8080/*": match patterns cannot name a port'],
    ['a pattern longer than any work site needs', (d: any) => (d.workSites[0].pattern = `*://example.com/${'*a'.repeat(500)}`), 'workSites[0].pattern: "*://example.com/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a… is too long'],
    ['more work sites than any household needs', (d: any) => (d.workSites = Array.from({ length: 501 }, () => d.workSites[0])), 'workSites: too many entries (at most 500)'],
    ['more special days than any household needs', (d: any) => (d.specialDays = Array.from({ length: 1001 }, (_, i) => ({ ...d.specialDays[0], id: `day-${i}` }))), 'specialDays: too many entries (at most 1000)'],
    ['a day of working hours in 49 pieces', (d: any) => (d.partners[0].workingHours.mon = Array.from({ length: 49 }, () => ({ start: '09:00', end: '10:00' }))), 'partners[0].workingHours.mon: too many entries (at most 48)'],
    ['every site', (d: any) => (d.workSites[0].pattern = '<all_urls>'), 'workSites[0].pattern: "<all_urls>": the pattern must name a site, not every site'],
    ['an unknown mode', (d: any) => (d.zones[0].mode = 'lock'), 'zones[0].mode: "lock" is not a mode (use dim, block or track)'],
    ['an empty zone', (d: any) => (d.zones[0].end = d.zones[0].start), 'zones[0].end: "19:00": the end must differ from the start'],
    ['an empty block of working hours', (d: any) => (d.partners[0].workingHours.tue[0].end = '08:30'), 'partners[0].workingHours.tue[0].end: "08:30": the end must differ from the start'],
    ['an empty part of a special day', (d: any) => (d.specialDays[1].end = '14:00'), 'specialDays[1].end: "14:00": the end must differ from the start'],
    ['an impossible date', (d: any) => (d.specialDays[0].date = '2026-02-30'), 'specialDays[0].date: "2026-02-30" is not a date (use YYYY-MM-DD)'],
    ['a special day with only a start', (d: any) => (d.specialDays[0].start = '10:00'), 'specialDays[0].end: give both a start and an end, or neither for the whole day'],
    ['a third partner', (d: any) => d.partners.push(d.partners[0]), 'partners[2]: an agreement has exactly two partners'],
    ['a focus season led by a stranger', (d: any) => (d.focusSeasons[0].lead = 'kim'), 'focusSeasons: a focus season is led by someone who is not one of the partners'],
    ['a duplicate ritual id', (d: any) => (d.rituals[1].id = 'breakfast'), 'rituals: two entries share an id'],
    ['a commitment for a stranger', (d: any) => (d.commitments[0].who = 'kim'), 'commitments: a commitment is for someone who is not one of the partners'],
    ['an unknown commitment state', (d: any) => (d.commitments[0].state = 'maybe'), 'commitments[0].state: "maybe" is not a state (use open, done, changed or dropped)'],
    ['a plan naming an unknown zone', (d: any) => (d.contingencyPlans[0].trackZones = ['nights']), 'contingencyPlans: a plan names a zone or special day that is not in the agreement'],
    ['a plan pausing an unknown ritual', (d: any) => (d.contingencyPlans[0].pausedRituals = ['yoga']), 'contingencyPlans: a plan pauses a ritual that is not in the agreement'],
    ['a review rhythm of a year and more', (d: any) => (d.reviewRhythm.everyMonths = 13), 'reviewRhythm.everyMonths: 13 is too large'],
    ['a special day repeating weekly', (d: any) => (d.specialDays[0].repeats = 'weekly'), 'specialDays[0].repeats: "weekly" cannot repeat that way (use yearly)'],
    ['a monthly ritual in the fifth week', (d: any) => (d.rituals[3].recurrence.week = 5), 'rituals[3].recurrence.week: 5 is not a week of the month (use 1, 2, 3, 4 or -1 for the last)'],
  ])('refuses %s and names the field', (_, change, expected) => {
    expect(firstError(withChange(change as (d: any) => void))).toContain(expected);
  });

  it('stores a time zone as the engine spells it, and keeps an alias as typed', () => {
    const typed = (timeZone: string) => {
      const result = parseAgreement(withChange((d) => (d.household.timeZone = timeZone)));
      return result.ok ? result.agreement.household.timeZone : result.issues;
    };
    expect(typed('europe/berlin')).toBe('Europe/Berlin');
    expect(typed('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(typed('utc')).toBe('UTC');
    expect(typed('Asia/Kolkata')).toBe('Asia/Kolkata');
  });

  it('keeps each weekday once, in the order first given', () => {
    const result = parseAgreement(
      withChange((d) => {
        d.zones[0].days = ['mon', 'tue', 'mon', 'tue', 'mon'];
        d.rituals[1].recurrence = { kind: 'weekly', days: ['sat', 'sat'] };
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.agreement.zones[0]!.days).toEqual(['mon', 'tue']);
    expect(result.agreement.rituals[1]!.recurrence).toEqual({ kind: 'weekly', days: ['sat'] });
  });

  it('lists the first 50 problems and counts the rest', () => {
    const result = parseAgreement(withChange((d) => (d.workSites = Array.from({ length: 80 }, () => ({ pattern: 'nope', category: 'docs' })))));
    if (result.ok) throw new Error('expected the agreement to be refused');
    expect(result.issues).toHaveLength(51);
    expect(result.issues[49]!.path).toBe('workSites[49].pattern');
    expect(describeIssue(result.issues[50]!, t)).toBe('… and 30 more problems.');
  });

  it('refuses a file over 1 MB before reading it as JSON', () => {
    const result = parseAgreementText(`${' '.repeat(1024 * 1024)}${example}`, NOW);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : describeIssue(result.issues[0]!, t)).toBe('The file is larger than 1 MB. An agreement is a few KB: is this the right file?');
    expect(parseAgreementText(`${' '.repeat(1024 * 1024 - example.length)}${example}`, NOW).ok).toBe(true);
  });

  it('refuses 50,000 nested brackets without overflowing, showing the start of the value at its field', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(parseAgreementText(deep, NOW)).toEqual({ ok: false, issues: expect.arrayContaining([{ path: 'format', key: 'errMissing' }]) });
    const result = parseAgreementText(example.replace('"timeZone": "Europe/Berlin"', `"timeZone": ${deep}`), NOW);
    expect(result).toEqual({ ok: false, issues: [{ path: 'household.timeZone', key: 'errNotText', value: `${'['.repeat(57)}…` }] });
  });

  it('imports a file of format 1, bringing it up to the current format', () => {
    const result = parseAgreementText(JSON.stringify({ ...JSON.parse(example), version: 1, commitments: undefined, contingencyPlans: undefined, reviewRhythm: undefined }), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.agreement.version).toBe(2);
    // Its first review is the next quarter's first day: never due the day it is imported.
    expect(result.agreement.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-01-01' });
    expect(result.agreement.commitments).toEqual([]);
  });

  it('refuses a future format, naming the version', () => {
    expect(firstError(withChange((d) => (d.version = 3)))).toBe('version: 3 is not an agreement version this Hearth understands (expected 1 or 2)');
  });

  it('refuses a document that is not an agreement at all', () => {
    expect(firstError({ hello: 'world' })).toBe('format: is missing');
  });

  it('refuses text that is not JSON, saying so', () => {
    const result = parseAgreementText('{ "format": ', NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeIssue(result.issues[0]!, t)).toMatch(/^The file is not valid JSON \(/);
  });
});

describe('parseAgreementText and fields it does not know', () => {
  const text = (change: (doc: any) => void) => JSON.stringify(withChange(change));
  const issuesOf = (input: string) => {
    const result = parseAgreementText(input, NOW);
    if (result.ok) throw new Error('expected the file to be refused');
    return result.issues.map((issue) => describeIssue(issue, t));
  };

  it('refuses a misspelt field at its own path instead of importing the file without it', () => {
    expect(issuesOf(text((d) => (d.budget = { weeklyAfterHoursMinute: 90 })))).toEqual([
      'budget.weeklyAfterHoursMinutes: is missing; the file has "weeklyAfterHoursMinute" here instead: misspelt? (nothing was imported)',
    ]);
    expect(issuesOf(text((d) => ((d.worksites = d.workSites), delete d.workSites)))).toEqual([
      'workSites: is missing; the file has "worksites" here instead: misspelt? (nothing was imported)',
    ]);
    expect(issuesOf(text((d) => (d.budget = { hours: 2 })))).toEqual(['budget.weeklyAfterHoursMinutes: is missing']);
    expect(issuesOf(text((d) => (d.budget.weeklyAfterHoursBudget = 90)))).toEqual([
      'budget.weeklyAfterHoursBudget: not a field of an agreement; check its spelling (nothing was imported)',
    ]);
    expect(issuesOf(text((d) => (d.zones[1].mdoe = 'block')))).toEqual(['zones[1].mdoe: not a field of an agreement; check its spelling (nothing was imported)']);
  });

  it('writes a key that is not a plain name in brackets, so the path stays readable', () => {
    expect(issuesOf(text((d) => (d.partners[0].workingHours[' mon '] = []))).map((issue) => issue.split(':')[0])).toEqual(['partners[0].workingHours[" mon "]']);
  });

  it("leaves aside the history Hearth's own export writes beside the agreement", () => {
    const exported = text((d) => (d.history = [{ effectiveAt: '2026-11-20T12:00:00.000Z', changes: [] }]));
    expect(parseAgreementText(exported, NOW).ok).toBe(true);
    expect(issuesOf(text((d) => (d.household.history = [])))).toEqual(['household.history: not a field of an agreement; check its spelling (nothing was imported)']);
  });

  it('counts what it does not list, as every refusal does', () => {
    const issues = issuesOf(text((d) => Object.assign(d, Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`extra${index}`, index])))));
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)).toBe('… and 10 more problems.');
  });
});
