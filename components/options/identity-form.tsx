import { useEffect, useState } from 'preact/hooks';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { HearthMessage, HearthReplies } from '@/utils/messages';
import { t } from '../i18n';
import { readFailed } from '../read-failed';
import { FormMessage } from './form-message';
import { SaveButton } from './save-button';

const send = <K extends HearthMessage['type']>(message: Extract<HearthMessage, { type: K }>) =>
  browser.runtime.sendMessage(message) as Promise<HearthReplies[K]>;

/**
 * Whose browser this is, for this browser only (never part of the agreement). The hint says what a
 * change does: every figure, past weeks included, is judged again by the newly chosen partner,
 * because activity is stored raw and classified when read (utils/identity/identity.ts).
 */
export function IdentityForm({ agreement }: { agreement: Agreement }) {
  const [saved, setSaved] = useState<string | null | undefined>(undefined);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  // As every part that reads its own piece: on a failed read it shows nothing, and the page's storage notice speaks.
  useEffect(() => void send({ type: 'identity:get' }).then((reply) => (setSaved(reply.partnerId), setChosen(reply.partnerId)), readFailed), []);
  if (chosen === undefined) return null;
  const known = agreement.partners.some((partner) => partner.id === chosen);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!chosen || !known) return setMessage({ error: true, text: t('identityChooseOne') });
    try {
      const reply = await send({ type: 'identity:set', partnerId: chosen });
      setMessage(reply.ok ? { error: false, text: t('identitySaved') } : { error: true, text: t(reply.key) });
      if (reply.ok) setSaved(chosen);
    } catch {
      setMessage({ error: true, text: t('identitySaveFailed') });
    }
  };

  return (
    <form id="identity" onSubmit={save} noValidate aria-labelledby="identity-title">
      <h2 id="identity-title">{t('identityQuestion')}</h2>
      <fieldset class="choice-group" aria-describedby="identity-hint">
        <legend>{t('identityLegend')}</legend>
        {agreement.partners.map((partner) => (
          <p key={partner.id}>
            <label>
              <input type="radio" name="identity" value={partner.id} checked={chosen === partner.id} onChange={() => setChosen(partner.id)} /> {partner.name}
            </label>
          </p>
        ))}
        <p id="identity-hint" class="muted">
          {t('identityHint')}
        </p>
      </fieldset>
      <SaveButton label={t('identitySave')} dirty={chosen !== saved} />
      <FormMessage message={message} />
    </form>
  );
}
