import type { OverrideReply } from '../messages';
import type { PageGuard } from './page-guard';

/**
 * The override form lives in a frame of Hearth's own (entrypoints/override-form), so what a person
 * types into it is out of the page's reach: its keys, its selection and what is dropped into it all
 * belong to another document of another origin (issue #11 item 1). The guard and the frame speak over
 * a private MessageChannel, whose port the guard hands the frame with a secret the page cannot know:
 * it is in the frame's URL, which the page can neither see (closed shadow root) nor read (another origin).
 */
export type Allowance = PageGuard['allowance'];

/** The guard's first word to the frame, posted to the frame's window with the port. */
export interface FrameHandshake {
  hearthOverride: string;
  allowance: Allowance;
}

export type ToFrame = { type: 'allowance'; allowance: Allowance } | { type: 'reply'; reply: OverrideReply };

export type FromFrame = { type: 'size'; height: number } | { type: 'submit'; minutes: number; reason: string } | { type: 'cancel' };

/** The frame's message in the shape the guard acts on, or null: the guard acts on nothing else. */
export function readFromFrame(data: unknown): FromFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'size':
      return typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0 ? { type: 'size', height: message.height } : null;
    case 'submit':
      return typeof message.minutes === 'number' && typeof message.reason === 'string'
        ? { type: 'submit', minutes: message.minutes, reason: message.reason }
        : null;
    case 'cancel':
      return { type: 'cancel' };
    default:
      return null;
  }
}

/** The port the guard handed over, if `event` is that handshake: from the embedding page's window, with this frame's secret. */
export function handshakePort(event: Pick<MessageEvent, 'data' | 'ports' | 'source'>, secret: string, embedder: unknown): { port: MessagePort; allowance: Allowance } | null {
  const data = event.data as Partial<FrameHandshake> | null;
  if (!secret || !embedder || event.source !== embedder || event.ports.length !== 1 || typeof data !== 'object' || data === null) return null;
  if (data.hearthOverride !== secret || typeof data.allowance !== 'object' || data.allowance === null) return null;
  return { port: event.ports[0]!, allowance: data.allowance };
}

/** A secret for one frame: 128 random bits, written in hex for the URL's fragment. */
export function frameSecret(random: (bytes: Uint8Array) => Uint8Array): string {
  return Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The background's answer to an override, or a refusal that says asking failed: storage that will
 * not open, or Hearth updated while the page stayed open. Nothing was granted then, and the form,
 * which waits for an answer, must get one.
 */
export async function askOverride(ask: () => Promise<OverrideReply>): Promise<OverrideReply> {
  try {
    return await ask();
  } catch (error) {
    console.error('Hearth could not ask for the override', error);
    return { ok: false, key: 'overrideFailed' };
  }
}
