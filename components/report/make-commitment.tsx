import { useState } from 'preact/hooks';
import { commitmentFromAnswer } from '@/utils/agreement/commitment-from-answer';
import { t } from '../i18n';
import type { CommitmentActions } from './report-commitments';

interface Props {
  /** A "what do we adjust" answer, as saved. */
  answer: string;
  actions: CommitmentActions;
  clock: () => number;
  /** A commitment was saved (or proposed): the list of open commitments reads again. */
  onDone: () => void;
}

/**
 * "What do we adjust" made a commitment in one step, through the editor's own save (so a linked
 * couple's save becomes a proposal there, and its answer is shown as it comes).
 */
export function MakeCommitment({ answer, actions, clock, onDone }: Props) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      const latest = await actions.latest();
      const next = latest && commitmentFromAnswer(latest.agreement, clock(), answer, t('checkinCommitmentSuccess'));
      if (!latest || !next) return setMessage({ error: true, text: t('checkinCommitmentFailed') });
      const reply = await actions.save(next, latest.id ?? null, t('checkinCommitmentNote'));
      setMessage(reply.ok ? { error: false, text: t(reply.outcome === 'proposed' ? 'reviewProposed' : 'checkinCommitmentMade') } : { error: true, text: t('checkinCommitmentFailed') });
      if (reply.ok) onDone();
    } catch {
      setMessage({ error: true, text: t('checkinCommitmentFailed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="make-commitment">
      <button type="button" disabled={busy} aria-label={t('checkinMakeCommitmentNamed', [answer])} onClick={() => void make()}>
        {t('checkinMakeCommitment')}
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {' '}
          {message.text}
        </span>
      )}
    </span>
  );
}
