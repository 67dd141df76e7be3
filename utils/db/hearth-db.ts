import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Agreement } from '../agreement/agreement-schema';
import type { LinkRecord, OutboxEntry, ThanksRecord } from '../link/link-record';
import type { ProposalRecord } from '../proposals/proposal-record';
import type { GuardSource } from '../schedule/guard-state';
import type { RitualMark } from '../status/ritual-marks';
import type { ActivityInterval } from '../tracking/activity-interval';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

/** `partner`: taken whole from the agreement the partner's browser held (utils/link/partner-agreement.ts). */
export type RevisionSource = 'import' | 'sample' | 'edit' | 'partner';

export interface AgreementRevision {
  id?: number;
  /** When this revision took effect (epoch ms); past weeks are judged by the one in force then. */
  effectiveAt: number;
  source: RevisionSource;
  agreement: Agreement;
  /** Why the couple changed it, in their words (issue #9). Record fields, not part of the agreement document. */
  note?: string;
  /** The partner id who proposed the change and who accepted it; unlinked, the one who saved. */
  proposedBy?: string;
  acceptedBy?: string;
}

/** What a revision's history says beside the agreement itself. */
export type RevisionMeta = Pick<AgreementRevision, 'note' | 'proposedBy' | 'acceptedBy'>;

export interface OverrideRecord {
  id?: number;
  start: number;
  end: number;
  minutes: number;
  reason: string;
  /** The host the person released, e.g. "app.slack.com". */
  site: string;
  /** What was guarding at the time, so the weekly report can say which zone gave way. */
  sources: GuardSource[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class HearthDb extends Dexie {
  agreementRevisions!: EntityTable<AgreementRevision, 'id'>;
  overrides!: EntityTable<OverrideRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  intervals!: EntityTable<ActivityInterval, 'id'>;
  link!: EntityTable<LinkRecord, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  thanks!: EntityTable<ThanksRecord, 'id'>;
  proposals!: EntityTable<ProposalRecord, 'id'>;
  /** One per ritual occurrence, by [ritualId, start] (utils/status/ritual-mark-store.ts). */
  ritualMarks!: Table<RitualMark, [string, number]>;

  /** `options` lets a test hand in another IndexedDB, such as one that refuses to open. */
  constructor(name = 'hearth', versions: readonly SchemaVersion[] = SCHEMA_VERSIONS, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
