import { useState } from 'preact/hooks';
import { STATUS_NOTE_MAX } from '@/utils/status/status-note';
import { t } from '../i18n';
import { request } from './request';

/** A short line about oneself ("Deadline Thursday, home by 7"), saved through the background. */
export function StatusNoteForm({ note }: { note: string }) {
  const [text, setText] = useState(note);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const reply = await request({ type: 'popup:note', text });
      if (reply.ok) setText(reply.note);
      setMessage(reply.ok ? { error: false, text: t('popupNoteSaved') } : { error: true, text: t(reply.key) });
    } catch {
      setMessage({ error: true, text: t('popupNoteFailed') });
    }
  };

  return (
    <form class="card note" onSubmit={save}>
      <label for="status-note">{t('popupNoteLabel')}</label>
      <div class="row">
        <input
          id="status-note"
          type="text"
          maxLength={STATUS_NOTE_MAX}
          value={text}
          placeholder={t('popupNotePlaceholder')}
          aria-describedby="status-note-hint"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">{t('popupNoteSave')}</button>
      </div>
      <p id="status-note-hint" class="muted small">
        {t('popupNoteHint', [String(STATUS_NOTE_MAX)])}
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
