import type { ProposalsView, ProposalView } from '@/utils/proposals/proposal-view';
import { t, uiLocale } from '../../i18n';
import { ProposalItem } from './proposal-item';
import { dateTimeFormat } from '@/utils/format/intl-formats';

/**
 * "Open proposals" (options.html#proposals): what the partner proposes, to accept or decline, and
 * what this browser proposed, waiting or answered (design decision 7).
 */
export function ProposalsSection({ view, timeZone, onReedit }: { view: ProposalsView; timeZone: string; onReedit: (proposal: ProposalView) => void }) {
  const when = dateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const partnerName = view.partnerName ?? t('proposalYourPartner');
  const theirs = view.proposals.filter((proposal) => !proposal.mine);
  const mine = view.proposals.filter((proposal) => proposal.mine);
  const list = (proposals: ProposalView[]) => (
    <ul class="proposals">
      {proposals.map((proposal) => (
        <ProposalItem key={proposal.id} proposal={proposal} partnerName={partnerName} when={when} onReedit={onReedit} />
      ))}
    </ul>
  );
  return (
    <section id="proposals" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('proposalsTitle')}</h2>
      <p class="muted">{t('proposalsIntro', [partnerName])}</p>
      {view.proposals.length === 0 && <p class="muted">{t('proposalsNone')}</p>}
      {theirs.length > 0 && (
        <section aria-labelledby="proposals-theirs">
          <h3 id="proposals-theirs">{t('proposalsTheirs', [partnerName])}</h3>
          {list(theirs)}
        </section>
      )}
      {mine.length > 0 && (
        <section aria-labelledby="proposals-mine">
          <h3 id="proposals-mine">{t('proposalsMine')}</h3>
          {list(mine)}
        </section>
      )}
    </section>
  );
}
