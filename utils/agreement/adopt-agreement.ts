import type { RevisionSource, HearthDb } from '../db/hearth-db';
import type { ImportReply, SaveReply } from '../messages';
import type { Agreement } from './agreement-schema';
import { saveAgreement } from './agreement-store';
import { parseAgreementText, type ParseResult } from './parse-agreement';

/** The linked path (entrypoints/background/proposals.ts): proposes the agreement, or null when not linked. */
export type ProposeInstead = (agreement: Agreement) => Promise<SaveReply | null>;

const notLinked: ProposeInstead = async () => null;

/**
 * A whole agreement from outside the editor — an imported file, the example — validated already.
 * While partners are linked it is proposed on the current revision like any edit (design
 * decision 7: no way in lets one partner change the shared agreement alone); unlinked it is stored
 * as the next revision. A refusal stores and proposes nothing.
 */
export async function adoptAgreement(
  db: HearthDb,
  parsed: ParseResult,
  source: RevisionSource,
  now: number,
  proposeInstead: ProposeInstead = notLinked,
): Promise<ImportReply> {
  if (!parsed.ok) return parsed;
  const proposed = await proposeInstead(parsed.agreement);
  // Proposed on whatever is current at that moment, so a newer revision can only be a race with a save.
  if (proposed) return 'newer' in proposed ? { ok: false, key: 'proposalOutdated' } : proposed;
  const saved = await saveAgreement(db, parsed.agreement, now, source);
  return saved.ok ? { ok: true, outcome: 'saved' } : saved;
}

/** An imported file's text: its size, JSON, an older format migrated, the schema — all before anything else. */
export function importAgreementText(db: HearthDb, text: string, now: number, proposeInstead?: ProposeInstead): Promise<ImportReply> {
  return adoptAgreement(db, parseAgreementText(text, now), 'import', now, proposeInstead);
}
