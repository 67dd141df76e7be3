import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { GUARD_HORIZON_MS } from '../schedule/guard-state';
import { GUARD_CSS, planGuard, RELEASE_CSS, sheetForMode, veiledSheet } from './guard-plan';

const now = at('2026-12-01T12:00:00+01:00');

describe('planGuard wake-up', () => {
  it('wakes at the end of the look-ahead when nothing changes within it (a lone special day nine days away)', () => {
    const agreement = agreementIn('Europe/Berlin', {
      specialDays: [{ id: 'anniversary', label: 'Anniversary', date: '2026-12-10', mode: 'block' }],
    });
    expect(utc([planGuard(agreement, [], now).wakeAt])).toEqual(utc([now + GUARD_HORIZON_MS]));
  });

  it('wakes at the horizon with nothing in the agreement at all, and without an agreement', () => {
    expect(planGuard(agreementIn('Europe/Berlin'), [], now).wakeAt).toBe(now + GUARD_HORIZON_MS);
    expect(planGuard(undefined, [], now).wakeAt).toBe(now + GUARD_HORIZON_MS);
  });

  it('from the horizon, the next look sees the special day and wakes when it begins', () => {
    const agreement = agreementIn('Europe/Berlin', {
      specialDays: [{ id: 'anniversary', label: 'Anniversary', date: '2026-12-10', mode: 'block' }],
    });
    const next = planGuard(agreement, [], now).wakeAt;
    expect(utc([planGuard(agreement, [], next).wakeAt])).toEqual(utc([at('2026-12-10T00:00:00+01:00')]));
  });

  it('wakes sooner for a boundary or an override inside the horizon', () => {
    const agreement = agreementIn('Europe/Berlin', {
      specialDays: [{ id: 'anniversary', label: 'Anniversary', date: '2026-12-03', mode: 'block' }],
    });
    expect(utc([planGuard(agreement, [], now).wakeAt])).toEqual(utc([at('2026-12-03T00:00:00+01:00')]));
    expect(planGuard(agreement, [{ site: 'app.slack.com', end: now + 60_000 }], now).wakeAt).toBe(now + 60_000);
  });
});

describe('sheetForMode', () => {
  it.each([
    ['dim', GUARD_CSS.dim],
    ['block', GUARD_CSS.block],
    // Released or in grace, the release sheet overrides the registered one the document cannot shed.
    ['off', RELEASE_CSS],
    ['grace', RELEASE_CSS],
  ] as const)('a %s page holds %s', (mode, sheet) => {
    expect(sheetForMode(mode)).toBe(sheet);
  });
});

describe('veiledSheet', () => {
  it.each([
    // Firefox, the veil up: the veil greys the page, the root's grey would grey the banner too.
    ['dim', RELEASE_CSS],
    // Firefox, the screen up: the root's opacity(0) would hide Hearth's screen with the page.
    ['block', RELEASE_CSS],
    ['off', RELEASE_CSS],
    ['grace', RELEASE_CSS],
  ] as const)('a %s page with its veil up holds %s', (mode, sheet) => {
    expect(veiledSheet(mode)).toBe(sheet);
  });
});
