import type { Transaction } from 'dexie';
import { v1 } from './versions/v1';
import { v2 } from './versions/v2';
import { v3 } from './versions/v3';
import { v4 } from './versions/v4';
import { v5 } from './versions/v5';
import { v6 } from './versions/v6';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Every version the database has had, oldest first. A change is a new file in versions/, never an edit. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6];
