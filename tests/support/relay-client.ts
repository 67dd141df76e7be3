import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { parseServerFrame, type ServerFrame } from '../../utils/link/relay-protocol';

/** A fresh 32-byte id as the protocol spells it: room ids, tokens, pairing slots. */
export const newId = () => randomBytes(32).toString('base64url');

/**
 * A test's side of one relay socket: every frame it receives must parse as a server frame, and a
 * test takes them in order with `next`, so nothing unexpected goes unnoticed.
 */
export class RelayClient {
  private readonly queue: ServerFrame[] = [];
  private waiter: (() => void) | undefined;
  readonly closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const parsed = parseServerFrame(data.toString());
      if (!parsed.ok) throw new Error(`the relay sent a frame that is not in the protocol: ${data.toString().slice(0, 200)}`);
      this.queue.push(parsed.frame);
      this.waiter?.();
    });
    this.closed = new Promise((done) => ws.once('close', (code) => done(code)));
  }

  static connect(url: string): Promise<RelayClient> {
    const ws = new WebSocket(url);
    const client = new RelayClient(ws);
    return new Promise((done, fail) => {
      ws.once('open', () => done(client));
      ws.once('error', fail);
    });
  }

  send(frame: object | string): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The next frame not yet taken; fails after `timeoutMs` naming what did arrive. */
  async next(timeoutMs = 5000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no frame from the relay within ${timeoutMs} ms`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, left);
        this.waiter = () => {
          clearTimeout(timer);
          done();
        };
      });
      this.waiter = undefined;
    }
    return this.queue.shift() as ServerFrame;
  }

  /** Takes `n` frames. */
  async take(n: number, timeoutMs = 5000): Promise<ServerFrame[]> {
    const frames: ServerFrame[] = [];
    for (let i = 0; i < n; i++) frames.push(await this.next(timeoutMs));
    return frames;
  }

  /** Waits `ms` and answers the frames that arrived meanwhile (for proving nothing more came). */
  async drain(ms: number): Promise<ServerFrame[]> {
    await new Promise((done) => setTimeout(done, ms));
    return this.queue.splice(0);
  }

  /** hello, and the welcome it must get. */
  async hello(room: string, token: string, role: 'a' | 'b', after = 0, create = true): Promise<ServerFrame> {
    this.send({ t: 'hello', v: 1, room, token, role, after, create });
    return this.next();
  }

  close(): void {
    this.ws.close();
  }
}
