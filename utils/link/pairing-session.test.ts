import { describe, expect, it } from 'vitest';
import { createInvite, parseInvite } from './invite';
import { createMemoryRelay } from './memory-relay';
import { openEnvelope, sealEnvelope } from './envelope';
import { startPairing, type PairingEvent, type PairingSession } from './pairing-session';
import type { Role } from './relay-protocol';

const RELAY = 'ws://127.0.0.1:8787/v1';

function side(relay: ReturnType<typeof createMemoryRelay>, secret: Uint8Array, role: Role) {
  const events: PairingEvent[] = [];
  let notify = () => {};
  const session: PairingSession = startPairing({
    secret,
    role,
    relayUrl: RELAY,
    connect: () => relay.connect(),
    now: () => 1_000,
    onEvent: (event) => {
      events.push(event);
      notify();
    },
  });
  const until = (kind: PairingEvent['kind']) =>
    new Promise<PairingEvent>((resolve) => {
      const check = () => {
        const found = events.find((event) => event.kind === kind || event.kind === 'failed');
        if (found) resolve(found);
      };
      notify = check;
      check();
    });
  return { session, events, until };
}

async function meet() {
  const relay = createMemoryRelay();
  const { code } = createInvite(RELAY);
  const joined = parseInvite(code);
  if (!joined.ok) throw new Error('invite did not parse');
  // Each browser has its own copy of the secret: the inviter's from createInvite, the joiner's from the code.
  const inviterSecret = parseInvite(code);
  if (!inviterSecret.ok) throw new Error('invite did not parse');
  const a = side(relay, inviterSecret.secret, 'a');
  await a.until('waiting');
  return { relay, a, b: side(relay, joined.secret, 'b'), secrets: [inviterSecret.secret, joined.secret] };
}

describe('pairing', () => {
  it('shows both sides the same four words and links only after both confirm, with crossing keys', async () => {
    const { relay, a, b, secrets } = await meet();
    const [wordsA, wordsB] = await Promise.all([a.until('words'), b.until('words')]);
    expect(wordsA).toEqual(wordsB);
    expect(wordsA.kind === 'words' && wordsA.words).toHaveLength(4);
    // The secret is wiped once the keys are derived.
    for (const secret of secrets) expect(secret.every((byte) => byte === 0)).toBe(true);

    a.session.confirm();
    await a.until('confirmed-by-me');
    expect(a.events.some((event) => event.kind === 'paired')).toBe(false);
    b.session.confirm();
    const [pairedA, pairedB] = await Promise.all([a.until('paired'), b.until('paired')]);
    if (pairedA.kind !== 'paired' || pairedB.kind !== 'paired') throw new Error('not paired');
    expect(pairedA.record.room).toBe(pairedB.record.room);
    expect(relay.rooms.has(pairedA.record.room)).toBe(true);
    // What A seals, B opens with its receiving key.
    const { record: ra } = pairedA;
    const { record: rb } = pairedB;
    const data = await sealEnvelope({ key: ra.sendKey, room: ra.room, epoch: ra.epoch, sender: 'a', counter: ra.sendCounter + 1, kind: 'thanks', payload: { hi: 1 } });
    expect(await openEnvelope({ key: rb.receiveKey, room: rb.room, epoch: rb.epoch, sender: 'a', lastCounter: rb.lastReceived, data })).toMatchObject({ ok: true, payload: { hi: 1 } });
    expect(ra.sendKey.extractable).toBe(false);
  });

  it("stops both sides when one says the words don't match, and the room is gone", async () => {
    const { relay, a, b } = await meet();
    await Promise.all([a.until('words'), b.until('words')]);
    a.session.confirm();
    await a.until('confirmed-by-me');
    b.session.reject();
    expect(await b.until('paired')).toEqual({ kind: 'failed', key: 'linkPairingYouRejected' });
    expect(await a.until('paired')).toEqual({ kind: 'failed', key: 'linkPairingPartnerRejected' });
    expect(relay.rooms.size).toBe(0);
  });

  it('refuses a third browser that reuses the invite', async () => {
    const relay = createMemoryRelay();
    const { code } = createInvite(RELAY);
    const copy = () => (parseInvite(code) as { secret: Uint8Array }).secret;
    const a = side(relay, copy(), 'a');
    await a.until('waiting');
    const b = side(relay, copy(), 'b');
    await Promise.all([a.until('words'), b.until('words')]);
    const late = side(relay, copy(), 'b');
    expect(await late.until('words')).toEqual({ kind: 'failed', key: 'linkPairingSlotClosed' });
  });

  it('tells the one who joins when no invite waits under the code', async () => {
    const relay = createMemoryRelay();
    const b = side(relay, (parseInvite(createInvite(RELAY).code) as { secret: Uint8Array }).secret, 'b');
    expect(await b.until('words')).toEqual({ kind: 'failed', key: 'linkPairingNoInvite' });
  });

  it('says so when the relay cannot be reached', async () => {
    const relay = createMemoryRelay();
    relay.setReachable(false);
    const a = side(relay, (parseInvite(createInvite(RELAY).code) as { secret: Uint8Array }).secret, 'a');
    expect(await a.until('words')).toEqual({ kind: 'failed', key: 'linkRelayUnreachable' });
  });
});
