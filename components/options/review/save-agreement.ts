import type { Agreement } from '@/utils/agreement/agreement-schema';
import { describeIssue } from '@/utils/agreement/agreement-issues';
import type { HearthMessage, SaveReply } from '@/utils/messages';
import { t } from '../../i18n';

/** `proposed`: linked, so it waits for the partner's answer; unlinked, it is in force at once. */
export type SaveOutcome = { ok: true; proposed: boolean } | { ok: false; text: string; details: string[] };

/**
 * Through the one save path the editor uses (`agreement:save`): a new revision, or a proposal to
 * the partner when linked. What the background answered is said in words, never swallowed.
 */
export async function saveAgreement(agreement: Agreement, basedOn: number | null, note: string): Promise<SaveOutcome> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'agreement:save', agreement, basedOn, ...(note.trim() ? { note } : {}) } satisfies HearthMessage)) as SaveReply;
    if (reply.ok) return { ok: true, proposed: reply.outcome === 'proposed' };
    if ('newer' in reply) return { ok: false, text: t('reviewStale', [String(reply.newer.revision)]), details: [] };
    if ('key' in reply) return { ok: false, text: t(reply.key), details: [] };
    return { ok: false, text: t('editorSaveFailed'), details: reply.issues.map((issue) => describeIssue(issue, t)) };
  } catch (error) {
    return { ok: false, text: t('editorSaveFailed'), details: [String(error)] };
  }
}
