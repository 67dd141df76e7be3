import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadReminderSettings } from '@/utils/reminders/reminder-store';
import { MAX_WIND_DOWN_MINUTES, type ReminderSettings } from '@/utils/reminders/reminder-settings';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../i18n';
import { FormMessage } from './form-message';
import { SaveButton } from './save-button';
import { readFailed } from '../read-failed';

/** How early the wind-down notice comes before a zone; each partner chooses for their own browser. */
export function WindDownForm({ db }: { db: HearthDb }) {
  const [saved, setSaved] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const show = (settings: ReminderSettings) => (setSaved(String(settings.windDownMinutes)), setMinutes(String(settings.windDownMinutes)));
  useEffect(() => void loadReminderSettings(db).then(show, readFailed), []);
  if (minutes === null) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 0 || value > MAX_WIND_DOWN_MINUTES) {
      return setMessage({ error: true, text: t('windDownInvalid') });
    }
    try {
      show((await browser.runtime.sendMessage({ type: 'reminders:settings', settings: { windDownMinutes: value } } satisfies HearthMessage)) as ReminderSettings);
      setMessage({ error: false, text: t('windDownSaved') });
    } catch (error) {
      console.error('Hearth could not save the wind-down notice', error);
      setMessage({ error: true, text: t('settingsSaveFailed') });
    }
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
      <SaveButton label={t('windDownSave')} dirty={minutes !== saved} />
      <FormMessage message={message} />
    </form>
  );
}
