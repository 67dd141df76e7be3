import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Agreement } from '../agreement/agreement-schema';
import type { GuardSource } from '../schedule/guard-state';
import type { ActivityInterval } from '../tracking/activity-interval';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

export type RevisionSource = 'import' | 'sample' | 'edit';

export interface AgreementRevision {
  id?: number;
  /** When this revision took effect (epoch ms); past weeks are judged by the one in force then. */
  effectiveAt: number;
  source: RevisionSource;
  agreement: Agreement;
}

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

  /** `options` lets a test hand in another IndexedDB, such as one that refuses to open. */
  constructor(name = 'hearth', versions: readonly SchemaVersion[] = SCHEMA_VERSIONS, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
