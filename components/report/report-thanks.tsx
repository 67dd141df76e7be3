import { formatWeekdayTime } from '@/utils/format/format-day';
import { t } from '../i18n';

interface Props {
  thanks: ReadonlyArray<{ text: string; receivedAt: number }>;
  timeZone: string;
  locale: string;
}

/** The partner's thank-yous of the week open the report: the conversation starts with what was appreciated. */
export function ReportThanks({ thanks, timeZone, locale }: Props) {
  if (thanks.length === 0) return null;
  return (
    <section aria-labelledby="thanks-title" class="thanks-week">
      <h2 id="thanks-title">{t('reportThanksTitle')}</h2>
      <ul>
        {thanks.map((note) => (
          <li key={note.receivedAt}>
            <blockquote>{note.text}</blockquote>
            <span class="muted">{formatWeekdayTime(note.receivedAt, timeZone, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
