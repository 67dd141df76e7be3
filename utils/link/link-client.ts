import type { HearthDb } from '../db/hearth-db';
import { openEnvelope } from './envelope';
import type { LinkRecord } from './link-record';
import { forgetLink, loadLink, sealStatus } from './link-store';
import { applyPartnerMessage, type PartnerMessageOutcome } from './partner-messages';
import type { PartnerPlan } from '../plans/partner-plan';
import { createReconnect } from './reconnect';
import { isFrame, RelayError, type RelayConnection, type RelayFailure } from './relay-connection';
import type { ServerFrame, StatusEntry } from './relay-protocol';
import type { ProposalEvent } from '../proposals/proposal-receipts';

export interface LinkClientEvents {
  /** Something a Hearth page shows changed: the partner's status or sharing, or whether the relay answers. */
  changed(): void;
  thanks(text: string): void;
  /** A proposal arrived, was withdrawn or answered (the agreement may have changed: see proposal-receipts.ts). */
  proposal(event: ProposalEvent): void;
  /** The partner invoked or ended a contingency plan. */
  plan?(plan: PartnerPlan): void;
  /** The link ended from the other side (they unpaired, or the room is gone). */
  unlinked(): void;
  /** A partner message was applied (their stretch, their sharing choices, …). Runs inside the link's queue: do not wait on it. */
  applied?(outcome: PartnerMessageOutcome): void;
}

export interface LinkClientInput {
  db: HearthDb;
  connect: (url: string) => Promise<RelayConnection>;
  now: () => number;
  events: LinkClientEvents;
  /** The own status as it would be shared now, or null when there is none to share (no agreement). */
  statusPayload: () => Promise<unknown | null>;
  /** How long after a dropped live socket it is first opened again (see reconnect.ts; tests shorten it). */
  reconnectMs?: number;
}

/** Re-sent even unchanged this often, so the partner can tell "quiet" from "offline". */
export const REPUBLISH_MS = 10 * 60_000;
const BACKLOG_WAIT_MS = 3_000;
const PING_MS = 25_000;
const RECONNECT_MS = 5_000;

interface Session {
  connection: RelayConnection;
  role: LinkRecord['role'];
  /** Incoming frames are applied one at a time, in order. */
  applied: Promise<void>;
  seenSeq: number;
}

/**
 * The browser's side of the relay (design decision 5): one catch-up opens the room, sends the
 * outbox, publishes the own status when it changed, reads the backlog and closes; while a Hearth
 * page is open the socket stays, for live updates. Its calls run one at a time, and so does the
 * reconnect after a dropped live socket: run beside a catch-up, it opened a second socket that
 * sent the outbox again and applied the partner's messages twice over.
 */
export function createLinkClient(input: LinkClientInput) {
  const { db, events } = input;
  let session: Session | null = null;
  let live = false;
  let relayProblem: string | null = null;
  let published: { key: string; at: number } | null = null;
  let ping: ReturnType<typeof setInterval> | undefined;
  let turn: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = turn.then(task);
    turn = next.catch(() => undefined);
    return next;
  };
  const reconnect = createReconnect(input.reconnectMs ?? RECONNECT_MS, () => void serially(keepLive));

  const setProblem = (key: string | null) => {
    if (key === relayProblem) return;
    relayProblem = key;
    events.changed();
  };

  async function open(): Promise<Session | null> {
    if (session?.connection.open) return session;
    const link = await loadLink(db);
    if (!link) return null;
    let connection: RelayConnection;
    try {
      connection = await input.connect(link.relayUrl);
    } catch (error) {
      setProblem(error instanceof RelayError ? error.key : 'linkRelayUnreachable');
      return null;
    }
    const opened: Session = { connection, role: link.role, applied: Promise.resolve(), seenSeq: link.lastSeq };
    connection.onFrame((frame) => {
      opened.applied = opened.applied.then(() => apply(opened, frame)).catch((error) => console.error('Hearth link: a frame failed', error));
    });
    connection.onClose(() => {
      if (session === opened) {
        session = null;
        clearInterval(ping);
      }
      if (live) reconnect.soon();
    });
    const welcome = connection.next(isFrame('welcome', 'error'));
    connection.send({ t: 'hello', v: 1, room: link.room, token: link.token, role: link.role, after: link.lastSeq });
    const answer = await welcome.catch(() => null);
    if (!answer || answer.t === 'error') {
      connection.close();
      // The room is gone (the partner unpaired while this browser was away): same answer as a wrong token.
      if (answer?.code === 'denied') await unlinked();
      else setProblem(helloRefusal(answer));
      return null;
    }
    setProblem(null);
    session = opened;
    reconnect.succeeded();
    // Live, a socket opened by any call stays, so it is kept alive whichever call opened it.
    if (live) keepPinging(opened);
    await waitForBacklog(opened, answer.head);
    return opened;
  }

  async function waitForBacklog(opened: Session, head: number) {
    const until = input.now() + BACKLOG_WAIT_MS;
    while (opened.seenSeq < head && input.now() < until && opened.connection.open) await new Promise((done) => setTimeout(done, 50));
    await opened.applied;
  }

  async function apply(opened: Session, frame: ServerFrame): Promise<void> {
    if (frame.t === 'welcome') for (const status of frame.statuses) await applyStatus(opened, status);
    else if (frame.t === 'status') await applyStatus(opened, frame);
    else if (frame.t === 'gone') await unlinked();
    else if (frame.t === 'msg') {
      opened.seenSeq = Math.max(opened.seenSeq, frame.seq);
      const link = await loadLink(db);
      if (!link) return;
      if (frame.role === link.role) return void (await db.link.update('current', { lastSeq: Math.max(link.lastSeq, frame.seq) }));
      const opened2 = await openEnvelope({ key: link.receiveKey, room: link.room, epoch: link.epoch, sender: frame.role, lastCounter: link.lastReceived, data: frame.envelope });
      const changes: Partial<LinkRecord> = { lastSeq: Math.max(link.lastSeq, frame.seq) };
      if (opened2.ok) {
        changes.lastReceived = opened2.counter;
        const outcome = await applyPartnerMessage(db, opened2.kind, opened2.payload, input.now());
        if (outcome.kind === 'unpair') return void (await unlinked());
        if (outcome.kind === 'thanks') events.thanks(outcome.text);
        if (outcome.kind === 'proposal') events.proposal(outcome.event);
        if (outcome.kind === 'plan') events.plan?.(outcome.plan);
        events.applied?.(outcome);
      }
      if (await db.link.get('current')) await db.link.update('current', changes);
      events.changed();
    }
  }

  async function applyStatus(opened: Session, entry: Pick<StatusEntry, 'role' | 'envelope' | 'at'>) {
    if (entry.role === opened.role) return;
    const link = await loadLink(db);
    if (!link) return;
    const result = await openEnvelope({ key: link.receiveKey, room: link.room, epoch: link.epoch, sender: entry.role, lastCounter: link.lastStatusCounter, data: entry.envelope });
    if (!result.ok || result.kind !== 'status') return;
    // The relay's clock says when it was sent; never later than now here, so "as of" is never in the future.
    await db.link.update('current', { lastStatusCounter: result.counter, partnerStatus: result.payload, partnerStatusAt: Math.min(entry.at, input.now()) });
    events.changed();
  }

  async function unlinked() {
    const had = await loadLink(db);
    await forgetLink(db);
    session?.connection.close();
    session = null;
    published = null;
    if (had) events.unlinked();
  }

  async function flushOutbox(opened: Session) {
    for (const entry of await db.outbox.orderBy('id').toArray()) {
      const answer = answerTo(opened, entry.clientId);
      opened.connection.send({ t: 'send', id: entry.clientId, kind: 'log', envelope: entry.envelope });
      await answer;
      await db.outbox.delete(entry.id!);
    }
  }

  /** The relay's answer to one send: its ack, or a RelayError that says why it was refused. */
  async function answerTo(opened: Session, id: string): Promise<Extract<ServerFrame, { t: 'ack' }>> {
    const reply = await opened.connection.next((frame): frame is Extract<ServerFrame, { t: 'ack' | 'error' }> => (frame.t === 'ack' || frame.t === 'error') && frame.id === id);
    if (reply.t === 'ack') return reply;
    throw new RelayError(reply.code === 'rate-limited' ? 'linkRelayBusy' : 'linkRelayClosed');
  }

  async function publish(opened: Session, force: boolean) {
    const payload = await input.statusPayload();
    if (payload === null) return;
    const key = JSON.stringify(payload);
    if (!force && published?.key === key && input.now() - published.at < REPUBLISH_MS) return;
    const envelope = await sealStatus(db, payload);
    if (!envelope) return;
    const id = crypto.randomUUID().replace(/-/g, '');
    const answer = answerTo(opened, id);
    opened.connection.send({ t: 'send', id, kind: 'status', envelope });
    await answer;
    published = { key, at: input.now() };
  }

  async function hasSomethingToSend(): Promise<boolean> {
    if (!(await loadLink(db))) return false;
    if ((await db.outbox.count()) > 0) return true;
    const payload = await input.statusPayload();
    return payload !== null && (published?.key !== JSON.stringify(payload) || input.now() - published.at >= REPUBLISH_MS);
  }

  async function keepLive() {
    if (!live || session?.connection.open) return;
    const opened = await open();
    if (!opened) {
      reconnect.failed();
      return void (live && (await loadLink(db)) && reconnect.soon());
    }
    await flushOutbox(opened).catch(() => undefined);
    await publish(opened, false).catch(() => undefined);
  }

  function keepPinging(opened: Session) {
    clearInterval(ping);
    ping = setInterval(() => opened.connection.open && opened.connection.send({ t: 'ping' }), PING_MS);
  }

  async function sync(mode: 'catch-up' | 'publish' | 'force'): Promise<void> {
    if (mode === 'publish' && !session?.connection.open && !(await hasSomethingToSend())) return;
    const opened = await open();
    if (!opened) return;
    try {
      await flushOutbox(opened);
      await publish(opened, mode === 'force');
      await opened.applied;
    } catch (error) {
      setProblem(error instanceof RelayError ? error.key : 'linkRelayUnreachable');
    } finally {
      if (!live) {
        opened.connection.close();
        session = null;
      }
    }
  }

  async function setLive(on: boolean): Promise<void> {
    live = on;
    if (on) await keepLive();
    else {
      clearInterval(ping);
      session?.connection.close();
      session = null;
    }
  }

  async function unpair(): Promise<boolean> {
    const opened = await open();
    let told = false;
    if (opened) {
      const gone = opened.connection.next(isFrame('gone')).catch(() => null);
      opened.connection.send({ t: 'delete' });
      told = (await gone) !== null;
    }
    const wasLive = live;
    live = false;
    await unlinked();
    live = wasLive;
    return told;
  }

  return {
    get relayProblem() {
      return relayProblem;
    },
    /**
     * `catch-up`: open the room, send what waits, publish the status if it changed (or is due), read
     * what came. `publish`: the same, but only when there is something to send, so a wake that changed
     * nothing the partner sees opens no socket. `force`: publish even unchanged.
     */
    sync: (mode: 'catch-up' | 'publish' | 'force' = 'catch-up'): Promise<void> => serially(() => sync(mode)),
    /** While a Hearth page is open, keep the room open for live updates. */
    setLive: (on: boolean): Promise<void> => serially(() => setLive(on)),
    /** Deletes the room on the relay and forgets the link here; false if the relay could not be told. */
    unpair: (): Promise<boolean> => serially(unpair),
  };
}

export type LinkClient = ReturnType<typeof createLinkClient>;

/** What a hello that did not open the room says on the page: the relay did answer when it refused for now. */
function helloRefusal(answer: Extract<ServerFrame, { t: 'error' }> | null): RelayFailure {
  if (answer?.code === 'rate-limited') return 'linkRelayBusy';
  if (answer?.code === 'room-full') return 'linkRelayRoomFull';
  return 'linkRelayUnreachable';
}
