import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadComfortSettings } from '@/utils/comforts/comfort-store';
import type { ComfortSettings, ParkMode } from '@/utils/comforts/comfort-settings';
import { comfortSupport } from '@/utils/comforts/comfort-support';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../i18n';
import { FormMessage } from './form-message';
import { readFailed } from '../read-failed';

const PARK_CHOICES: readonly { mode: ParkMode; label: string }[] = [
  { mode: 'off', label: 'comfortsParkOff' },
  { mode: 'group', label: 'comfortsParkGroup' },
  { mode: 'close', label: 'comfortsParkClose' },
];

/** Quieter zones on this browser: work-site notifications muted, work tabs parked until the zone ends. */
export function ComfortsForm({ db }: { db: HearthDb }) {
  const [settings, setSettings] = useState<ComfortSettings | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const support = comfortSupport(browser);

  useEffect(() => void loadComfortSettings(db).then(setSettings, readFailed), []);
  if (!settings) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const saved = (await browser.runtime.sendMessage({ type: 'comforts:settings', settings } satisfies HearthMessage)) as ComfortSettings;
    setSettings(saved);
    setMessage({ error: false, text: t('comfortsSaved') });
  };

  return (
    <form id="comforts" onSubmit={save} noValidate aria-labelledby="comforts-title">
      <h2 id="comforts-title">{t('comfortsTitle')}</h2>
      {support.muteNotifications ? (
        <p>
          <label>
            <input type="checkbox" checked={settings.muteNotifications} onChange={(e) => setSettings({ ...settings, muteNotifications: e.currentTarget.checked })} />{' '}
            {t('comfortsMuteLabel')}
          </label>
        </p>
      ) : (
        <p class="muted">{t('comfortsMuteUnsupported')}</p>
      )}
      <fieldset class="choice-group" aria-describedby="comforts-park-hint">
        <legend>{t('comfortsParkLegend')}</legend>
        {PARK_CHOICES.map(({ mode, label }) => {
          const unsupported = mode === 'group' && !support.groupTabs;
          return (
            <p key={mode}>
              <label>
                <input
                  type="radio"
                  name="park-tabs"
                  value={mode}
                  checked={settings.parkTabs === mode}
                  disabled={unsupported}
                  aria-describedby={unsupported ? 'comforts-no-groups' : undefined}
                  onChange={() => setSettings({ ...settings, parkTabs: mode })}
                />{' '}
                {t(label)}
              </label>
            </p>
          );
        })}
        {!support.groupTabs && (
          <p id="comforts-no-groups" class="muted">
            {t('comfortsGroupUnsupported')}
          </p>
        )}
        <p id="comforts-park-hint" class="muted">
          {t('comfortsParkHint')}
        </p>
      </fieldset>
      <button type="submit">{t('comfortsSave')}</button>
      <FormMessage message={message} />
    </form>
  );
}
