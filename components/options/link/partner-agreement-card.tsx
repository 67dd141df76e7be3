import { useEffect, useState } from 'preact/hooks';
import { agreementDigest } from '@/utils/agreement/agreement-digest';
import { describeChanges } from '@/utils/agreement/changes/describe-changes';
import type { AgreementRevision, HearthDb } from '@/utils/db/hearth-db';
import { agreementOffer, partnerAgreementStore, type AgreementOffer } from '@/utils/link/partner-agreement';
import { agreementTakenStore, takesCrossed } from '@/utils/link/agreement-taken';
import type { HearthMessage, TakeAgreementReply } from '@/utils/messages';
import { t, uiLocale } from '../../i18n';
import { useLinkView } from '../../link/use-link-view';
import { readFailed } from '../../read-failed';

type Outcome = { kind: 'taken'; from: string; as: string } | { kind: 'error'; text: string } | null;

/**
 * While linked, when the partner's browser holds another agreement than this one (or this one holds
 * none): what taking theirs would change here, and the one step that takes it. Read again whenever
 * the link pushes (their agreement may just have arrived) and whenever the agreement here changes.
 */
export function PartnerAgreementCard({ db, mine }: { db: HearthDb; mine: AgreementRevision | null }) {
  const view = useLinkView();
  const [offer, setOffer] = useState<AgreementOffer | null>(null);
  const [crossed, setCrossed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [taking, setTaking] = useState(false);
  useEffect(() => {
    if (!view?.linked) return setOffer(null);
    void (async () => {
      const [theirs, taken] = await Promise.all([partnerAgreementStore.load(db), agreementTakenStore.load(db)]);
      const [theirsDigest, mineDigest] = await Promise.all([theirs && agreementDigest(theirs.agreement), mine && agreementDigest(mine.agreement)]);
      setOffer(agreementOffer(theirs, theirsDigest, mine?.agreement ?? null, mineDigest));
      setCrossed(takesCrossed(taken, theirsDigest, mineDigest, Date.now()));
    })().catch(readFailed);
  }, [view, mine?.id]);

  const take = async (current: AgreementOffer) => {
    setTaking(true);
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'link:takeAgreement' } satisfies HearthMessage)) as TakeAgreementReply;
      setOutcome(reply.ok ? { kind: 'taken', from: current.partnerName, as: current.takeAs.name } : { kind: 'error', text: t(reply.key) });
    } catch (error) {
      setOutcome({ kind: 'error', text: t('partnerAgreementFailed', [error instanceof Error ? error.message : String(error)]) });
    } finally {
      setTaking(false);
    }
  };

  if (!offer) {
    return outcome?.kind === 'taken' ? (
      <p class="status ok" role="status">
        {t('partnerAgreementTaken', [outcome.from, outcome.as])}
      </p>
    ) : null;
  }
  const name = offer.partnerName;
  const changes = offer.mine ? describeChanges(offer.mine, offer.theirs, uiLocale(), t) : [];
  return (
    <section id="partner-agreement" class="partner-agreement" aria-labelledby="partner-agreement-title">
      <h2 id="partner-agreement-title">{offer.mine ? t('partnerAgreementDiffersTitle') : t('partnerAgreementHereTitle', [name])}</h2>
      <p>{!offer.mine ? t('partnerAgreementNoneHere', [name]) : crossed ? t('partnerAgreementCrossed', [name]) : t('partnerAgreementDiffers', [name])}</p>
      {changes.length > 0 && (
        <ul>
          {changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
      <p class="muted">{t('partnerAgreementTakeAs', [name, offer.takeAs.name])}</p>
      <button type="button" class="primary" disabled={taking} onClick={() => void take(offer)}>
        {t('partnerAgreementTake', [name])}
      </button>
      {offer.mine && <p class="muted">{t('partnerAgreementOrTheirs', [name])}</p>}
      {outcome?.kind === 'error' && (
        <p class="error" role="alert">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
