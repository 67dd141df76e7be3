import { describe, expect, it } from 'vitest';
import { weekView } from '../schedule/week-view';
import { at } from '../schedule/agreement-fixture';
import { freshAnswers, parseWelcomeAnswers, welcomePending, type WelcomeAnswers } from './welcome-answers';
import { partnerIds, welcomeAgreement } from './welcome-agreement';
import { stepProblems } from './welcome-problems';
import { ritualFromTemplate, zoneFromTemplate } from './welcome-templates';

const label = (key: string) => `[${key}]`;

function filled(changes: Partial<WelcomeAnswers> = {}): WelcomeAnswers {
  return {
    ...freshAnswers('Europe/Berlin'),
    names: ['Alex', 'Sam'],
    mine: 1,
    zones: [zoneFromTemplate('dinner', label), zoneFromTemplate('weekends', label)],
    ritual: ritualFromTemplate('walk', label),
    sites: ['github', 'slack'],
    ...changes,
  };
}

const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('welcome answers', () => {
  it('start fresh in the detected zone, and come back as stored', () => {
    const fresh = freshAnswers('America/New_York');
    expect(fresh).toMatchObject({ step: 'start', status: 'open', timeZone: 'America/New_York', mine: null });
    expect(parseWelcomeAnswers(filled({ step: 'sites' }), 'UTC')).toEqual(filled({ step: 'sites' }));
  });

  it('read a damaged record as a fresh start', () => {
    expect(parseWelcomeAnswers({ step: 'nowhere' }, 'UTC')).toEqual(freshAnswers('UTC'));
    expect(parseWelcomeAnswers(undefined, 'UTC')).toEqual(freshAnswers('UTC'));
  });

  it('are pending until finished or skipped', () => {
    expect(welcomePending(undefined)).toBe(true);
    expect(welcomePending(filled())).toBe(true);
    expect(welcomePending(filled({ status: 'skipped' }))).toBe(false);
    expect(welcomePending(filled({ status: 'done' }))).toBe(false);
  });
});

describe('welcomeAgreement', () => {
  it('is a valid agreement holding every answer', () => {
    const result = welcomeAgreement(filled(), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { agreement } = result;
    expect(agreement.household).toEqual({ timeZone: 'Europe/Berlin', weekStartsOn: 'mon' });
    expect(agreement.partners.map((partner) => [partner.id, partner.name])).toEqual([
      ['alex', 'Alex'],
      ['sam', 'Sam'],
    ]);
    expect(agreement.partners[0].workingHours.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(agreement.partners[0].workingHours.sat).toEqual([]);
    expect(agreement.zones).toEqual([
      { id: 'welcomezonedinner', label: '[welcomeZoneDinner]', days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '18:00', end: '19:30', mode: 'dim' },
      { id: 'welcomezoneweekends', label: '[welcomeZoneWeekends]', days: ['sat', 'sun'], start: '00:00', end: '24:00', mode: 'dim' },
    ]);
    expect(agreement.rituals[0]).toMatchObject({ label: '[welcomeRitualWalk]', recurrence: { kind: 'daily' }, time: '19:30', protected: true });
    expect(agreement.rituals[0]).not.toHaveProperty('checkIn');
    // Catalog order, whatever order they were ticked in.
    expect([...new Set(agreement.workSites.map((site) => site.catalogId))]).toEqual(['slack', 'github']);
  });

  it('marks the weekly check-in ritual as the check-in, so its reminder opens the report', () => {
    const result = welcomeAgreement(filled({ ritual: ritualFromTemplate('checkIn', label) }), NOW);
    expect(result.ok && result.agreement.rituals[0]).toMatchObject({ label: '[welcomeRitualCheckIn]', checkIn: true });
  });

  it('gives two partners with the same name different ids', () => {
    expect(partnerIds(['Kim', 'Kim'])).toEqual(['kim', 'kim-2']);
    expect(partnerIds(['金', '李'])).toEqual(['partner', 'partner-2']);
  });

  it('is drawn by the week view', () => {
    const result = welcomeAgreement(filled(), NOW);
    if (!result.ok) throw new Error('invalid');
    expect(weekView(result.agreement, at('2026-11-25T12:00:00+01:00')).days).toHaveLength(7);
  });

  it('is refused by the schema when answers were never checked', () => {
    const result = welcomeAgreement(filled({ names: ['', 'Sam'] }), NOW);
    expect(result.ok).toBe(false);
  });
});

describe('stepProblems', () => {
  it('asks for both names, different ones, and whose browser this is', () => {
    expect(stepProblems('people', freshAnswers('UTC'))).toEqual([
      { field: 'name-0', key: 'welcomeNameMissing' },
      { field: 'name-1', key: 'welcomeNameMissing' },
      { field: 'mine', key: 'welcomeMineMissing' },
    ]);
    expect(stepProblems('people', filled({ names: ['Kim', ' kim '] }))).toEqual([{ field: 'name-1', key: 'welcomeNamesSame' }]);
    expect(stepProblems('people', filled())).toEqual([]);
  });

  it('knows a real time zone from a typo', () => {
    expect(stepProblems('household', filled({ timeZone: 'Europe/Berlni' }))).toEqual([{ field: 'time-zone', key: 'welcomeZoneUnknown' }]);
    expect(stepProblems('household', filled({ timeZone: 'UTC' }))).toEqual([]);
  });

  it('takes an end before the start as a night shift, and refuses the same time twice', () => {
    const hours = filled().hours;
    expect(stepProblems('hours', filled({ hours: [{ ...hours[0], start: '22:00', end: '06:00' }, { ...hours[1], start: '18:00', end: '00:00' }] }))).toEqual([]);
    expect(stepProblems('hours', filled({ hours: [{ ...hours[0], start: '09:00', end: '09:00' }, { ...hours[1], start: '00:00', end: '00:00' }] }))).toEqual([
      { field: 'hours-0-end', key: 'welcomeHoursSame' },
      { field: 'hours-1-end', key: 'welcomeHoursSame' },
    ]);
  });

  it('sets up a night shift as the working hours the editor would hold', () => {
    const hours = filled().hours;
    const result = welcomeAgreement(filled({ hours: [{ ...hours[0], start: '22:00', end: '06:00' }, hours[1]] }), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.agreement.partners[0].workingHours.mon).toEqual([{ start: '22:00', end: '06:00' }]);
  });

  it('names what a zone or the ritual lacks', () => {
    const custom = { ...zoneFromTemplate('custom', () => ''), start: '21:00', end: '21:00' };
    expect(stepProblems('zones', filled({ zones: [custom] }))).toEqual([
      { field: 'zone-0-label', key: 'welcomeLabelMissing' },
      { field: 'zone-0-days', key: 'welcomeDaysMissing' },
      { field: 'zone-0-end', key: 'welcomeZoneEmpty' },
    ]);
    expect(stepProblems('ritual', filled({ ritual: { ...ritualFromTemplate('walk', label), days: [] } }))).toEqual([{ field: 'ritual-days', key: 'welcomeDaysMissing' }]);
    expect(stepProblems('ritual', filled({ ritual: null }))).toEqual([]);
  });
});
