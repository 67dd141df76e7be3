import { t } from '@/components/i18n';
import type { HearthDb } from '@/utils/db/hearth-db';
import { saveAgreement } from '@/utils/agreement/agreement-store';
import { adoptAgreement, importAgreementText } from '@/utils/agreement/adopt-agreement';
import { parseAgreement } from '@/utils/agreement/parse-agreement';
import { sampleAgreement } from '@/utils/agreement/sample-agreement';
import { AGREEMENT_CHANGED_CHANNEL, type ImportReply, type SaveReply } from '@/utils/messages';
import type { MessageRouter } from './message-router';
import { cleanRevisionNote } from '@/utils/agreement/revision-note';

/**
 * The linked path of a change (proposals.ts): null to store it as usual. `'latest'`: a whole
 * document from outside the editor, proposed on whatever revision is current then.
 */
type ProposeIfLinked = (agreement: unknown, basedOn: number | null | 'latest', note: unknown) => Promise<SaveReply | null>;

/**
 * Every agreement change goes through the background, so the guard re-derives right after it.
 * While partners are linked a change is proposed instead (design decision 7) — an edit, an
 * imported file and the example alike; the reply says which, so every caller (the editor, the
 * review page, the import) goes through these messages.
 */
export function setupAgreementMessages(db: HearthDb, router: MessageRouter, refresh: () => Promise<void>, proposeIfLinked: ProposeIfLinked) {
  const changed = new BroadcastChannel(AGREEMENT_CHANGED_CHANNEL);
  const stored = async () => {
    await refresh();
    changed.postMessage(null);
  };
  /** The note of a proposal made from a whole document says where it came from; the person's own words are for edits. */
  const proposedAs = (note: string) => (agreement: unknown) => proposeIfLinked(agreement, 'latest', note);
  const told = async (reply: ImportReply) => {
    if (reply.ok && reply.outcome === 'saved') await stored();
    return reply;
  };

  router.handle('agreement:import', async ({ text }) => told(await importAgreementText(db, text, Date.now(), proposedAs(t('proposalNoteImported')))));
  router.handle('agreement:sample', async () => {
    const now = Date.now();
    return told(await adoptAgreement(db, parseAgreement(sampleAgreement(now, t)), 'sample', now, proposedAs(t('proposalNoteSample'))));
  });
  router.handle('agreement:save', async ({ agreement, basedOn, note }): Promise<SaveReply> => {
    // A save that does not say which revision it began from could overwrite blindly: it counts as stale.
    const claim = typeof basedOn === 'number' || basedOn === null ? basedOn : -1;
    const proposed = await proposeIfLinked(agreement, claim, note);
    if (proposed) return proposed;
    const result = await saveAgreement(db, agreement, Date.now(), 'edit', claim, { note: cleanRevisionNote(note) });
    if ('newer' in result) return { ok: false, newer: { revision: result.newer.id!, agreement: result.newer.agreement } };
    if (!result.ok) return result;
    await stored();
    return { ok: true, outcome: 'saved' };
  });
}
