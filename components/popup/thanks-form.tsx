import { useState } from 'preact/hooks';
import { parseThanksText, THANKS_MAX, thanksLength } from '@/utils/link/thanks-text';
import { t } from '../i18n';

export type ThanksSendResult = { ok: true } | { ok: false; key: string };

export interface ThanksFormProps {
  /** Queues the thank-you for the partner; `key` is an i18n key saying why it could not. */
  onSend: (text: string) => Promise<ThanksSendResult>;
  /** Prefixes element ids, in case the form appears twice on a page. */
  idPrefix?: string;
}

type Message = { error: boolean; text: string } | null;

/**
 * "Send a thank-you" (at most 280 characters, counted as people see them, as the check on the
 * other side counts). Checked here first, so a too-long note never leaves, and kept on failure.
 */
export function ThanksForm({ onSend, idPrefix = 'thanks' }: ThanksFormProps) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const length = thanksLength(text.trim());
  const over = length > THANKS_MAX;

  const send = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const parsed = parseThanksText(text);
    if (!parsed.ok) {
      setMessage({ error: true, text: t(parsed.key) });
      return;
    }
    setSending(true);
    setMessage(null);
    try {
      const reply = await onSend(parsed.text);
      if (reply.ok) setText('');
      setMessage(reply.ok ? { error: false, text: t('linkThanksSent') } : { error: true, text: t(reply.key) });
    } catch {
      setMessage({ error: true, text: t('linkThanksFailed') });
    } finally {
      setSending(false);
    }
  };

  return (
    <form class="card thanks" onSubmit={send}>
      <label for={`${idPrefix}-text`}>{t('linkThanksLabel')}</label>
      <textarea
        id={`${idPrefix}-text`}
        rows={2}
        value={text}
        placeholder={t('linkThanksPlaceholder')}
        aria-describedby={`${idPrefix}-count`}
        aria-invalid={over}
        onInput={(event) => {
          setText(event.currentTarget.value);
          if (message?.error) setMessage(null);
        }}
      />
      <div class="row">
        <p id={`${idPrefix}-count`} class={over ? 'error small' : 'muted small'}>
          {t('linkThanksCount', [String(length), String(THANKS_MAX)])}
        </p>
        <button type="submit" disabled={sending}>
          {sending ? t('linkThanksSending') : t('linkThanksSend')}
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
