import type { Recurrence } from '../agreement/agreement-schema';
import type { Translate } from '../i18n/translate';
import { formatWeekday, formatWeekdays } from './agreement-format';

/** When a ritual comes round, in the reader's words: "every day", "Monday and Thursday", "the last Friday of the month". */
export function formatRecurrence(rule: Recurrence, t: Translate, locale: string): string {
  if (rule.kind === 'daily') return t('recurrenceDaily');
  if (rule.kind === 'weekly') return formatWeekdays(rule.days, locale);
  return t(`recurrenceMonthly_${rule.week === -1 ? 'last' : rule.week}`, [formatWeekday(rule.day, locale)]);
}
