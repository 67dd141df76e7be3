import { describe, expect, it, vi } from 'vitest';
import { askOverride, frameSecret, handshakePort, readFromFrame } from './override-frame-messages';

const allowance = { choices: [5, 10], reasonRequired: true, left: 2, perWeek: 3 };

describe('readFromFrame', () => {
  it('takes the three things the form says', () => {
    expect(readFromFrame({ type: 'size', height: 212 })).toEqual({ type: 'size', height: 212 });
    expect(readFromFrame({ type: 'submit', minutes: 10, reason: 'on call', extra: 1 })).toEqual({ type: 'submit', minutes: 10, reason: 'on call' });
    expect(readFromFrame({ type: 'cancel' })).toEqual({ type: 'cancel' });
  });

  it('acts on nothing of another shape', () => {
    for (const data of [null, 'submit', 42, {}, { type: 'size', height: -1 }, { type: 'size', height: Infinity }, { type: 'size' }, { type: 'submit', minutes: '10', reason: 'x' }, { type: 'submit', minutes: 10, reason: {} }, { type: 'release' }]) {
      expect(readFromFrame(data), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('handshakePort', () => {
  const embedder = { name: 'the guarded page' };
  const port = {} as MessagePort;
  const event = (data: unknown, source: unknown = embedder, ports: MessagePort[] = [port]) => ({ data, source, ports }) as unknown as MessageEvent;

  it("takes the port the guard hands over with this frame's secret", () => {
    expect(handshakePort(event({ hearthOverride: 'abc', allowance }), 'abc', embedder)).toEqual({ port, allowance });
  });

  it('refuses a port with another secret, from another window, without a secret of its own, or without exactly one port', () => {
    expect(handshakePort(event({ hearthOverride: 'abd', allowance }), 'abc', embedder)).toBeNull();
    expect(handshakePort(event({ hearthOverride: 'abc', allowance }, { name: 'another' }), 'abc', embedder)).toBeNull();
    expect(handshakePort(event({ hearthOverride: '', allowance }), '', embedder)).toBeNull();
    expect(handshakePort(event({ hearthOverride: 'abc', allowance }, embedder, []), 'abc', embedder)).toBeNull();
    expect(handshakePort(event({ hearthOverride: 'abc', allowance }, embedder, [port, port]), 'abc', embedder)).toBeNull();
    expect(handshakePort(event({ hearthOverride: 'abc' }), 'abc', embedder)).toBeNull();
    expect(handshakePort(event('abc'), 'abc', embedder)).toBeNull();
  });

  it('refuses everything in a frame that nothing embeds (opened in a tab)', () => {
    expect(handshakePort(event({ hearthOverride: 'abc', allowance }, null), 'abc', null)).toBeNull();
  });
});

describe('frameSecret', () => {
  it('writes 16 random bytes as 32 hex digits', () => {
    expect(frameSecret((bytes) => bytes.fill(0xab))).toBe('ab'.repeat(16));
    expect(frameSecret((bytes) => bytes.map((_, i) => i))).toBe('000102030405060708090a0b0c0d0e0f');
  });
});

describe('askOverride', () => {
  it("passes the background's answer on, granted or refused", async () => {
    expect(await askOverride(async () => ({ ok: true, end: 1_000 }))).toEqual({ ok: true, end: 1_000 });
    expect(await askOverride(async () => ({ ok: false, key: 'overrideWeeklyLimit', substitutions: ['1'] }))).toEqual({
      ok: false,
      key: 'overrideWeeklyLimit',
      substitutions: ['1'],
    });
  });

  it('answers a failed ask with a refusal that says so, never with silence', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await askOverride(() => Promise.reject(new Error('Extension context invalidated.')))).toEqual({ ok: false, key: 'overrideFailed' });
    expect(quiet).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });
});
