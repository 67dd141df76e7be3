import { agreementDigest } from '@/utils/agreement/agreement-digest';
import { latestAgreement, saveAgreement } from '@/utils/agreement/agreement-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import { saveIdentity } from '@/utils/identity/identity';
import { loadLink } from '@/utils/link/link-store';
import { agreementOffer, partnerAgreementStore, takenAs } from '@/utils/link/partner-agreement';
import { agreementTakenStore } from '@/utils/link/agreement-taken';
import { AGREEMENT_CHANGED_CHANNEL, type TakeAgreementReply } from '@/utils/messages';
import type { Clock } from './clock';
import type { MessageRouter } from './message-router';

export interface PartnerAgreementDeps {
  /** Re-derives the guard from the latest agreement (guard.ts); its publish then tells the partner. */
  refresh: () => Promise<void>;
}

/**
 * Taking the agreement the partner's browser holds: stored here as the next revision, not proposed,
 * since it changes nothing the partner does not already hold; and this browser then belongs to the
 * other partner of it, since the sender is the one it came from. The partner learns that both now
 * hold the same one from the tell that follows the guard's refresh.
 */
export function setupPartnerAgreement(db: HearthDb, router: MessageRouter, clock: Clock, deps: PartnerAgreementDeps) {
  const changed = new BroadcastChannel(AGREEMENT_CHANGED_CHANNEL);
  // One take at a time: a double click stores one revision.
  let queue: Promise<unknown> = Promise.resolve();
  router.handle('link:takeAgreement', () => {
    const next = queue.then(async (): Promise<TakeAgreementReply> => {
      if (!(await loadLink(db))) return { ok: false, key: 'linkNotLinked' };
      const [theirs, latest] = await Promise.all([partnerAgreementStore.load(db), latestAgreement(db)]);
      if (!theirs) return { ok: false, key: 'partnerAgreementGone' };
      const [theirsDigest, mineDigest] = await Promise.all([agreementDigest(theirs.agreement), latest ? agreementDigest(latest.agreement) : null]);
      const offer = agreementOffer(theirs, theirsDigest, latest?.agreement ?? null, mineDigest);
      // Already the same (taken twice): only whose browser this is is set.
      if (offer) {
        const saved = await saveAgreement(db, offer.theirs, clock.now(), 'partner');
        if (!saved.ok) return { ok: false, key: 'partnerAgreementGone' };
        if (mineDigest) await agreementTakenStore.save(db, { gave: mineDigest, took: theirsDigest, at: clock.now() });
      }
      await saveIdentity(db, { partnerId: takenAs(theirs).id });
      await deps.refresh();
      changed.postMessage(null);
      return { ok: true };
    });
    queue = next.catch(() => undefined);
    return next;
  });
}
