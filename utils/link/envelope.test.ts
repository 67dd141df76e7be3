import { LINK_PAYLOADS } from './link-payloads';
import { fromBase64Url, toBase64Url, utf8 } from './base64url';
import { openEnvelope, sealEnvelope, type SealInput } from './envelope';

const ROOM = toBase64Url(new Uint8Array(32).fill(3));
const OTHER_ROOM = toBase64Url(new Uint8Array(32).fill(4));

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

async function fixture(changes: Partial<SealInput> = {}) {
  const key = await newKey();
  const input: SealInput = { key, room: ROOM, epoch: 1, sender: 'a', counter: 5, kind: 'status', payload: { v: 1, note: 'home by 7' }, ...changes };
  const data = await sealEnvelope(input);
  const open = (overrides: Partial<Parameters<typeof openEnvelope>[0]> = {}) =>
    openEnvelope({ key: input.key, room: input.room, epoch: input.epoch, sender: input.sender, lastCounter: 4, data, ...overrides });
  return { key, data, open, bytes: fromBase64Url(data) as Uint8Array };
}

describe('envelopes', () => {
  it('open for the receiver with the kind, counter and payload sealed', async () => {
    const { data, open } = await fixture();
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await open()).toEqual({ ok: true, kind: 'status', counter: 5, payload: { v: 1, note: 'home by 7' } });
  });

  it('never show the payload in the clear', async () => {
    const { bytes } = await fixture({ payload: { note: 'PLAINTEXT-CANARY' } });
    expect(new TextDecoder().decode(bytes)).not.toContain('PLAINTEXT-CANARY');
  });

  it('never show the kind in the clear: the relay cannot tell a thank-you, a plan or an unpair from a status', async () => {
    const kinds = Object.keys(LINK_PAYLOADS);
    const sizes = new Set<number>();
    for (const kind of kinds) {
      const { bytes } = await fixture({ kind, payload: {} });
      expect(new TextDecoder().decode(bytes)).not.toContain(kind);
      sizes.add(bytes.length);
    }
    expect([...sizes]).toEqual([14 + 12 + 1024 + 16]);
  });

  it('still open a version 1 envelope, the kind in its header, from a partner whose Hearth is not yet updated', async () => {
    const key = await newKey();
    const kind = utf8('thanks');
    const header = new Uint8Array([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 9, kind.length, ...kind]);
    const json = utf8(JSON.stringify({ text: 'thank you' }));
    const plain = new Uint8Array(1024);
    new DataView(plain.buffer).setUint32(0, json.length);
    plain.set(json, 4);
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const additionalData = utf8(JSON.stringify(['hearth/envelope', 1, ROOM, 1, 'a', 9, 'thanks']));
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData }, key, plain));
    const data = toBase64Url(new Uint8Array([...header, ...nonce, ...sealed]));
    expect(await openEnvelope({ key, room: ROOM, epoch: 1, sender: 'a', lastCounter: 8, data })).toEqual({ ok: true, kind: 'thanks', counter: 9, payload: { text: 'thank you' } });
  });

  it('use a fresh nonce each time, so one payload seals differently', async () => {
    const key = await newKey();
    const input: SealInput = { key, room: ROOM, epoch: 1, sender: 'a', counter: 1, kind: 'status', payload: {} };
    expect(await sealEnvelope(input)).not.toBe(await sealEnvelope(input));
  });

  it('count counters past 2^32', async () => {
    const counter = 2 ** 40 + 7;
    const { open } = await fixture({ counter });
    expect(await open({ lastCounter: counter - 1 })).toMatchObject({ ok: true, counter });
  });

  it.each([
    ['the version', 0],
    ['the epoch', 2],
    ['the sender', 5],
    ['the counter', 13],
    ['the nonce', 14],
    ['the nonce', 25],
    ['the ciphertext', 200],
    ['the tag', -1],
  ])('reject a change to %s', async (_, index) => {
    const { bytes, open } = await fixture();
    const at = index < 0 ? bytes.length + index : index;
    for (const flip of [0x01, 0x80]) {
      const tampered = bytes.slice();
      tampered[at] = (tampered[at] ?? 0) ^ flip;
      const result = await open({ data: toBase64Url(tampered) });
      expect(result.ok).toBe(false);
    }
  });

  it('reject every single-bit flip in the header as something other than a valid message', async () => {
    const { bytes, open } = await fixture();
    for (let at = 0; at < 21; at += 1) {
      const tampered = bytes.slice();
      tampered[at] = (tampered[at] ?? 0) ^ 0x02;
      expect((await open({ data: toBase64Url(tampered) })).ok).toBe(false);
    }
  });

  it('reject a replayed counter and an older one', async () => {
    const { open } = await fixture({ counter: 5 });
    expect(await open({ lastCounter: 5 })).toEqual({ ok: false, reason: 'replayed' });
    expect(await open({ lastCounter: 9 })).toEqual({ ok: false, reason: 'replayed' });
  });

  it('reject a reordered pair: the earlier one after the later was accepted', async () => {
    const key = await newKey();
    const base = { key, room: ROOM, epoch: 1, sender: 'b' as const, kind: 'thanks' };
    const first = await sealEnvelope({ ...base, counter: 1, payload: 'first' });
    const second = await sealEnvelope({ ...base, counter: 2, payload: 'second' });
    const read = (data: string, lastCounter: number) => openEnvelope({ key, room: ROOM, epoch: 1, sender: 'b', lastCounter, data });
    expect(await read(second, 0)).toMatchObject({ ok: true, counter: 2 });
    expect(await read(first, 2)).toEqual({ ok: false, reason: 'replayed' });
  });

  it('reject the wrong key', async () => {
    const { open } = await fixture();
    expect(await open({ key: await newKey() })).toEqual({ ok: false, reason: 'undecryptable' });
  });

  it('reject another room', async () => {
    const { open } = await fixture();
    expect(await open({ room: OTHER_ROOM })).toEqual({ ok: false, reason: 'undecryptable' });
  });

  it('reject another key epoch before trying to decrypt', async () => {
    const { open } = await fixture({ epoch: 1 });
    expect(await open({ epoch: 2 })).toEqual({ ok: false, reason: 'wrong-epoch' });
  });

  it('reject a message claiming to come from the receiver itself', async () => {
    const { open } = await fixture({ sender: 'a' });
    expect(await open({ sender: 'b' })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('reject truncated envelopes, at every length', async () => {
    const { bytes, open } = await fixture();
    for (const length of [0, 1, 10, 15, 20, 27, 100, 1000, bytes.length - 16, bytes.length - 1]) {
      const result = await open({ data: toBase64Url(bytes.subarray(0, length)) });
      expect(result).toMatchObject({ ok: false });
    }
  });

  it('reject what is not base64url', async () => {
    const { open } = await fixture();
    expect(await open({ data: 'not an envelope!' })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('pad payloads to 1 KiB steps', async () => {
    const header = 14 + 12 + 16;
    const sizeOf = async (payload: unknown) => ((await fixture({ payload })).bytes.length - header);
    // The sealed kind (1 + 6 bytes for "status") and 4 bytes of length: 1013 bytes of JSON fill exactly one step.
    expect(await sizeOf({})).toBe(1024);
    expect(await sizeOf('x'.repeat(1011))).toBe(1024);
    expect(await sizeOf('x'.repeat(1012))).toBe(2048);
    expect(await sizeOf('x'.repeat(5000))).toBe(5120);
  });

  it('round-trip a payload that fills its padding exactly', async () => {
    const payload = 'x'.repeat(1011);
    const { open } = await fixture({ payload });
    expect(await open()).toMatchObject({ ok: true, payload });
  });

  it('carry every kind the link knows, camelCase ones too', async () => {
    const key = await newKey();
    for (const kind of Object.keys(LINK_PAYLOADS)) {
      const sealed = await sealEnvelope({ key, room: ROOM, epoch: 1, sender: 'a', counter: 1, kind, payload: {} });
      expect(await openEnvelope({ key, room: ROOM, epoch: 1, sender: 'a', lastCounter: 0, data: sealed })).toMatchObject({ ok: true, kind });
    }
  });

  it('refuse to seal what cannot be sent', async () => {
    const key = await newKey();
    const base: SealInput = { key, room: ROOM, epoch: 1, sender: 'a', counter: 1, kind: 'status', payload: {} };
    await expect(sealEnvelope({ ...base, payload: 'x'.repeat(40_000) })).rejects.toThrow(/over/);
    await expect(sealEnvelope({ ...base, payload: undefined })).rejects.toThrow(/not JSON/);
    await expect(sealEnvelope({ ...base, kind: 'Status!' })).rejects.toThrow(/bad kind/);
    await expect(sealEnvelope({ ...base, kind: 'CheckIn' })).rejects.toThrow(/bad kind/);
    await expect(sealEnvelope({ ...base, counter: -1 })).rejects.toThrow(/bad counter/);
    await expect(sealEnvelope({ ...base, epoch: 1.5 })).rejects.toThrow(/bad epoch/);
  });
});
