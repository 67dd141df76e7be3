import { useState } from 'preact/hooks';
import { SHARE_KINDS, storedSharing, type ShareKind, type SharingChoices } from '@/utils/link/sharing';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../../i18n';
import { FormMessage } from '../form-message';
import { SaveButton } from '../save-button';
import { sameSettings } from '../same-settings';

const LABELS: Record<ShareKind, string> = { state: 'linkShareState', note: 'linkShareNote', budget: 'linkShareBudget', ritual: 'linkShareRitual', checkIn: 'linkShareCheckIn', stretch: 'linkShareStretch' };

const send = (sharing: SharingChoices) => browser.runtime.sendMessage({ type: 'link:sharing', sharing } satisfies HearthMessage) as Promise<{ ok: boolean }>;

/**
 * What this side offers. A kind flows only when both offer it, so each sees exactly what the other
 * sees; pausing shows the partner "paused" and nothing else. Offering "how stretched" while the
 * daily question is off here may be meant (asked later), but nothing would flow, so it says so.
 */
export function SharingForm({ mine, theirs, stretchAsked, onSaved }: { mine: unknown; theirs: unknown; stretchAsked: boolean | null; onSaved: () => void }) {
  const [saved, setSaved] = useState(() => storedSharing(mine));
  const [choices, setChoices] = useState(saved);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const partner = theirs === null ? null : storedSharing(theirs);

  /** `keep`: what stays on screen after a save (a pause keeps the unsaved ticks, still unsaved). */
  const save = async (next: SharingChoices, done: string, keep: SharingChoices = next) => {
    let reply: { ok: boolean } | undefined;
    try {
      reply = await send(next);
    } catch (error) {
      console.error('Hearth could not save the sharing choices', error);
      return setMessage({ error: true, text: t('settingsSaveFailed') });
    }
    setMessage(reply?.ok ? { error: false, text: t(done) } : { error: true, text: t('linkSharingFailed') });
    if (reply?.ok) {
      setSaved(next);
      setChoices(keep);
      onSaved();
    }
  };

  return (
    <form
      aria-labelledby="link-sharing-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save(choices, 'linkSharingSaved');
      }}
    >
      <h3 id="link-sharing-title">{t('linkSharingTitle')}</h3>
      <p class="muted">{t('linkSharingBody')}</p>
      {SHARE_KINDS.map((kind) => (
        <p key={kind}>
          <label>
            <input type="checkbox" checked={choices[kind]} onChange={(e) => setChoices({ ...choices, [kind]: e.currentTarget.checked })} /> {t(LABELS[kind])}
          </label>{' '}
          <span class="muted">{partner === null ? t('linkPartnerChoiceUnknown') : partner[kind] ? t('linkPartnerSharesToo') : t('linkPartnerDoesNotShare')}</span>
          {kind === 'stretch' && choices.stretch && stretchAsked === false && (
            <span class="share-hint">
              {t('linkShareStretchNotAsked')} <a href="#check-in-settings">{t('linkShareStretchTurnOn')}</a>
            </span>
          )}
        </p>
      ))}
      <div class="toolbar">
        <SaveButton label={t('linkSharingSave')} dirty={!sameSettings(choices, saved)} />
        {/* Pauses what is saved, not the ticks on screen: "stop" never also starts sharing a kind not yet saved. */}
        <button type="button" aria-pressed={saved.paused} onClick={() => void save({ ...saved, paused: !saved.paused }, saved.paused ? 'linkResumed' : 'linkPausedNow', { ...choices, paused: !saved.paused })}>
          {saved.paused ? t('linkResume') : t('linkPause')}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
