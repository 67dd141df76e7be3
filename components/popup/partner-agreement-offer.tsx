import { useState } from 'preact/hooks';
import type { PartnerAgreementWaiting } from '@/utils/link/partner-agreement';
import { t } from '../i18n';
import { openOptions, request } from './request';

/**
 * A linked browser with no agreement of its own, once the partner's has come over the link: the
 * second partner to install takes it here in one step, or opens the settings to read it first.
 * `onTaken` reads the status again, which is then the agreement's.
 */
export function PartnerAgreementOffer({ offer, onTaken }: { offer: PartnerAgreementWaiting['partnerAgreement']; onTaken: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [taking, setTaking] = useState(false);

  const take = async () => {
    setTaking(true);
    try {
      const reply = await request({ type: 'link:takeAgreement' });
      if (reply.ok) return onTaken();
      setError(t('partnerAgreementFailed', [t(reply.key)]));
    } catch (failure) {
      setError(t('partnerAgreementFailed', [failure instanceof Error ? failure.message : String(failure)]));
    }
    setTaking(false);
  };

  return (
    <section class="card" aria-labelledby="offer-title" aria-describedby="offer-body" data-ready="">
      <h2 id="offer-title">{t('partnerAgreementHereTitle', [offer.from])}</h2>
      <p id="offer-body">
        {t('partnerAgreementNoneHere', [offer.from])} {t('partnerAgreementTakeAs', [offer.from, offer.takeAs])}
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={taking} onClick={() => void take()}>
          {t('partnerAgreementTake', [offer.from])}
        </button>
        <button type="button" onClick={openOptions}>
          {t('popupPartnerAgreementRead')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
