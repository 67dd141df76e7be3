import { parseLinkPayload } from './link-payloads';
import { THANKS_MAX } from './thanks-text';

const DIGEST = 'a'.repeat(43);
const proposal = { action: 'open', id: 'proposal-01', proposedBy: 'alex', baseDigest: DIGEST, proposed: { format: 'hearth.agreement' }, baseParts: { zones: [] }, note: 'Why', sentAt: 5 };
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
    ['proposal', proposal],
    ['proposal', { action: 'withdraw', id: 'proposal-01' }],
    ['proposal-answer', { answer: 'accepted', id: 'proposal-01', acceptedBy: 'sam', onDigest: DIGEST, agreement: { format: 'hearth.agreement' } }],
    ['proposal-answer', { answer: 'declined', id: 'proposal-01', word: 'Not this week' }],
    ['proposal-answer', { answer: 'declined', id: 'proposal-01' }],
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
    ['proposal', { ...proposal, baseParts: { secrets: [] } }],
    ['proposal', { ...proposal, baseDigest: 'short' }],
    ['proposal', { ...proposal, note: 'x'.repeat(301) }],
    ['proposal', { ...proposal, action: 'merge' }],
    ['proposal-answer', { answer: 'accepted', id: 'proposal-01', acceptedBy: 'Sam!', onDigest: DIGEST, agreement: {} }],
    ['proposal-answer', { answer: 'declined', id: 'proposal-01', word: 7 }],
    ['hello', {}],
    ['__proto__', {}],
  ])('refuses a bad %s payload', (kind, value) => {
    expect(parseLinkPayload(kind, value)).toEqual({ ok: false, key: 'linkPayloadInvalid' });
  });
});
