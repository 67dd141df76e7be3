import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { OverrideReply } from '@/utils/messages';
import { askOverride, frameSecret, readFromFrame, type Allowance, type FrameHandshake, type ToFrame } from '@/utils/guard/override-frame-messages';
import { t } from '../i18n';

interface Props {
  allowance: Allowance;
  onSubmit: (minutes: number, reason: string) => Promise<OverrideReply>;
  onCancel: () => void;
}

/**
 * Hearth's override form in a frame of its own origin (utils/guard/override-frame-messages.ts): the
 * reason is typed into a document the page cannot listen to, select in or drop into. The frame
 * answers only the port handed to it with its secret, and the guard acts only on what comes
 * through that port. The page cannot reach the frame at all: a frame in a shadow tree is not among
 * the page's `window.frames`.
 */
export function OverrideFrame(props: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const current = useRef(props);
  current.current = props;
  const port = useRef<MessagePort | null>(null);

  // Before the next paint, so the form's place is there as soon as it is asked for.
  useLayoutEffect(() => {
    const secret = frameSecret((bytes) => crypto.getRandomValues(bytes));
    const url = browser.runtime.getURL('/override-form.html');
    const frame = document.createElement('iframe');
    frame.className = 'override-frame';
    frame.title = t('overrideFormName');
    frame.src = `${url}#${secret}`;
    // Each load is a new document (the frame reloads when the page moves or removes the banner): it gets a new channel.
    frame.addEventListener('load', () => {
      port.current?.close();
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }) => void heard(data, frame, channel.port1);
      port.current = channel.port1;
      const handshake: FrameHandshake = { hearthOverride: secret, allowance: current.current.allowance };
      frame.contentWindow?.postMessage(handshake, formOrigin(), [channel.port2]);
    });
    holder.current!.append(frame);
    // The keyboard goes to the form at once, as it would to a form in the page; the form's page then
    // focuses its first field. Focusing the frame later, when it is drawn, could pull the focus out of
    // a field the person has already clicked into.
    frame.focus();
    return () => {
      port.current?.close();
      frame.remove();
    };
  }, []);

  useEffect(() => port.current?.postMessage({ type: 'allowance', allowance: props.allowance } satisfies ToFrame), [props.allowance]);

  const heard = async (data: unknown, frame: HTMLIFrameElement, from: MessagePort) => {
    const message = readFromFrame(data);
    if (message?.type === 'size') frame.style.height = `${message.height}px`;
    if (message?.type === 'cancel') current.current.onCancel();
    if (message?.type === 'submit') {
      const reply = await askOverride(() => current.current.onSubmit(message.minutes, message.reason));
      from.postMessage({ type: 'reply', reply } satisfies ToFrame);
    }
  };

  return <div ref={holder} />;
}

/**
 * The frame's origin, which the handshake is posted to and to nothing else: were the frame ever
 * showing a document of another origin, the secret and the port would not be delivered. Chromium
 * loads the frame by the session's dynamic URL (wxt.config.ts) but gives it the extension's own origin.
 */
const formOrigin = () => (import.meta.env.FIREFOX ? new URL(browser.runtime.getURL('/')).origin : `chrome-extension://${browser.runtime.id}`);
