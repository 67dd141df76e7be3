import { endsNextDay } from '@/utils/schedule/ends-next-day';
import { t } from '../../i18n';

/** Under an end time before its start: that it means the next day, not a mistake. */
export const nextDayHint = (start: string, end: string): string | undefined => (endsNextDay(start, end) ? t('editorEndsNextDay') : undefined);

/** Under the end of a zone or special day, where ending at midnight is common: how to write it. */
export const endTimeHint = (start: string, end: string): string => nextDayHint(start, end) ?? t('editorEndMidnightHint');
