import { useEffect, useState } from 'preact/hooks';
import { allRevisions } from '@/utils/agreement/agreement-store';
import { revisionHistory, type HistoryEntry } from '@/utils/agreement/revision-history';
import type { AgreementRevision, HearthDb } from '@/utils/db/hearth-db';
import { t, uiLocale } from '../i18n';
import { readFailed } from '../read-failed';
import { dateTimeFormat } from '@/utils/format/intl-formats';

const partnerName = (revision: AgreementRevision, id: string) => revision.agreement.partners.find((partner) => partner.id === id)?.name ?? id;

/** Every revision, newest first: when, who, what changed in the couple's words, and why. */
export function AgreementHistory({ db, latest }: { db: HearthDb; latest: AgreementRevision }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    void allRevisions(db).then((revisions) => setEntries(revisionHistory(revisions, uiLocale(), t).reverse()), readFailed);
  }, [latest.id]);
  const when = dateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: latest.agreement.household.timeZone });

  return (
    <section id="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      {entries === null ? (
        <p class="muted">{t('optionsLoading')}</p>
      ) : (
        <ol class="history">
          {entries.map((entry) => (
            <li key={entry.id ?? entry.effectiveAt}>
              <h3>
                {when.format(entry.effectiveAt)} · {t(`historySource_${entry.source}`)}
                {entry.proposedBy && ` · ${t('historyProposedBy', [partnerName(latest, entry.proposedBy)])}`}
                {entry.acceptedBy && ` · ${t('historyAcceptedBy', [partnerName(latest, entry.acceptedBy)])}`}
              </h3>
              {entry.note && <p class="history-note">{t('historyNote', [entry.note])}</p>}
              {entry.changes.length > 0 ? (
                <ul>
                  {entry.changes.map((change, index) => (
                    <li key={index}>{change}</li>
                  ))}
                </ul>
              ) : (
                <p class="muted">{t(entry === entries.at(-1) ? 'historyFirst' : 'historyNoChange')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
