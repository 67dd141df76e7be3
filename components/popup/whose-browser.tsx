import { useState } from 'preact/hooks';
import type { WhoseBrowser } from '@/utils/status/popup-status';
import { t } from '../i18n';
import { request } from './request';

/**
 * Asked before anything else: every figure the popup shows (hours, after-hours, budget) is one
 * partner's, so none is shown until this browser's partner is known. `onChosen` reads the status again.
 */
export function WhoseBrowserQuestion({ whose, onChosen }: { whose: WhoseBrowser['whose']; onChosen: () => void }) {
  const [error, setError] = useState<string | null>(null);

  const choose = async (partnerId: string) => {
    try {
      const reply = await request({ type: 'identity:set', partnerId });
      if (reply.ok) return onChosen();
      setError(t(reply.key));
    } catch {
      setError(t('identitySaveFailed'));
    }
  };

  return (
    <section class="card whose" aria-labelledby="whose-title" aria-describedby="whose-body" data-ready="">
      <h2 id="whose-title">{t('identityQuestion')}</h2>
      <p id="whose-body">{t('identityQuestionBody')}</p>
      <div class="actions">
        {whose.map((partner) => (
          <button key={partner.id} type="button" class="primary" onClick={() => void choose(partner.id)}>
            {partner.name}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
