import { partnerView, PARTNER_LONG_SILENT_MS, PARTNER_STALE_MS } from './partner-view';
import type { SharedStatus } from './shared-status';

const NOW = Date.parse('2026-11-23T19:00:00Z');
const status: SharedStatus = { v: 1, at: NOW - 60_000, paused: false, state: { kind: 'off' } };
const received = (agoMs: number) => ({ status, receivedAt: NOW - agoMs });

describe('partnerView', () => {
  it('knows nothing before anything arrived', () => {
    expect(partnerView(null, NOW)).toEqual({ kind: 'unknown' });
  });

  it.each([
    [0, 0],
    [59_999, 0],
    [60_000, 1],
    [2.5 * 60_000, 2],
    [PARTNER_STALE_MS - 1, 14],
  ])('shows a status received %i ms ago as %i min old', (ago, minutesAgo) => {
    expect(partnerView(received(ago), NOW)).toEqual({ kind: 'fresh', status, minutesAgo });
  });

  it('says "offline since" once a refresh was due and none came, and shows no state', () => {
    expect(partnerView(received(PARTNER_STALE_MS), NOW)).toEqual({ kind: 'offline', since: NOW - PARTNER_STALE_MS, longSilent: false });
    expect(partnerView(received(3 * 60 * 60_000), NOW)).toEqual({ kind: 'offline', since: NOW - 3 * 60 * 60_000, longSilent: false });
  });

  it('calls a week of silence long: more likely a removed Hearth than a holiday', () => {
    expect(partnerView(received(PARTNER_LONG_SILENT_MS - 1), NOW)).toMatchObject({ kind: 'offline', longSilent: false });
    expect(partnerView(received(PARTNER_LONG_SILENT_MS), NOW)).toMatchObject({ kind: 'offline', longSilent: true });
  });

  it('treats a receipt time ahead of now (a clock moved back) as just now', () => {
    expect(partnerView(received(-30_000), NOW)).toEqual({ kind: 'fresh', status, minutesAgo: 0 });
  });

  it('is stale later than the 10-minute publishing interval allows', () => {
    expect(PARTNER_STALE_MS).toBeGreaterThan(10 * 60_000);
  });
});
