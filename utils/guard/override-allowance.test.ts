import { describe, expect, it } from 'vitest';
import { decideOverride, overrideChoices, overridesLeft } from './override-allowance';
import type { GuardState } from '../schedule/guard-state';

const policy = { maxMinutes: 15, perWeek: 3, reasonRequired: true };
const dimmed: GuardState = { mode: 'dim', sources: [{ kind: 'zone', id: 'evenings', label: 'Family evenings', mode: 'dim' }], until: null };
const now = Date.parse('2026-11-23T20:00:00Z');

describe('overrideChoices', () => {
  it.each([
    [15, [5, 10, 15]],
    [1, [1]],
    [25, [5, 10, 15, 20, 25]],
    [240, [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240]],
  ])('up to %i minutes offers %j', (maxMinutes, expected) => {
    expect(overrideChoices({ ...policy, maxMinutes })).toEqual(expected);
  });
});

describe('decideOverride', () => {
  it('grants a reasoned request within the allowance, ending after the chosen minutes', () => {
    expect(decideOverride({ minutes: 10, reason: '  prod incident  ' }, policy, dimmed, 2, now)).toEqual({
      ok: true,
      end: now + 10 * 60_000,
      reason: 'prod incident',
    });
  });

  it.each([
    ['nothing is guarded', { minutes: 10, reason: 'prod incident' }, policy, { ...dimmed, mode: 'off' as const }, 0, 'overrideNotGuarded'],
    ['a zone only records', { minutes: 10, reason: 'prod incident' }, policy, { ...dimmed, mode: 'track' as const }, 0, 'overrideNotGuarded'],
    ['more minutes than the policy allows', { minutes: 30, reason: 'prod incident' }, policy, dimmed, 0, 'overrideMinutesNotAllowed'],
    ['minutes not on offer', { minutes: 7, reason: 'prod incident' }, policy, dimmed, 0, 'overrideMinutesNotAllowed'],
    ['no reason', { minutes: 10, reason: '   ' }, policy, dimmed, 0, 'overrideReasonRequired'],
    ['a token reason', { minutes: 10, reason: 'ok' }, policy, dimmed, 0, 'overrideReasonRequired'],
    ['the weekly allowance used up', { minutes: 10, reason: 'prod incident' }, policy, dimmed, 3, 'overrideWeeklyLimit'],
    ['an allowance of none', { minutes: 10, reason: 'prod incident' }, { ...policy, perWeek: 0 }, dimmed, 0, 'overrideWeeklyLimit'],
  ])('refuses when %s', (_, request, usedPolicy, state, used, key) => {
    const decision = decideOverride(request, usedPolicy, state, used, now);
    expect(decision).toMatchObject({ ok: false, key });
  });

  it('refuses a reason longer than the report keeps, even when reasons are optional; counts an emoji once', () => {
    for (const reasonRequired of [true, false]) {
      expect(decideOverride({ minutes: 10, reason: 'x'.repeat(501) }, { ...policy, reasonRequired }, dimmed, 0, now)).toEqual({
        ok: false,
        key: 'overrideReasonTooLong',
        substitutions: ['500'],
      });
    }
    expect(decideOverride({ minutes: 10, reason: '🔥'.repeat(500) }, policy, dimmed, 0, now)).toMatchObject({ ok: true });
  });

  it('lets a couple go without reasons when they agreed so', () => {
    expect(decideOverride({ minutes: 5, reason: '' }, { ...policy, reasonRequired: false }, dimmed, 0, now)).toMatchObject({ ok: true });
  });

  it('counts what is left, never below zero', () => {
    expect(overridesLeft(policy, 1)).toBe(2);
    expect(overridesLeft(policy, 5)).toBe(0);
  });
});
