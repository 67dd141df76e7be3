import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import { loadIdentity, ownerOf, saveIdentity } from '@/utils/identity/identity';
import type { IdentityReply } from '@/utils/messages';
import type { MessageRouter } from './message-router';

/** Whose browser this is: read by every page, chosen in the popup, the options page or the welcome page. */
export function setupIdentityMessages(db: HearthDb, router: MessageRouter) {
  router.handle('identity:get', async () => ({ partnerId: (await loadIdentity(db))?.partnerId ?? null }));
  router.handle('identity:set', async ({ partnerId }): Promise<IdentityReply> => {
    const agreement = (await agreementInForceAt(db, Date.now()))?.agreement;
    if (!agreement) return { ok: false, key: 'identityNoAgreement' };
    // Only a partner of the agreement in force: any other id would leave every figure unjudged.
    if (typeof partnerId !== 'string' || !ownerOf(agreement, { partnerId })) return { ok: false, key: 'identityNotAPartner' };
    await saveIdentity(db, { partnerId });
    return { ok: true };
  });
}
