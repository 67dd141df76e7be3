import type { HearthDb, AgreementRevision, RevisionMeta, RevisionSource } from '../db/hearth-db';
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

type SaveResult = ParseResult & { revision?: AgreementRevision };

/** An edit begun on one revision, refused because another was stored since: it would silently replace that one. */
export interface StaleEdit {
  ok: false;
  newer: AgreementRevision;
}

/**
 * Stores a new revision, validating again even if the caller did: this is the only way in, so a
 * malformed agreement can never be stored. On any issue nothing is written. An edit says which
 * revision it began from (`basedOn`, null when there was none); if the latest is another one, it
 * is refused as stale.
 */
export async function saveAgreement(db: HearthDb, candidate: unknown, now: number, source: RevisionSource): Promise<SaveResult>;
export async function saveAgreement(
  db: HearthDb,
  candidate: unknown,
  now: number,
  source: RevisionSource,
  basedOn: number | null | undefined,
  meta?: RevisionMeta,
): Promise<SaveResult | StaleEdit>;
export async function saveAgreement(
  db: HearthDb,
  candidate: unknown,
  now: number,
  source: RevisionSource,
  basedOn?: number | null,
  meta: RevisionMeta = {},
): Promise<SaveResult | StaleEdit> {
  const parsed = parseAgreement(candidate);
  if (!parsed.ok) return parsed;
  const stored = await addRevision(db, parsed.agreement, now, source, basedOn, meta);
  return 'newer' in stored ? stored : { ...parsed, revision: stored };
}

export async function importAgreementText(db: HearthDb, text: string, now: number): Promise<ParseResult> {
  const parsed = parseAgreementText(text, now);
  if (!parsed.ok) return parsed;
  await addRevision(db, parsed.agreement, now, 'import');
  return parsed;
}

async function addRevision(db: HearthDb, agreement: Agreement, now: number, source: RevisionSource, basedOn?: number | null, meta: RevisionMeta = {}) {
  // Revisions are ordered by effectiveAt; two edits in the same millisecond must still be ordered.
  return db.transaction('rw', db.agreementRevisions, async (): Promise<AgreementRevision | StaleEdit> => {
    const latest = await db.agreementRevisions.orderBy('effectiveAt').last();
    // Checked in the same transaction as the write, so two saves cannot both pass it.
    if (basedOn !== undefined && latest && latest.id !== basedOn) return { ok: false, newer: latest };
    const effectiveAt = latest && latest.effectiveAt >= now ? latest.effectiveAt + 1 : now;
    // Only the meta fields given: an absent note is no field, not `note: undefined`.
    const given = Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
    const revision: AgreementRevision = { effectiveAt, source, agreement, ...given };
    revision.id = await db.agreementRevisions.add(revision);
    return revision;
  });
}
