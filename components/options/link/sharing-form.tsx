import { useState } from 'preact/hooks';
import { SHARE_KINDS, storedSharing, type ShareKind, type SharingChoices } from '@/utils/link/sharing';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../../i18n';
import { FormMessage } from '../form-message';

const LABELS: Record<ShareKind, string> = { state: 'linkShareState', note: 'linkShareNote', budget: 'linkShareBudget', ritual: 'linkShareRitual', checkIn: 'linkShareCheckIn', stretch: 'linkShareStretch' };

const send = (sharing: SharingChoices) => browser.runtime.sendMessage({ type: 'link:sharing', sharing } satisfies HearthMessage) as Promise<{ ok: boolean }>;

/**
 * What this side offers. A kind flows only when both offer it, so each sees exactly what the other
 * sees; pausing shows the partner "paused" and nothing else.
 */
export function SharingForm({ mine, theirs, onSaved }: { mine: unknown; theirs: unknown; onSaved: () => void }) {
  const [choices, setChoices] = useState(() => storedSharing(mine));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const partner = theirs === null ? null : storedSharing(theirs);

  const save = async (next: SharingChoices, saved: string) => {
    const reply = await send(next);
    setMessage(reply?.ok ? { error: false, text: t(saved) } : { error: true, text: t('linkSharingFailed') });
    if (reply?.ok) {
      setChoices(next);
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
        </p>
      ))}
      <div class="toolbar">
        <button type="submit">{t('linkSharingSave')}</button>
        <button type="button" aria-pressed={choices.paused} onClick={() => void save({ ...choices, paused: !choices.paused }, choices.paused ? 'linkResumed' : 'linkPausedNow')}>
          {choices.paused ? t('linkResume') : t('linkPause')}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
