import { RelayError, type RelayConnection } from './relay-connection';
import type { ClientFrame, Role, ServerFrame } from './relay-protocol';

interface Room {
  token: string;
  log: { seq: number; role: Role; envelope: string; at: number }[];
  statuses: Map<Role, { envelope: string; at: number }>;
  sockets: Set<Socket>;
}

interface Socket {
  deliver(frame: ServerFrame): void;
  room: string | null;
  role: Role | null;
  close(): void;
}

/**
 * The relay protocol in memory, for unit tests of the extension's side: slots of at most two
 * writes, rooms with a gap-free log and latest statuses, deletion. The real relay is tested
 * against the same protocol in tests/relay; end-to-end tests use the real one.
 */
export function createMemoryRelay() {
  const slots = new Map<string, { entries: string[]; sockets: Set<Socket> }>();
  const rooms = new Map<string, Room>();
  let reachable = true;
  let refusingSends = false;
  let roomFull = false;

  function handle(socket: Socket, frame: ClientFrame) {
    if (frame.t === 'pair') {
      const slot = slots.get(frame.slot) ?? { entries: [], sockets: new Set() };
      slots.set(frame.slot, slot);
      if (frame.data !== undefined) {
        if (slot.entries.length >= 2) return socket.deliver({ t: 'error', code: 'slot-closed' });
        slot.entries.push(frame.data);
      }
      slot.sockets.add(socket);
      slot.sockets.forEach((each) => each.deliver({ t: 'pair-data', slot: frame.slot, entries: [...slot.entries] }));
    } else if (frame.t === 'hello') {
      if (roomFull) return socket.deliver({ t: 'error', code: 'room-full' });
      let room = rooms.get(frame.room);
      if (!room && frame.create) rooms.set(frame.room, (room = { token: frame.token, log: [], statuses: new Map(), sockets: new Set() }));
      if (!room || room.token !== frame.token) return socket.deliver({ t: 'error', code: 'denied' });
      room.sockets.add(socket);
      socket.room = frame.room;
      socket.role = frame.role;
      const statuses = [...room.statuses].map(([role, status]) => ({ role, ...status }));
      socket.deliver({ t: 'welcome', head: room.log.length, statuses });
      room.log.filter((entry) => entry.seq > frame.after).forEach((entry) => socket.deliver({ t: 'msg', ...entry }));
    } else if (frame.t === 'send') {
      const room = socket.room ? rooms.get(socket.room) : undefined;
      if (!room || !socket.role) return socket.deliver({ t: 'error', code: 'no-room', id: frame.id });
      if (refusingSends) return socket.deliver({ t: 'error', code: 'rate-limited', id: frame.id });
      const at = Date.now();
      if (frame.kind === 'status') {
        room.statuses.set(socket.role, { envelope: frame.envelope, at });
        room.sockets.forEach((each) => each !== socket && each.deliver({ t: 'status', role: socket.role!, envelope: frame.envelope, at }));
        return socket.deliver({ t: 'ack', id: frame.id });
      }
      const entry = { seq: room.log.length + 1, role: socket.role, envelope: frame.envelope, at };
      room.log.push(entry);
      socket.deliver({ t: 'ack', id: frame.id, seq: entry.seq });
      room.sockets.forEach((each) => each !== socket && each.deliver({ t: 'msg', ...entry }));
    } else if (frame.t === 'delete') {
      const room = socket.room ? rooms.get(socket.room) : undefined;
      if (!room) return socket.deliver({ t: 'error', code: 'no-room' });
      rooms.delete(socket.room!);
      room.sockets.forEach((each) => each.deliver({ t: 'gone' }));
    } else if (frame.t === 'ping') socket.deliver({ t: 'pong' });
  }

  return {
    rooms,
    setReachable: (value: boolean) => void (reachable = value),
    /** Answers every send with `rate-limited`, as a relay does to a room or address over its limit. */
    setRefusingSends: (value: boolean) => void (refusingSends = value),
    /** Answers every `hello` with `room-full`, as a relay does to a room holding all the sockets it allows. */
    setRoomFull: (value: boolean) => void (roomFull = value),
    async connect(): Promise<RelayConnection> {
      if (!reachable) throw new RelayError('linkRelayUnreachable');
      const listeners = new Set<(frame: ServerFrame) => void>();
      const closeListeners = new Set<() => void>();
      let open = true;
      const socket: Socket = {
        room: null,
        role: null,
        // Asynchronous, as a socket is: a reply never arrives inside the send that caused it.
        deliver: (frame) => setTimeout(() => open && listeners.forEach((listener) => listener(structuredClone(frame))), 0),
        close: () => {
          if (!open) return;
          open = false;
          rooms.forEach((room) => room.sockets.delete(socket));
          slots.forEach((slot) => slot.sockets.delete(socket));
          closeListeners.forEach((listener) => listener());
        },
      };
      return {
        send: (frame) => open && setTimeout(() => handle(socket, frame), 0),
        onFrame: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        next: <T extends ServerFrame>(match: (frame: ServerFrame) => frame is T, timeoutMs = 2_000) =>
          new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => {
              listeners.delete(listener);
              reject(new RelayError('linkRelayTimeout'));
            }, timeoutMs);
            const listener = (frame: ServerFrame) => {
              if (!match(frame)) return;
              clearTimeout(timer);
              listeners.delete(listener);
              resolve(frame);
            };
            listeners.add(listener);
          }),
        onClose: (listener) => void closeListeners.add(listener),
        close: socket.close,
        get open() {
          return open;
        },
      };
    },
  };
}
