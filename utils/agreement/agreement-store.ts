import type { HearthDb, AgreementRevision, RevisionSource } from '../db/hearth-db';
import type { Agreement } from './agreement-schema';
import { parseAgreement, parseAgreementText, type ParseResult } from './parse-agreement';

/** The revision in force at `instant`: the latest one that took effect at or before it. */
export async function agreementInForceAt(db: HearthDb, instant: number): Promise<AgreementRevision | undefined> {
  return db.agreementRevisions.where('effectiveAt').belowOrEqual(instant).last();
}

export async function latestAgreement(db: HearthDb): Promise<AgreementRevision | undefined> {
  return db.agreementRevisions.orderBy('effectiveAt').last();
}

/**
 * The revisions in force at some moment of [from, to]: the one in force at `from` and every one
 * that took effect after it, up to `to`, in order. What the worker's wake-ups and the popup read,
 * so their cost does not grow with every edit the couple ever saved.
 */
export async function revisionsInForceDuring(db: HearthDb, from: number, to: number): Promise<AgreementRevision[]> {
  const [atStart, later] = await Promise.all([
    agreementInForceAt(db, from),
    db.agreementRevisions.where('effectiveAt').between(from, to, false, true).toArray(),
  ]);
  return atStart ? [atStart, ...later] : later;
}

export async function allRevisions(db: HearthDb): Promise<AgreementRevision[]> {
  return db.agreementRevisions.orderBy('effectiveAt').toArray();
}

/**
 * Stores a new revision, validating again even if the caller did: this is the only way in, so a
 * malformed agreement can never be stored. On any issue nothing is written.
 */
export async function saveAgreement(
  db: HearthDb,
  candidate: unknown,
  now: number,
  source: RevisionSource,
): Promise<ParseResult & { revision?: AgreementRevision }> {
  const parsed = parseAgreement(candidate);
  if (!parsed.ok) return parsed;
  return { ...parsed, revision: await addRevision(db, parsed.agreement, now, source) };
}

export async function importAgreementText(db: HearthDb, text: string, now: number): Promise<ParseResult> {
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return parsed;
  await addRevision(db, parsed.agreement, now, 'import');
  return parsed;
}

async function addRevision(db: HearthDb, agreement: Agreement, now: number, source: RevisionSource) {
  // Revisions are ordered by effectiveAt; two edits in the same millisecond must still be ordered.
  return db.transaction('rw', db.agreementRevisions, async () => {
    const latest = await db.agreementRevisions.orderBy('effectiveAt').last();
    const effectiveAt = latest && latest.effectiveAt >= now ? latest.effectiveAt + 1 : now;
    const revision: AgreementRevision = { effectiveAt, source, agreement };
    revision.id = await db.agreementRevisions.add(revision);
    return revision;
  });
}
