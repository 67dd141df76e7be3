import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { parseRelayUrl, RELAY_URL_KEY, storedRelayUrl } from '@/utils/link/relay-url';
import { t } from '../../i18n';
import { FormMessage } from '../form-message';
import { SaveButton } from '../save-button';
import { readFailed } from '../../read-failed';

/** This browser's relay: the one an invite made here names. Saving it reaches no server. */
export function RelayAddressForm({ db, onSaved }: { db: HearthDb; onSaved: (url: string) => void }) {
  const [saved, setSaved] = useState<string | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => void storedRelayUrl(db).then((url) => (setSaved(url), setText(url)), readFailed), []);
  if (text === null) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseRelayUrl(text);
    if (!parsed.ok) return setMessage({ error: true, text: t(parsed.key) });
    try {
      await db.settings.put({ key: RELAY_URL_KEY, value: parsed.url });
    } catch (error) {
      console.error('Hearth could not save the relay address', error);
      return setMessage({ error: true, text: t('settingsSaveFailed') });
    }
    setSaved(parsed.url);
    setText(parsed.url);
    onSaved(parsed.url);
    setMessage({ error: false, text: t('linkRelaySaved') });
  };

  return (
    <form onSubmit={save} noValidate>
      <p>
        <label>
          {t('linkRelayLabel')} <input type="url" value={text} size={36} onInput={(e) => setText(e.currentTarget.value)} />
        </label>{' '}
        <SaveButton label={t('linkRelaySave')} dirty={text !== saved} />
      </p>
      <p class="muted">{t('linkRelayHint')}</p>
      <FormMessage message={message} />
    </form>
  );
}
