import { HearthDb } from '@/utils/db/hearth-db';
import { setupAgreementMessages } from './agreement-messages';
import { setupGuard } from './guard';
import { createMessageRouter } from './message-router';

export default defineBackground(() => {
  const db = new HearthDb();
  const router = createMessageRouter();
  const guard = setupGuard(db, router);
  setupAgreementMessages(db, router, guard.refresh);
});
