import type { HearthDb } from '@/utils/db/hearth-db';
import { importAgreementText, saveAgreement } from '@/utils/agreement/agreement-store';
import { SAMPLE_AGREEMENT } from '@/utils/agreement/sample-agreement';
import { AGREEMENT_CHANGED_CHANNEL, type ImportReply, type SaveReply } from '@/utils/messages';
import type { ParseResult } from '@/utils/agreement/parse-agreement';
import type { MessageRouter } from './message-router';
import { cleanRevisionNote } from '@/utils/agreement/revision-note';

/** The linked path of a save (proposals.ts): null to save as usual. */
type ProposeIfLinked = (agreement: unknown, basedOn: number | null, note: unknown) => Promise<SaveReply | null>;

/**
 * Every agreement change goes through the background, so the guard re-derives right after it.
 * While partners are linked an edit is proposed instead (design decision 7); the reply says which,
 * so every caller (the editor, the review page) goes through this one message.
 */
export function setupAgreementMessages(db: HearthDb, router: MessageRouter, refresh: () => Promise<void>, proposeIfLinked: ProposeIfLinked) {
  const changed = new BroadcastChannel(AGREEMENT_CHANGED_CHANNEL);
  const after = async (result: ParseResult): Promise<ImportReply> => {
    if (!result.ok) return { ok: false, issues: result.issues };
    await refresh();
    changed.postMessage(null);
    return { ok: true };
  };
  router.handle('agreement:import', async ({ text }) => after(await importAgreementText(db, text, Date.now())));
  router.handle('agreement:save', async ({ agreement, basedOn, note }): Promise<SaveReply> => {
    // A save that does not say which revision it began from could overwrite blindly: it counts as stale.
    const claim = typeof basedOn === 'number' || basedOn === null ? basedOn : -1;
    const proposed = await proposeIfLinked(agreement, claim, note);
    if (proposed) return proposed;
    const result = await saveAgreement(db, agreement, Date.now(), 'edit', claim, { note: cleanRevisionNote(note) });
    if ('newer' in result) return { ok: false, newer: { revision: result.newer.id!, agreement: result.newer.agreement } };
    const reply = await after(result);
    return reply.ok ? { ok: true, outcome: 'saved' } : reply;
  });
  router.handle('agreement:sample', async () => after(await saveAgreement(db, SAMPLE_AGREEMENT, Date.now(), 'sample')));
}
