import type { ComponentChildren } from 'preact';
import { formatDay } from '@/utils/format/format-day';
import { formatDuration } from '@/utils/format/format-duration';
import type { SharedCheckIn } from '@/utils/link/shared-check-in';
import { CHECK_IN_PROMPTS, type CheckInPrompt } from '@/utils/report/check-in-answers';
import type { CheckInTogether as Together } from '@/utils/report/check-in-together';
import type { ReportDay } from '@/utils/report/weekly-report';
import { t } from '../i18n';
import { TableScroll } from './table-scroll';

const MINUTE = 60_000;
const PROMPT_KEYS: Record<CheckInPrompt, string> = {
  stretched: 'checkinPromptStretched',
  celebrate: 'checkinPromptCelebrate',
  adjust: 'checkinPromptAdjust',
};

interface Props {
  together: Together;
  days: readonly ReportDay[];
  locale: string;
  /** What goes beside the partner's "what do we adjust" (a button making it a commitment). */
  adjustAction?: (answer: string) => ComponentChildren;
}

/**
 * Both partners' answers and shared figures side by side, as one table: a screen reader reads each
 * row with its question and each cell with whose it is, and it prints as it stands.
 */
export function CheckInTogether({ together, days, locale, adjustAction }: Props) {
  if (together.kind === 'unlinked') return null;
  if (together.kind === 'not-shared') {
    return (
      <section aria-labelledby="together-title" class="together">
        <h2 id="together-title">{t('checkinTogetherTitle')}</h2>
        <p class="muted">{t('checkinTogetherNotShared')}</p>
      </section>
    );
  }
  const { mine, theirs } = together;
  const duration = (minutes: number) => formatDuration(minutes * MINUTE, locale);
  const notShared = <span class="muted">{t('checkinTogetherNotSharedCell')}</span>;
  const answer = (side: SharedCheckIn | null, prompt: CheckInPrompt, action?: boolean) => {
    if (!side) return '—';
    const text = side.answers?.[prompt] ?? '';
    if (text === '') return <span class="muted">{t('checkinTogetherNotAnswered')}</span>;
    return (
      <>
        <p class="answer">{text}</p>
        {action && adjustAction?.(text)}
      </>
    );
  };
  const figure = (side: SharedCheckIn | null, value: (side: SharedCheckIn) => string | null) => {
    if (!side) return '—';
    return value(side) ?? notShared;
  };
  const rows: Array<[string, (side: SharedCheckIn) => string | null]> = [
    [t('figuresAfterHours'), (side) => side.afterHours ? t('checkinTogetherAfterHoursValue', [duration(side.afterHours.usedMinutes), duration(side.afterHours.budgetMinutes)]) : null],
    [t('figuresQuiet'), (side) => side.quietEvenings ? t('figuresOf', [String(side.quietEvenings.quiet), String(side.quietEvenings.of)]) : null],
    [t('checkinTogetherRituals'), (side) => side.ritualsKept ? t('figuresOf', [String(side.ritualsKept.kept), String(side.ritualsKept.of)]) : null],
    [
      t('checkinTogetherStretch'),
      (side) =>
        side.stretch
          ? side.stretch.map((level, index) => t('checkinTogetherStretchDay', [days[index] ? formatDay(days[index].date, locale) : String(index + 1), level === null ? '—' : t('daysStretchLevel', [String(level)])])).join(' · ')
          : null,
    ],
  ];
  return (
    <section aria-labelledby="together-title" class="together">
      <h2 id="together-title">{t('checkinTogetherTitle')}</h2>
      <p class="muted">{t('checkinTogetherIntro')}</p>
      {!theirs && <p role="status">{t('checkinTogetherNotYet')}</p>}
      <TableScroll labelledBy="together-title">
        <table class="side-by-side">
          <thead>
            <tr>
              <th scope="col">{t('checkinTogetherAbout')}</th>
              <th scope="col">{t('checkinTogetherYou')}</th>
              <th scope="col">{t('checkinTogetherPartner')}</th>
            </tr>
          </thead>
          <tbody>
            {CHECK_IN_PROMPTS.map((prompt) => (
              <tr key={prompt}>
                <th scope="row">{t(PROMPT_KEYS[prompt])}</th>
                <td>{answer(mine, prompt)}</td>
                <td>{answer(theirs, prompt, prompt === 'adjust')}</td>
              </tr>
            ))}
            {rows.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{figure(mine, value)}</td>
                <td>{figure(theirs, value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
