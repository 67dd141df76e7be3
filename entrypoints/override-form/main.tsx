import { render } from 'preact';
import { OverrideForm } from '@/components/guard/override-form';
import { FRAME_STYLES } from '@/components/guard/guard-styles';
import { loadMessages, t, uiLocale } from '@/components/i18n';
import type { OverrideReply } from '@/utils/messages';
import { handshakePort, type Allowance, type FromFrame, type ToFrame } from '@/utils/guard/override-frame-messages';

/**
 * The override form, in a frame the guard puts into a guarded page (utils/guard/override-frame-messages.ts).
 * It does nothing until the guard hands it a port with the secret in its own URL: opened any other
 * way, by the page or in a tab, it stays empty.
 */
const secret = location.hash.slice(1);
history.replaceState(null, '', location.pathname);
document.documentElement.lang = uiLocale();
document.title = t('overrideFormName');
const style = document.createElement('style');
style.textContent = FRAME_STYLES;
document.head.append(style);

window.addEventListener('message', function accept(event) {
  const handshake = handshakePort(event, secret, window.parent === window ? null : window.parent);
  if (!handshake) return;
  window.removeEventListener('message', accept);
  void loadMessages().then(() => start(handshake.port, handshake.allowance));
});

function start(port: MessagePort, first: Allowance) {
  const send = (message: FromFrame) => port.postMessage(message);
  let answer: ((reply: OverrideReply) => void) | undefined;
  const submit = (minutes: number, reason: string) =>
    new Promise<OverrideReply>((resolve) => {
      answer = resolve;
      send({ type: 'submit', minutes, reason });
    });
  const cancel = () => send({ type: 'cancel' });
  const app = document.getElementById('app')!;
  const draw = (allowance: Allowance) => render(<OverrideForm allowance={allowance} onSubmit={submit} onCancel={cancel} />, app);

  port.onmessage = ({ data }: MessageEvent<ToFrame>) => {
    if (data.type === 'allowance') draw(data.allowance);
    else answer?.(data.reply);
  };
  // Escape would close the page's own dialog; here, in another document, it closes the form.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') cancel();
  });
  new ResizeObserver(() => send({ type: 'size', height: Math.ceil(document.documentElement.getBoundingClientRect().height) })).observe(document.body);
  draw(first);
  app.querySelector('select')?.focus();
}
