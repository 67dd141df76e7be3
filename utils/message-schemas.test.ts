import { describe, expect, it } from 'vitest';
import { parseMessage } from './message-schemas';

describe('parseMessage', () => {
  it.each([
    { type: 'guard:hello', url: 'https://acme.example/' },
    { type: 'guard:veiled', url: 'https://acme.example/' },
    { type: 'override:request', minutes: 10, reason: 'prod incident' },
    { type: 'agreement:import', text: '{}' },
    { type: 'agreement:sample' },
    { type: 'agreement:save', agreement: { anything: true }, basedOn: null },
    { type: 'agreement:save', agreement: {}, basedOn: 3 },
    { type: 'tracking:settings', settings: { idleSeconds: 180, countAudible: true } },
    { type: 'popup:status' },
    { type: 'popup:note', text: 'Deadline Thursday' },
    { type: 'ritual:mark', ritualId: 'breakfast', start: 1, outcome: 'kept' },
    { type: 'report:open' },
    { type: 'reminders:settings', settings: { windDownMinutes: 10 } },
    { type: 'comforts:settings', settings: { muteNotifications: true, parkTabs: 'group' } },
    { type: 'proposal:list' },
    { type: 'proposal:accept', id: 'proposal-01', onCurrent: false },
    { type: 'proposal:decline', id: 'proposal-01', word: 'Not this week' },
    { type: 'proposal:decline', id: 'proposal-01' },
    { type: 'proposal:withdraw', id: 'proposal-01' },
    { type: 'proposal:reapply', id: 'proposal-01' },
    { type: 'proposal:dismiss', id: 'proposal-01' },
    { type: 'proposal:adopt', id: 'proposal-01' },
    { type: 'checkIn:save', weekStart: 1, answers: { stretched: 'a', celebrate: '', adjust: 'c' } },
  ])('lets a well-formed $type through', (message) => {
    expect(parseMessage(message)).toEqual({ ok: true, message });
  });

  it.each([
    ['a reason that is not text', { type: 'override:request', minutes: 10, reason: { toString: 1 } }, 'override:request: reason: '],
    ['minutes as text', { type: 'override:request', minutes: '10', reason: 'prod incident' }, 'override:request: minutes: '],
    ['an import without text', { type: 'agreement:import' }, 'agreement:import: text: '],
    ['a save without basedOn', { type: 'agreement:save', agreement: {} }, 'agreement:save: basedOn: '],
    ['an unknown outcome', { type: 'ritual:mark', ritualId: 'walk', start: 1, outcome: 'maybe' }, 'ritual:mark: outcome: '],
    ['settings that are not an object', { type: 'comforts:settings', settings: 'all' }, 'comforts:settings: settings: '],
    ['an accept that does not say whether on the current agreement', { type: 'proposal:accept', id: 'proposal-01' }, 'proposal:accept: onCurrent: '],
    ['a decline whose word is not text', { type: 'proposal:decline', id: 'proposal-01', word: 3 }, 'proposal:decline: word: '],
    ['check-in answers missing one', { type: 'checkIn:save', weekStart: 1, answers: { stretched: 'a', celebrate: '' } }, 'checkIn:save: answers.adjust: '],
    ['a hello without a URL', { type: 'guard:hello' }, 'guard:hello: url: '],
    ['a message type nobody answers', { type: 'guard:apply', guard: {} }, 'unknown message type'],
    ['a type inherited from Object', { type: 'constructor' }, 'unknown message type'],
    ['no message at all', null, 'unknown message type'],
  ])('refuses %s, naming the field', (_, message, problem) => {
    const parsed = parseMessage(message);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });

  it('keeps only the fields of the type, so a handler never sees a URL an override smuggles in', () => {
    const parsed = parseMessage({ type: 'override:request', minutes: 10, reason: 'prod incident', url: 'https://other.example/' });
    expect(parsed).toEqual({ ok: true, message: { type: 'override:request', minutes: 10, reason: 'prod incident' } });
  });
});
