import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import type { ThanksRecord } from '@/utils/link/link-record';
import { t, uiLocale } from '../i18n';
import { readFailed } from '../read-failed';
import { dateTimeFormat } from '@/utils/format/intl-formats';

interface Props {
  db: HearthDb;
  /** Only notes received in [from, to), e.g. the report's week; all of them when left out. */
  from?: number;
  to?: number;
  title: string;
  headingLevel?: 2 | 3;
  /** The zone the times are written in: the household's in the report, whose week is household time. */
  timeZone?: string;
}

/**
 * Thank-you notes from the partner, newest first; each can be deleted for good. Kept current while
 * the page is open: one that arrives (the background writes it) shows without a reload.
 */
export function ReceivedThanks({ db, from = 0, to = Number.MAX_SAFE_INTEGER, title, headingLevel = 2, timeZone }: Props) {
  const [notes, setNotes] = useState<ThanksRecord[] | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => db.thanks.where('receivedAt').between(from, to, true, false).reverse().toArray()).subscribe({
      next: setNotes,
      error: readFailed,
    });
    return () => subscription.unsubscribe();
  }, [db, from, to]);
  if (!notes || notes.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h2';
  const when = dateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <section class="received-thanks" aria-labelledby="received-thanks-title">
      <Heading id="received-thanks-title">{title}</Heading>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            {/* Isolated (`dir`): a bidi override in the partner's text stays inside it, never turning the time or the button around. */}
            <q dir="auto">{note.text}</q> <span class="muted">{when.format(note.receivedAt)}</span>{' '}
            <button
              type="button"
              class="link"
              aria-label={t('linkThanksDeleteNamed', [note.text])}
              onClick={() => void db.thanks.delete(note.id!).catch(readFailed)}
            >
              {t('linkThanksDelete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
