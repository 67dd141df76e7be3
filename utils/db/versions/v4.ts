import type { Transaction } from 'dexie';
import { migrateAgreement } from '../../agreement/migrations/migrate-agreement';

/**
 * v4: stored agreements move to format 2 (issue #9). Same tables and indexes; each revision is
 * migrated by the pure agreement migrations, all dated by the upgrade's own time: the first review
 * then comes after the upgrade, never due the day it runs (however old the agreement in force),
 * and the history shows no change between old revisions that nobody made. (v3 is the partner
 * link's tables, added alongside.)
 */
export const v4 = {
  version: 4,
  stores: {},
  async upgrade(tx: Transaction): Promise<void> {
    const now = Date.now();
    await tx
      .table('agreementRevisions')
      .toCollection()
      .modify((revision: { agreement: unknown }) => {
        revision.agreement = migrateAgreement(revision.agreement, now);
      });
  },
};
