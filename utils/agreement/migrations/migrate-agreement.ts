import { AGREEMENT_FORMAT, AGREEMENT_VERSION } from '../agreement-schema';
import { v1ToV2 } from './v1-to-v2';

type Step = (doc: Record<string, unknown>, now: number) => Record<string, unknown>;

/** Step n takes format n to n + 1; a new format is a new file here and one more entry. */
export const AGREEMENT_MIGRATIONS: readonly Step[] = [v1ToV2];

/**
 * Brings an agreement of an older format up to the current one, step by step, before validation.
 * Anything that is not an older agreement (another format, a future or unknown version, not an
 * object) comes back untouched, so the schema reports what is wrong with it.
 */
export function migrateAgreement(input: unknown, now: number): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  let doc = input as Record<string, unknown>;
  if (doc.format !== AGREEMENT_FORMAT || typeof doc.version !== 'number' || !Number.isInteger(doc.version)) return input;
  if (doc.version < 1 || doc.version >= AGREEMENT_VERSION) return input;
  for (let version = doc.version; version < AGREEMENT_VERSION; version++) doc = AGREEMENT_MIGRATIONS[version - 1]!(doc, now);
  return doc;
}
