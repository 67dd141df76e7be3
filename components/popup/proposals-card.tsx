import { useEffect, useState } from 'preact/hooks';
import { PROPOSALS_CHANGED_CHANNEL } from '@/utils/messages';
import type { ProposalView } from '@/utils/proposals/proposal-view';
import { t } from '../i18n';
import { request } from './request';

const openProposals = () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#proposals') });

/**
 * "Sam proposes a change": each proposal waiting for this person, with its changes in words. A
 * current one can be accepted here; declining (with a word) and outdated ones go to the options page.
 */
export function ProposalsCard() {
  const [waiting, setWaiting] = useState<ProposalView[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const read = () =>
    void request({ type: 'proposal:list' }).then(
      (view) => setWaiting(view.proposals.filter((proposal) => !proposal.mine && proposal.state === 'open')),
      (error) => console.error('Hearth popup could not read the proposals', error),
    );
  useEffect(() => {
    read();
    const changed = new BroadcastChannel(PROPOSALS_CHANGED_CHANNEL);
    changed.onmessage = read;
    return () => changed.close();
  }, []);
  if (waiting.length === 0) return null;

  const accept = async (id: string) => {
    setFailure(null);
    const reply = await request({ type: 'proposal:accept', id, onCurrent: false });
    if (!reply.ok) setFailure(t(reply.key));
  };
  return (
    <section class="card proposals-card" aria-labelledby="proposals-card-title">
      <h2 id="proposals-card-title">{t('popupProposalsTitle')}</h2>
      {waiting.map((proposal) => (
        <article key={proposal.id} aria-label={t('proposalArrivedTitle', [proposal.from])}>
          <p>{t('proposalArrivedTitle', [proposal.from])}</p>
          <ul>
            {proposal.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          {proposal.note && <p class="muted">{t('proposalNoteLine', [proposal.note])}</p>}
          {proposal.outdated && <p class="muted">{t('popupProposalOutdated')}</p>}
          {!proposal.outdated && (
            <button type="button" class="primary" onClick={() => void accept(proposal.id)}>
              {t('proposalAccept')}
            </button>
          )}
        </article>
      ))}
      {failure && <p role="alert">{failure}</p>}
      <button type="button" onClick={openProposals}>
        {t('popupProposalsOpen')}
      </button>
    </section>
  );
}
