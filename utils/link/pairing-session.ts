import type { CheckWords } from './check-words';
import { openEnvelope, sealEnvelope } from './envelope';
import type { LinkRecord } from './link-record';
import { deriveLinkKeys, generateLinkKeyPair, openPairingMessage, pairingSlot, sealPairingMessage, type LinkKeys } from './pairing';
import { isFrame, RelayError, type RelayConnection } from './relay-connection';
import type { Role } from './relay-protocol';
import { newClientId } from './client-id';
import { DEFAULT_SHARING } from './sharing';

export const LINK_EPOCH = 1;

export type PairingEvent =
  | { kind: 'waiting' }
  | { kind: 'words'; words: CheckWords }
  | { kind: 'confirmed-by-me' }
  | { kind: 'paired'; record: LinkRecord }
  | { kind: 'failed'; key: string };

export interface PairingInput {
  secret: Uint8Array;
  role: Role;
  relayUrl: string;
  connect: (url: string) => Promise<RelayConnection>;
  now: () => number;
  onEvent: (event: PairingEvent) => void;
}

export interface PairingSession {
  /** The person saw the same four words on both screens. */
  confirm(): void;
  /** The words differ: stop, and tell the partner's screen if it can be reached. */
  reject(): void;
  cancel(): void;
}

const other = (role: Role): Role => (role === 'a' ? 'b' : 'a');
/** Long enough for two people to read out four words; after that the invite is simply made again. */
const PARTNER_WAIT_MS = 24 * 60 * 60_000;

/**
 * One pairing from the meeting in the slot to both confirmations (design decision 5). Nothing is
 * stored and nothing shared until both partners confirmed the same four words: the caller stores
 * the record the `paired` event carries. The invite secret is wiped once the keys are derived.
 */
export function startPairing(input: PairingInput): PairingSession {
  let decide: ((confirmed: boolean) => void) | null = null;
  const decision = new Promise<boolean>((resolve) => (decide = resolve));
  let connection: RelayConnection | null = null;
  let finished = false;
  const finish = (event: PairingEvent) => {
    if (finished) return;
    finished = true;
    connection?.close();
    input.onEvent(event);
  };

  void run(input, decision, (opened) => (connection = opened)).then(finish, (error) =>
    finish({ kind: 'failed', key: error instanceof RelayError ? error.key : error instanceof PairingFailure ? error.key : 'linkPairingFailed' }),
  );
  return {
    confirm: () => decide?.(true),
    reject: () => decide?.(false),
    cancel: () => finish({ kind: 'failed', key: 'linkPairingCancelled' }),
  };
}

class PairingFailure extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

async function run(input: PairingInput, decision: Promise<boolean>, opened: (connection: RelayConnection) => void): Promise<PairingEvent> {
  const { secret, role, onEvent } = input;
  const connection = await input.connect(input.relayUrl);
  opened(connection);
  const keys = await meet(connection, secret, role, onEvent);
  // The invite has done its work; a copy of it found later opens nothing.
  secret.fill(0);
  onEvent({ kind: 'words', words: keys.checkWords });

  const confirmed = await decision;
  const welcome = connection.next(isFrame('welcome', 'error'));
  connection.send({ t: 'hello', v: 1, room: keys.room, token: keys.token, role, after: 0, create: true });
  const greeting = await welcome;
  if (greeting.t === 'error') throw new PairingFailure('linkPairingRoomRefused');
  if (!confirmed) {
    // If the partner's browser derived the same room, deleting it tells it at once (`gone`).
    connection.send({ t: 'delete' });
    await connection.next(isFrame('gone'), 3_000).catch(() => undefined);
    throw new PairingFailure('linkPairingYouRejected');
  }
  const partner = awaitPartnerConfirm(connection, keys, role);
  const envelope = await sealEnvelope({ key: keys.sendKey, room: keys.room, epoch: LINK_EPOCH, sender: role, counter: 1, kind: 'confirm', payload: {} });
  const id = newClientId();
  const ack = connection.next((frame): frame is Extract<typeof frame, { t: 'ack' }> => frame.t === 'ack' && frame.id === id);
  connection.send({ t: 'send', id, kind: 'log', envelope });
  await ack;
  onEvent({ kind: 'confirmed-by-me' });
  const { counter, seq } = await partner;
  return {
    kind: 'paired',
    record: {
      id: 'current', role, room: keys.room, token: keys.token, epoch: LINK_EPOCH, sendKey: keys.sendKey, receiveKey: keys.receiveKey,
      sendCounter: 1, lastReceived: counter, lastStatusCounter: -1, lastSeq: seq, relayUrl: input.relayUrl, pairedAt: input.now(),
      mySharing: DEFAULT_SHARING, theirSharing: null, partnerStatus: null, partnerStatusAt: null,
    },
  };
}

/** Both write their sealed public key to the slot; each opens the other's. */
async function meet(connection: RelayConnection, secret: Uint8Array, role: Role, onEvent: (event: PairingEvent) => void): Promise<LinkKeys> {
  const slot = await pairingSlot(secret);
  const pair = await generateLinkKeyPair();
  const myPublicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const sealed = await sealPairingMessage(secret, role, pair.publicKey);
  let first = true;
  const theirs = new Promise<Uint8Array>((resolve, reject) => {
    connection.onFrame(async (frame) => {
      if (frame.t === 'error') return reject(new PairingFailure(frame.code === 'slot-closed' ? 'linkPairingSlotClosed' : frame.code === 'rate-limited' ? 'linkRelayRateLimited' : 'linkPairingFailed'));
      if (frame.t !== 'pair-data' || frame.slot !== slot) return;
      for (const entry of frame.entries) {
        const opened = await openPairingMessage(secret, other(role), entry);
        if (opened.ok) return resolve(opened.raw);
      }
      // The one who joins finds the inviter already there, or the invite expired, was mistyped or made elsewhere.
      if (role === 'b' && first) reject(new PairingFailure('linkPairingNoInvite'));
      // The inviter's half is in the slot: only now can the partner use the invite.
      if (role === 'a' && first) onEvent({ kind: 'waiting' });
      first = false;
    });
    connection.onClose(() => reject(new RelayError('linkRelayClosed')));
  });
  connection.send({ t: 'pair', slot, data: sealed });
  const theirPublicRaw = await theirs;
  return deriveLinkKeys({ secret, role, myPrivateKey: pair.privateKey, myPublicRaw, theirPublicRaw });
}

/** The partner's own `confirm`, from the room's backlog or live; `gone` means they said no. */
function awaitPartnerConfirm(connection: RelayConnection, keys: LinkKeys, role: Role): Promise<{ counter: number; seq: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PairingFailure('linkPairingPartnerSilent')), PARTNER_WAIT_MS);
    connection.onFrame(async (frame) => {
      if (frame.t === 'gone') {
        clearTimeout(timer);
        reject(new PairingFailure('linkPairingPartnerRejected'));
      }
      if (frame.t !== 'msg' || frame.role === role) return;
      const opened = await openEnvelope({ key: keys.receiveKey, room: keys.room, epoch: LINK_EPOCH, sender: other(role), lastCounter: -1, data: frame.envelope });
      if (opened.ok && opened.kind === 'confirm') {
        clearTimeout(timer);
        resolve({ counter: opened.counter, seq: frame.seq });
      }
    });
  });
}
