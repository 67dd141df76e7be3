import { parseLinkPayload } from './link-payloads';
import { THANKS_MAX } from './thanks-text';

const thanks = { id: 'thanks-0001', text: 'Thank you for cooking tonight', sentAt: 1_795_000_000_000 };

describe('parseLinkPayload', () => {
  it.each<[string, unknown]>([
    ['status', { v: 1, at: 1_795_000_000_000, paused: true }],
    ['status', { v: 1, at: 1_795_000_000_000, paused: false, state: { kind: 'zone', labels: ['Evenings'], since: 1_795_000_000_000 }, note: 'hi' }],
    ['sharing', { state: true, note: false, budget: false, ritual: true, checkIn: true, stretch: false, paused: false }],
    ['confirm', {}],
    ['thanks', thanks],
    ['thanks', { ...thanks, text: '🙏'.repeat(THANKS_MAX) }],
    ['unpair', {}],
  ])('accepts a %s payload', (kind, value) => {
    expect(parseLinkPayload(kind, value)).toEqual({ ok: true, kind, payload: value });
  });

  it("reads an older Hearth's sharing choices as not sharing check-ins or stretch", () => {
    const old = { state: true, note: false, budget: false, ritual: true, paused: false };
    expect(parseLinkPayload('sharing', old)).toEqual({ ok: true, kind: 'sharing', payload: { ...old, checkIn: false, stretch: false } });
  });

  it.each<[string, unknown]>([
    ['status', { v: 2, at: 0, paused: true }],
    ['status', { v: 1, at: 0, paused: false, state: { kind: 'override', site: 'github.com' } }],
    ['status', { v: 1, at: 0, paused: false, url: 'https://example.com' }],
    ['sharing', { state: true }],
    ['confirm', { words: ['a'] }],
    ['thanks', { ...thanks, text: 'x'.repeat(THANKS_MAX + 1) }],
    ['thanks', { ...thanks, text: '   ' }],
    ['thanks', { ...thanks, id: 'short' }],
    ['thanks', { ...thanks, sentAt: -1 }],
    ['unpair', null],
    ['hello', {}],
    ['__proto__', {}],
  ])('refuses a bad %s payload', (kind, value) => {
    expect(parseLinkPayload(kind, value)).toEqual({ ok: false, key: 'linkPayloadInvalid' });
  });
});
