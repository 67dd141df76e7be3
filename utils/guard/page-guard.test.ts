import { describe, expect, it } from 'vitest';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { planGuard } from './guard-plan';
import { pageGuardFor } from './page-guard';

const agreement = {
  ...agreementIn('Europe/Berlin', { zones: [{ id: 'dinner', label: 'Family dinner', days: ['mon'], start: '18:00', end: '21:00', mode: 'dim' }] }),
  workSites: [{ pattern: '*://meet.example.com/*', category: 'chat' as const, label: 'Meetings' }],
};
const now = at('2026-11-23T18:05:00+01:00');
const graceUntil = at('2026-11-23T18:30:00+01:00');
const MEET = 'https://meet.example.com/abc';

describe('pageGuardFor with call grace', () => {
  it('lets a work page in grace show the gentle banner instead of the dimming', () => {
    expect(pageGuardFor(planGuard(agreement, [], now), agreement, MEET, 0, graceUntil)).toMatchObject({
      mode: 'grace',
      graceUntil,
      labels: ['Family dinner'],
    });
  });

  it('dims the same page once its grace is gone', () => {
    expect(pageGuardFor(planGuard(agreement, [], now), agreement, MEET, 0).mode).toBe('dim');
  });

  it('lets an override speak for itself: the page is released, not in grace', () => {
    const plan = planGuard(agreement, [{ site: 'meet.example.com', end: now + 10 * 60_000 }], now);
    expect(pageGuardFor(plan, agreement, MEET, 1, graceUntil)).toMatchObject({ mode: 'off', releasedUntil: now + 10 * 60_000 });
  });

  it.each([
    ['nothing guards', at('2026-11-23T21:00:00+01:00'), MEET],
    ['the page is no work site', now, 'https://example.org/'],
  ])('never puts a page in grace when %s', (_, instant, url) => {
    expect(pageGuardFor(planGuard(agreement, [], instant), agreement, url, 0, graceUntil).mode).toBe('off');
  });
});
