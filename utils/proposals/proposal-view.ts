import { describeIssue } from '../agreement/agreement-issues';
import type { Agreement } from '../agreement/agreement-schema';
import { describeChanges } from '../agreement/changes/describe-changes';
import { describeConflicts, rebaseProposal } from '../agreement/rebase-proposal';
import type { Translate } from '../i18n/translate';
import type { ProposalRecord } from './proposal-record';

/** One proposal as the popup and the options page show it: plain data, words already in the reader's language. */
export interface ProposalView {
  id: string;
  mine: boolean;
  /** The proposer's name as the agreement knows it. */
  from: string;
  sentAt: number;
  note?: string;
  /** What it changes on its base, in the couple's own words. */
  changes: string[];
  state: ProposalRecord['state'];
  word?: string;
  /**
   * null: made on the agreement in force here. Otherwise it is outdated: `clean` when it can be
   * re-applied on the current agreement in one step; else the conflicts in words, and `draft` (the
   * current agreement with the rest of its changes) to re-edit from.
   */
  outdated: null | { clean: true } | { clean: false; conflicts: string[]; draft: Agreement };
}

export interface ProposalsView {
  /** The partner's name while linked and this browser's partner is known; else null (edits are saved, not proposed). */
  partnerName: string | null;
  proposals: ProposalView[];
}

const nameIn = (agreements: (Agreement | undefined)[], id: string) =>
  agreements.flatMap((agreement) => agreement?.partners ?? []).find((partner) => partner.id === id)?.name ?? id;

/** `current`/`currentDigest`: the latest revision here, or none. */
export function proposalView(record: ProposalRecord, current: Agreement | undefined, currentDigest: string | undefined, locale: string, t: Translate): ProposalView {
  const view: ProposalView = {
    id: record.id,
    mine: record.mine,
    from: nameIn([current, record.proposed], record.proposedBy),
    sentAt: record.sentAt,
    ...(record.note === undefined ? {} : { note: record.note }),
    changes: describeChanges(record.base, record.proposed, locale, t),
    state: record.state,
    ...(record.word === undefined ? {} : { word: record.word }),
    outdated: null,
  };
  if (record.state !== 'open' || !current || currentDigest === record.baseDigest) return view;
  const rebased = rebaseProposal(record.base, record.proposed, current);
  view.outdated = rebased.ok
    ? { clean: true }
    : { clean: false, conflicts: [...describeConflicts(rebased.conflicts, t), ...rebased.issues.map((issue) => describeIssue(issue, t))], draft: rebased.partial };
  return view;
}
