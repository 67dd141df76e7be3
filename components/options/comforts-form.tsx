import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadComfortSettings } from '@/utils/comforts/comfort-store';
import type { ComfortSettings, ParkMode } from '@/utils/comforts/comfort-settings';
import { comfortSupport } from '@/utils/comforts/comfort-support';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../i18n';
import { FormMessage } from './form-message';
import { SaveButton } from './save-button';
import { sameSettings } from './same-settings';
import { readFailed } from '../read-failed';

const PARK_CHOICES: readonly { mode: ParkMode; label: string }[] = [
  { mode: 'off', label: 'comfortsParkOff' },
  { mode: 'group', label: 'comfortsParkGroup' },
  { mode: 'close', label: 'comfortsParkClose' },
];

/** Quieter zones on this browser: work-site notifications muted, work tabs parked until the zone ends. */
export function ComfortsForm({ db }: { db: HearthDb }) {
  const [saved, setSaved] = useState<ComfortSettings | null>(null);
  const [settings, setSettings] = useState<ComfortSettings | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const support = comfortSupport(browser);

  useEffect(() => void loadComfortSettings(db).then((loaded) => (setSaved(loaded), setSettings(loaded)), readFailed), []);
  if (!settings || !saved) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const stored = (await browser.runtime.sendMessage({ type: 'comforts:settings', settings } satisfies HearthMessage)) as ComfortSettings;
      setSaved(stored);
      setSettings(stored);
      setMessage({ error: false, text: t('comfortsSaved') });
    } catch (error) {
      console.error('Hearth could not save the comforts', error);
      setMessage({ error: true, text: t('settingsSaveFailed') });
    }
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
      <SaveButton label={t('comfortsSave')} dirty={!sameSettings(settings, saved)} />
      <FormMessage message={message} />
    </form>
  );
}
