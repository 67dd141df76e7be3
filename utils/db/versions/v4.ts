import type { Transaction } from 'dexie';
import { migrateAgreement } from '../../agreement/migrations/migrate-agreement';

/**
 * v4: stored agreements move to format 2 (issue #9). Same tables and indexes; each revision is
 * migrated by the pure agreement migrations, dated by its own effective time, so the upgrade gives
 * the same result whenever it runs. (v3 is the partner link's tables, added alongside.)
 */
export const v4 = {
  version: 4,
  stores: {},
  async upgrade(tx: Transaction): Promise<void> {
    await tx
      .table('agreementRevisions')
      .toCollection()
      .modify((revision: { effectiveAt: number; agreement: unknown }) => {
        revision.agreement = migrateAgreement(revision.agreement, revision.effectiveAt);
      });
  },
};
