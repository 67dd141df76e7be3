import type { AgreementRevision } from '../db/hearth-db';
import type { Translate } from '../i18n/translate';
import { describeChanges } from './changes/describe-changes';

/** One revision as the history tells it: when, how it came, who, what changed in words, and why. */
export interface HistoryEntry {
  id?: number;
  effectiveAt: number;
  source: AgreementRevision['source'];
  proposedBy?: string;
  acceptedBy?: string;
  note?: string;
  /** Compared with the revision before; the first revision has none (it is where the history starts). */
  changes: string[];
}

/** The history of every revision, oldest first; `revisions` must be sorted by effectiveAt. */
export function revisionHistory(revisions: readonly AgreementRevision[], locale: string, t: Translate): HistoryEntry[] {
  return revisions.map((revision, index) => {
    const before = revisions[index - 1];
    const { id, effectiveAt, source, proposedBy, acceptedBy, note } = revision;
    return {
      ...(id === undefined ? {} : { id }),
      effectiveAt,
      source,
      ...(proposedBy === undefined ? {} : { proposedBy }),
      ...(acceptedBy === undefined ? {} : { acceptedBy }),
      ...(note === undefined ? {} : { note }),
      changes: before ? describeChanges(before.agreement, revision.agreement, locale, t) : [],
    };
  });
}
