import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadWeekSummarySettings, saveWeekSummarySettings } from '@/utils/report/week-summary';
import { t } from '../i18n';
import { FormMessage } from './form-message';

/**
 * Whether the week end brings a summary, on this browser. Saved at once on change: a single switch
 * needs no Save button. The background reads it when the week ends, so no message is needed.
 */
export function WeekSummaryForm({ db }: { db: HearthDb }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => void loadWeekSummarySettings(db).then((loaded) => setEnabled(loaded.enabled)), []);
  if (enabled === null) return null;

  const change = async (next: boolean) => {
    try {
      setEnabled((await saveWeekSummarySettings(db, { enabled: next })).enabled);
      setMessage({ error: false, text: t('weekSummarySaved') });
    } catch {
      setMessage({ error: true, text: t('checkinSaveFailed') });
    }
  };

  return (
    <section id="week-summary" aria-labelledby="week-summary-title">
      <h2 id="week-summary-title">{t('weekSummarySettingTitle')}</h2>
      <label>
        <input type="checkbox" checked={enabled} onChange={(event) => void change(event.currentTarget.checked)} /> {t('weekSummarySettingLabel')}
      </label>
      <FormMessage message={message} />
    </section>
  );
}
