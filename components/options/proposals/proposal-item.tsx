import { useState } from 'preact/hooks';
import type { HearthMessage, ProposalReply } from '@/utils/messages';
import type { ProposalView } from '@/utils/proposals/proposal-view';
import { REVISION_NOTE_MAX } from '@/utils/agreement/revision-note';
import { t } from '../../i18n';

const act = (message: HearthMessage) => browser.runtime.sendMessage(message) as Promise<ProposalReply>;

interface Props {
  proposal: ProposalView;
  partnerName: string;
  when: Intl.DateTimeFormat;
  /** Re-edit an outdated proposal: it is closed (withdrawn or declined) and its draft goes to the editor. */
  onReedit: (proposal: ProposalView) => void;
}

/** One proposal, either way: its changes in words, its note, and what can be done with it now. */
export function ProposalItem({ proposal, partnerName, when, onReedit }: Props) {
  const [word, setWord] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (message: HearthMessage, after?: () => void) => {
    setBusy(true);
    setFailure(null);
    try {
      const reply = await act(message);
      if (!reply.ok) return setFailure(t(reply.key));
      after?.();
    } catch (error) {
      setFailure(String(error));
    } finally {
      setBusy(false);
    }
  };
  const { id, outdated } = proposal;
  const title = proposal.mine ? t('proposalMineTitle', [when.format(proposal.sentAt)]) : t('proposalTheirsTitle', [proposal.from, when.format(proposal.sentAt)]);
  const reedit = () => void run(proposal.mine ? { type: 'proposal:withdraw', id } : { type: 'proposal:decline', id }, () => onReedit(proposal));

  return (
    <li class="proposal">
      <article aria-label={title}>
        <h4>{title}</h4>
        <ul class="proposal-changes">
          {proposal.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
        {proposal.note && <p class="history-note">{t('historyNote', [proposal.note])}</p>}
        {proposal.state === 'declined' && (
          <p class="status error" role="status">
            {proposal.word ? t('proposalDeclinedWith', [partnerName, proposal.word]) : t('proposalDeclinedBy', [partnerName])}
          </p>
        )}
        {proposal.state === 'diverged' && (
          <p class="status" role="status">
            {t('proposalDivergedTitle', [partnerName])}. {t('proposalDivergedExplain')}
          </p>
        )}
        {outdated && (
          <div class="status" role="status">
            <p>{outdated.clean ? t('proposalOutdatedClean') : t('proposalOutdatedConflicts')}</p>
            {!outdated.clean && (
              <ul>
                {outdated.conflicts.map((conflict) => (
                  <li key={conflict}>{conflict}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {proposal.state === 'open' && !proposal.mine && !outdated && <p class="muted">{t('proposalAppliesOnBoth')}</p>}
        {proposal.state === 'open' && proposal.mine && !outdated && <p class="muted">{t('proposalWaiting', [partnerName])}</p>}
        <div class="toolbar">
          {proposal.state === 'open' && !proposal.mine && (
            <>
              {!outdated && (
                <button type="button" class="primary" disabled={busy} onClick={() => void run({ type: 'proposal:accept', id, onCurrent: false })}>
                  {t('proposalAccept')}
                </button>
              )}
              {outdated?.clean && (
                <button type="button" class="primary" disabled={busy} onClick={() => void run({ type: 'proposal:accept', id, onCurrent: true })}>
                  {t('proposalAcceptOnCurrent')}
                </button>
              )}
              {outdated && !outdated.clean && (
                <button type="button" disabled={busy} onClick={reedit}>
                  {t('proposalReedit')}
                </button>
              )}
              <input
                type="text"
                maxLength={REVISION_NOTE_MAX}
                aria-label={t('proposalDeclineWordLabel')}
                placeholder={t('proposalDeclineWordPlaceholder')}
                value={word}
                onInput={(event) => setWord(event.currentTarget.value)}
              />
              <button type="button" disabled={busy} onClick={() => void run({ type: 'proposal:decline', id, ...(word.trim() ? { word } : {}) })}>
                {t('proposalDecline')}
              </button>
            </>
          )}
          {proposal.state === 'open' && proposal.mine && (
            <>
              {outdated?.clean && (
                <button type="button" class="primary" disabled={busy} onClick={() => void run({ type: 'proposal:reapply', id })}>
                  {t('proposalReapply')}
                </button>
              )}
              {outdated && !outdated.clean && (
                <button type="button" class="primary" disabled={busy} onClick={reedit}>
                  {t('proposalReedit')}
                </button>
              )}
              <button type="button" disabled={busy} onClick={() => void run({ type: 'proposal:withdraw', id })}>
                {t('proposalWithdraw')}
              </button>
            </>
          )}
          {proposal.state === 'diverged' && (
            <button type="button" class="primary" disabled={busy} onClick={() => void run({ type: 'proposal:adopt', id })}>
              {t('proposalAdopt', [partnerName])}
            </button>
          )}
          {proposal.state !== 'open' && (
            <button type="button" disabled={busy} onClick={() => void run({ type: 'proposal:dismiss', id })}>
              {t('proposalDismiss')}
            </button>
          )}
        </div>
        {failure && (
          <p class="status error" role="alert">
            {failure}
          </p>
        )}
      </article>
    </li>
  );
}
