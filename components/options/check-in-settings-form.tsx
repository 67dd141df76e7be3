import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadWeekSummarySettings, saveWeekSummarySettings } from '@/utils/report/week-summary';
import { loadStretchSettings, saveStretchSettings } from '@/utils/status/stretch-levels';
import { t } from '../i18n';
import { FormMessage } from './form-message';
import { readFailed } from '../read-failed';

interface Settings {
  weekSummary: boolean;
  stretch: boolean;
}

/**
 * This browser's part in the weekly check-in: the week-end summary (on unless turned off) and the
 * daily "how stretched" question (off unless asked for). Each switch saves at once; the background
 * reads them when it needs them, so no message is sent.
 */
export function CheckInSettingsForm({ db }: { db: HearthDb }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(
    () =>
      void Promise.all([loadWeekSummarySettings(db), loadStretchSettings(db)]).then(([summary, stretch]) =>
        setSettings({ weekSummary: summary.enabled, stretch: stretch.enabled }), readFailed,
      ),
    [],
  );
  if (settings === null) return null;

  const change = async (key: keyof Settings, enabled: boolean) => {
    try {
      const saved = await (key === 'weekSummary' ? saveWeekSummarySettings : saveStretchSettings)(db, { enabled });
      setSettings({ ...settings, [key]: saved.enabled });
      setMessage({ error: false, text: t('weekSummarySaved') });
    } catch {
      setMessage({ error: true, text: t('checkinSaveFailed') });
    }
  };

  return (
    <section id="check-in-settings" aria-labelledby="check-in-settings-title">
      <h2 id="check-in-settings-title">{t('checkinSettingsTitle')}</h2>
      <p>
        <label>
          <input type="checkbox" checked={settings.weekSummary} onChange={(event) => void change('weekSummary', event.currentTarget.checked)} />{' '}
          {t('weekSummarySettingLabel')}
        </label>
      </p>
      <p>
        <label>
          <input type="checkbox" checked={settings.stretch} onChange={(event) => void change('stretch', event.currentTarget.checked)} /> {t('stretchSettingLabel')}
        </label>
      </p>
      <FormMessage message={message} />
    </section>
  );
}
