import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadReminderSettings } from '@/utils/reminders/reminder-store';
import { MAX_WIND_DOWN_MINUTES, type ReminderSettings } from '@/utils/reminders/reminder-settings';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../i18n';
import { FormMessage } from './form-message';
import { readFailed } from '../read-failed';

/** How early the wind-down notice comes before a zone; each partner chooses for their own browser. */
export function WindDownForm({ db }: { db: HearthDb }) {
  const [minutes, setMinutes] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => void loadReminderSettings(db).then((loaded) => setMinutes(String(loaded.windDownMinutes)), readFailed), []);
  if (minutes === null) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 0 || value > MAX_WIND_DOWN_MINUTES) {
      return setMessage({ error: true, text: t('windDownInvalid') });
    }
    const saved = (await browser.runtime.sendMessage({
      type: 'reminders:settings',
      settings: { windDownMinutes: value },
    } satisfies HearthMessage)) as ReminderSettings;
    setMinutes(String(saved.windDownMinutes));
    setMessage({ error: false, text: t('windDownSaved') });
  };

  return (
    <form id="wind-down" onSubmit={save} noValidate aria-labelledby="wind-down-title">
      <h2 id="wind-down-title">{t('windDownTitle')}</h2>
      <p>
        <label>
          {t('windDownLabel')}{' '}
          <input type="number" class="number" min={0} max={MAX_WIND_DOWN_MINUTES} step={1} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </label>
      </p>
      <button type="submit">{t('windDownSave')}</button>
      <FormMessage message={message} />
    </form>
  );
}
