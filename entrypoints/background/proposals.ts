import { t, uiLocale } from '@/components/i18n';
import { agreementDigest } from '@/utils/agreement/agreement-digest';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import { cleanRevisionNote } from '@/utils/agreement/revision-note';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadIdentity, ownerOf } from '@/utils/identity/identity';
import { loadLink } from '@/utils/link/link-store';
import type { LinkKind } from '@/utils/link/link-payloads';
import { AGREEMENT_CHANGED_CHANNEL, PROPOSALS_CHANGED_CHANNEL, type ProposalReply, type SaveReply } from '@/utils/messages';
import type { ProposalEvent } from '@/utils/proposals/proposal-receipts';
import {
  acceptProposal,
  adoptAccepted,
  allProposals,
  declineProposal,
  dismissProposal,
  propose,
  reapplyProposal,
  withdrawProposal,
} from '@/utils/proposals/proposal-store';
import { proposalView, type ProposalsView } from '@/utils/proposals/proposal-view';
import type { Clock } from './clock';
import type { MessageRouter } from './message-router';
import { clearProposalNotification, openProposalsOnClick, showProposalEvent } from './proposal-notifications';

export interface ProposalDeps {
  /** Re-derives the guard from the latest agreement (guard.ts). */
  refresh: () => Promise<void>;
  /** Seals a message for the partner and sends it soon (link.ts); false when not linked. */
  send: (kind: LinkKind, payload: unknown) => Promise<boolean>;
}

/**
 * The shared agreement changes by proposal while partners are linked (design decision 7): an edit
 * is sent, not saved; it applies on both sides only when the other accepts. Guarding reads only
 * the accepted revisions, here and in guard.ts, and never waits for any of this.
 */
export function setupProposals(db: HearthDb, router: MessageRouter, clock: Clock, deps: ProposalDeps) {
  const proposalsChanged = new BroadcastChannel(PROPOSALS_CHANGED_CHANNEL);
  const agreementChanged = new BroadcastChannel(AGREEMENT_CHANGED_CHANNEL);
  const told = async (agreementToo: boolean) => {
    if (agreementToo) {
      await deps.refresh();
      agreementChanged.postMessage(null);
    }
    proposalsChanged.postMessage(null);
  };
  // One local change to the proposals at a time: two clicks on accept never apply twice.
  let queue: Promise<unknown> = Promise.resolve();
  const one = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  /** This browser's partner id, when linked and known to the latest agreement: only then is an edit proposed. */
  async function linkedAs(): Promise<string | null> {
    const [link, identity, latest] = await Promise.all([loadLink(db), loadIdentity(db), latestAgreement(db)]);
    if (!link || !latest) return null;
    return ownerOf(latest.agreement, identity)?.id ?? null;
  }

  async function view(): Promise<ProposalsView> {
    const [me, latest, records] = await Promise.all([linkedAs(), latestAgreement(db), allProposals(db)]);
    const current = latest?.agreement;
    const digest = current && (await agreementDigest(current));
    return {
      partnerName: me === null ? null : (current?.partners.find((partner) => partner.id !== me)?.name ?? null),
      proposals: records.map((record) => proposalView(record, current, digest, uiLocale(), t)),
    };
  }

  /** Sends what a local action produced; a message that cannot be queued (unlinked meanwhile) is said so. */
  async function sent(kind: LinkKind, payloads: unknown[]): Promise<ProposalReply> {
    for (const payload of payloads) if (!(await deps.send(kind, payload))) return { ok: false, key: 'linkNotLinked' };
    return { ok: true };
  }

  router.handle('proposal:list', () => view());
  router.handle('proposal:accept', ({ id, onCurrent }) =>
    one(async (): Promise<ProposalReply> => {
      const me = await linkedAs();
      if (!me) return { ok: false, key: 'proposalNeedsIdentity' };
      const result = await acceptProposal(db, id, me, clock.now(), onCurrent);
      if (!result.ok) return result;
      await told(true);
      void clearProposalNotification(id);
      return sent('proposal-answer', [result.answer]);
    }),
  );
  router.handle('proposal:decline', ({ id, word }) =>
    one(async (): Promise<ProposalReply> => {
      const result = await declineProposal(db, id, cleanRevisionNote(word));
      if (!result.ok) return result;
      await told(false);
      void clearProposalNotification(id);
      return sent('proposal-answer', [result.answer]);
    }),
  );
  router.handle('proposal:withdraw', ({ id }) =>
    one(async (): Promise<ProposalReply> => {
      const result = await withdrawProposal(db, id);
      if (!result.ok) return result;
      await told(false);
      return sent('proposal', [result.payload]);
    }),
  );
  router.handle('proposal:reapply', ({ id }) =>
    one(async (): Promise<ProposalReply> => {
      const result = await reapplyProposal(db, id, clock.now());
      if (!result.ok) return result;
      await told(false);
      return sent('proposal', result.payloads);
    }),
  );
  router.handle('proposal:dismiss', ({ id }) =>
    one(async (): Promise<ProposalReply> => {
      const result = await dismissProposal(db, id);
      await told(false);
      return result.ok ? { ok: true } : { ok: false, key: 'proposalGone' };
    }),
  );
  router.handle('proposal:adopt', ({ id }) =>
    one(async (): Promise<ProposalReply> => {
      const result = await adoptAccepted(db, id, clock.now());
      if (result.ok) await told(true);
      return result;
    }),
  );
  openProposalsOnClick();

  return {
    /**
     * The linked path of `agreement:save`, `agreement:import` and `agreement:sample`: null when this
     * browser is not linked (or its partner is not chosen), and the change is stored as before; else
     * it is proposed and nothing in force changes. `'latest'`: on the revision current now.
     */
    async proposeIfLinked(agreement: unknown, basedOn: number | null | 'latest', note: unknown): Promise<SaveReply | null> {
      const me = await linkedAs();
      if (!me) return null;
      return one(async (): Promise<SaveReply> => {
        const cleanNote = cleanRevisionNote(note);
        // Read inside the queue, so a proposal accepted just before is the base, not a stale one.
        const base = basedOn === 'latest' ? ((await latestAgreement(db))?.id ?? null) : basedOn;
        const result = await propose(db, { candidate: agreement, basedOn: base, proposedBy: me, now: clock.now(), ...(cleanNote === undefined ? {} : { note: cleanNote }) });
        if (!result.ok) return 'newer' in result ? { ok: false, newer: { revision: result.newer.id!, agreement: result.newer.agreement } } : result;
        if (!(await deps.send('proposal', result.payload))) {
          await db.proposals.delete(result.record.id);
          return { ok: false, key: 'linkNotLinked' };
        }
        await told(false);
        return { ok: true, outcome: 'proposed' };
      });
    },
    /** What a proposal message from the partner did: told to the person, and guarded by when it changed the agreement. */
    onEvent(event: ProposalEvent) {
      void (async () => {
        await told(event.type === 'accepted' && event.applied);
        await showProposalEvent(db, event);
      })().catch((error) => console.error('Hearth could not show a proposal', error));
    },
  };
}

export type Proposals = ReturnType<typeof setupProposals>;
