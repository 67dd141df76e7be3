import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadTrackingSettings } from '@/utils/tracking/tracking-store';
import type { TrackingSettings } from '@/utils/tracking/tracking-settings';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../i18n';
import { FormMessage } from './form-message';
import { SaveButton } from './save-button';
import { readFailed } from '../read-failed';

/** The two choices a person makes about their own recording: when they count as away, and calls. */
export function TrackingSettingsForm({ db }: { db: HearthDb }) {
  const [saved, setSaved] = useState<TrackingSettings | null>(null);
  const [settings, setSettings] = useState<TrackingSettings | null>(null);
  const [minutes, setMinutes] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const show = (loaded: TrackingSettings) => {
    setSaved(loaded);
    setSettings(loaded);
    setMinutes(String(loaded.idleSeconds / 60));
  };
  useEffect(() => void loadTrackingSettings(db).then(show, readFailed), []);
  if (!settings || !saved) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isFinite(value) || value < 1 || value > 60) return setMessage({ error: true, text: t('trackingIdleInvalid') });
    const next = { ...settings, idleSeconds: Math.round(value * 60) };
    try {
      show((await browser.runtime.sendMessage({ type: 'tracking:settings', settings: next } satisfies HearthMessage)) as TrackingSettings);
      setMessage({ error: false, text: t('trackingSaved') });
    } catch (error) {
      console.error('Hearth could not save the recording settings', error);
      setMessage({ error: true, text: t('settingsSaveFailed') });
    }
  };

  return (
    <form id="recording" onSubmit={save} noValidate aria-labelledby="recording-title">
      <h2 id="recording-title">{t('trackingTitle')}</h2>
      <p class="muted">{t('trackingBody')}</p>
      <p>
        <label>
          {t('trackingIdleLabel')}{' '}
          <input type="number" class="number" min={1} max={60} step={0.5} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </label>
      </p>
      <p>
        <label>
          <input type="checkbox" checked={settings.countAudible} onChange={(e) => setSettings({ ...settings, countAudible: e.currentTarget.checked })} />{' '}
          {t('trackingAudibleLabel')}
        </label>
      </p>
      <SaveButton label={t('trackingSave')} dirty={minutes !== String(saved.idleSeconds / 60) || settings.countAudible !== saved.countAudible} />
      <FormMessage message={message} />
    </form>
  );
}
