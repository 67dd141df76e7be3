import type { HearthDb, AgreementRevision, RevisionMeta, RevisionSource } from '../db/hearth-db';
import type { Agreement } from './agreement-schema';
import { parseAgreement, type ParseResult } from './parse-agreement';
import { revisionTimeline } from './revision-timeline';

/**
 * The revision in force at `instant`: the latest saved one that took effect at or before it (see
 * revision-timeline.ts for why saves, not clocks, order revisions). Only revisions saved after the
 * latest-by-time candidate are scanned, normally none.
 */
export async function agreementInForceAt(db: HearthDb, instant: number): Promise<AgreementRevision | undefined> {
  const byTime = await db.agreementRevisions.where('effectiveAt').belowOrEqual(instant).last();
  if (byTime === undefined) return undefined;
  const savedLater = await db.agreementRevisions
    .where(':id')
    .above(byTime.id!)
    .filter((revision) => revision.effectiveAt <= instant)
    .last();
  return savedLater ?? byTime;
}

/** The last saved revision: what the editor shows, and what is in force from now on. */
export async function latestAgreement(db: HearthDb): Promise<AgreementRevision | undefined> {
  return db.agreementRevisions.orderBy(':id').last();
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
  // Any revision that supersedes one of `later` was saved after it and took effect before it:
  // at or before `from` (then it is `atStart` or older, so `later` ones saved before `atStart`
  // are dropped) or within the span (then it is among `later` itself).
  return atStart ? revisionTimeline([atStart, ...later.filter((revision) => revision.id! > atStart.id!)]) : revisionTimeline(later);
}

/** The whole timeline: every revision that is in force at some moment, in order. */
export async function allRevisions(db: HearthDb): Promise<AgreementRevision[]> {
  return revisionTimeline(await db.agreementRevisions.toArray());
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

async function addRevision(db: HearthDb, agreement: Agreement, now: number, source: RevisionSource, basedOn?: number | null, meta: RevisionMeta = {}) {
  // A save takes effect at its own clock, never later: a revision saved while the clock was ahead
  // must not hold back this one (revision-timeline.ts). Two saves in the same millisecond are
  // ordered by their ids.
  return db.transaction('rw', db.agreementRevisions, async (): Promise<AgreementRevision | StaleEdit> => {
    const latest = await latestAgreement(db);
    // Checked in the same transaction as the write, so two saves cannot both pass it.
    if (basedOn !== undefined && latest && latest.id !== basedOn) return { ok: false, newer: latest };
    // Only the meta fields given: an absent note is no field, not `note: undefined`.
    const given = Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
    const revision: AgreementRevision = { effectiveAt: now, source, agreement, ...given };
    revision.id = await db.agreementRevisions.add(revision);
    return revision;
  });
}
