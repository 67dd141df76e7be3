import { useEffect, useState } from 'preact/hooks';
import { carryCommitment, markCommitmentDone, openCommitments } from '@/utils/agreement/commitment-edits';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import type { SaveReply } from '@/utils/messages';
import { t } from '../i18n';

export interface CommitmentActions {
  /** The latest revision: commitments are checked on as they stand now, whatever week is shown. */
  latest: () => Promise<AgreementRevision | undefined>;
  /** Saves through the editor's path: a new revision, refused when another was stored since `basedOn`. */
  save: (agreement: Agreement, basedOn: number | null, note: string) => Promise<SaveReply>;
}

/** The open commitments for the check-in: each can be marked done or carried to a new date. */
export function ReportCommitments({ actions, locale }: { actions: CommitmentActions; locale: string }) {
  const [revision, setRevision] = useState<AgreementRevision | undefined>();
  const [carryTo, setCarryTo] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const load = async () => setRevision(await actions.latest());
  useEffect(() => void load(), []);
  // A couple who keep no commitments in Hearth get no empty section about them.
  if (!revision || revision.agreement.commitments.length === 0) return null;
  const open = openCommitments(revision.agreement);
  const name = (who: string) => (who === 'both' ? t('commitmentBoth') : (revision.agreement.partners.find((p) => p.id === who)?.name ?? who));

  const apply = async (next: Agreement, note: string, done: string) => {
    try {
      const reply = await actions.save(next, revision.id ?? null, note);
      // Linked, the save is a proposal: saying "done" would claim what the partner has not accepted yet.
      setMessage(reply.ok ? { error: false, text: reply.outcome === 'proposed' ? t('reviewProposed') : done } : { error: true, text: t('reportCommitmentNotSaved') });
    } catch {
      setMessage({ error: true, text: t('reportCommitmentNotSaved') });
    }
    await load();
  };

  return (
    <section aria-labelledby="commitments-title">
      <h2 id="commitments-title">{t('reportCommitmentsTitle')}</h2>
      {open.length === 0 ? (
        <p class="muted">{t('reportCommitmentsNone')}</p>
      ) : (
        <ul class="commitments">
          {open.map((item) => (
            <li key={item.id}>
              <p>
                <strong>{item.what}</strong> — {t('reportCommitmentWhoBy', [name(item.who), formatCalendarDate(item.by, locale)])}
              </p>
              <p class="muted">{t('reportCommitmentSuccess', [item.success])}</p>
              <div class="row">
                <button type="button" aria-label={t('reportCommitmentDoneNamed', [item.what])} onClick={() => void apply(markCommitmentDone(revision.agreement, item.id), t('reportCommitmentDoneNote', [item.what]), t('reportCommitmentMarkedDone'))}>
                  {t('reportCommitmentDone')}
                </button>
                <input
                  type="date"
                  aria-label={t('reportCommitmentCarryDate', [item.what])}
                  min={item.by}
                  value={carryTo[item.id] ?? ''}
                  onInput={(event) => setCarryTo({ ...carryTo, [item.id]: event.currentTarget.value })}
                />
                <button
                  type="button"
                  aria-label={t('reportCommitmentCarryNamed', [item.what])}
                  disabled={!carryTo[item.id]}
                  onClick={() => void apply(carryCommitment(revision.agreement, item.id, carryTo[item.id]!), t('reportCommitmentCarryNote', [item.what]), t('reportCommitmentCarried'))}
                >
                  {t('reportCommitmentCarry')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
