import type { Agreement } from '@/utils/agreement/agreement-schema';
import { ritualsToIcs } from '@/utils/calendar/rituals-to-ics';
import { t } from '../i18n';
import { downloadFile } from '../download-file';

/** Offers the agreement's rituals as an iCalendar file for the couple's calendar apps. */
export function downloadRitualCalendar(agreement: Agreement, now: number): void {
  const text = ritualsToIcs(agreement, now, {
    calendarName: t('ritualCalendarName'),
    protectedNote: t('ritualCalendarProtected'),
    openNote: t('ritualCalendarOpen'),
  });
  downloadFile(text, 'text/calendar', 'hearth-rituals.ics');
}
