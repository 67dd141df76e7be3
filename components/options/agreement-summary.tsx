import type { AgreementRevision } from '@/utils/db/hearth-db';
import { joinIsolated } from '@/utils/format/bidi-isolate';
import { formatCalendarDate, formatTimeOfDay, formatTimeRange, formatWeekdays } from '@/utils/format/agreement-format';
import { formatMinutes } from '@/utils/format/format-minutes';
import { t, uiLocale } from '../i18n';
import { dateTimeFormat } from '@/utils/format/intl-formats';
import { formatRecurrence } from '@/utils/format/format-recurrence';

/** A read-only view of the agreement in force; the full editor builds on it. */
export function AgreementSummary({ revision }: { revision: AgreementRevision }) {
  const { agreement } = revision;
  const locale = uiLocale();
  const since = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: agreement.household.timeZone }).format(revision.effectiveAt);
  const hours = (start: string, end: string) => formatTimeRange(start, end, locale) ?? t('wholeDay');
  return (
    <section id="agreement" class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summaryTitle')}</h2>
      <p class="muted">{t('summarySince', [since, String(revision.id)])}</p>
      <p>{t('summaryTimeZone', [agreement.household.timeZone])}</p>
      <h3>{t('summaryPartners')}</h3>
      <ul>
        {agreement.partners.map((partner) => (
          <li key={partner.id}>{partner.name}</li>
        ))}
      </ul>
      <h3>{t('summaryZones')}</h3>
      {agreement.zones.length === 0 && <p class="muted">{t('summaryNone')}</p>}
      <ul>
        {agreement.zones.map((zone) => (
          <li key={zone.id}>
            {zone.label}: {formatWeekdays(zone.days, locale)} {hours(zone.start, zone.end)} ({t(`zoneMode_${zone.mode}`)})
          </li>
        ))}
      </ul>
      {agreement.specialDays.length > 0 && (
        <>
          <h3>{t('summarySpecialDays')}</h3>
          <ul>
            {agreement.specialDays.map((day) => (
              <li key={day.id}>
                {day.label}: {formatCalendarDate(day.date, locale)} {day.start && day.end ? hours(day.start, day.end) : t('wholeDay')}
                {day.repeats === 'yearly' ? `, ${t('everyYear')}` : ''} ({t(`zoneMode_${day.mode}`)})
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('summaryRituals')}</h3>
      {agreement.rituals.length === 0 && <p class="muted">{t('summaryNone')}</p>}
      <ul>
        {agreement.rituals.map((ritual) => (
          <li key={ritual.id}>
            {ritual.label}: {formatRecurrence(ritual.recurrence, t, locale)}, {t('ritualWhen', [formatTimeOfDay(ritual.time, locale), formatMinutes(ritual.durationMinutes, locale)])}
            {ritual.protected ? ` (${t('protectedRitual')})` : ''}
          </li>
        ))}
      </ul>
      <h3>{t('summaryWorkSites', [String(agreement.workSites.length)])}</h3>
      <p class="muted">{agreement.workSites.length === 0 ? t('summaryNone') : joinIsolated([...new Set(agreement.workSites.map((site) => site.label ?? site.pattern))], ', ')}</p>
      <p>{t('summaryBudget', [formatMinutes(agreement.budget.weeklyAfterHoursMinutes, locale)])}</p>
      <p>{t('summaryOverridePolicy', [formatMinutes(agreement.overridePolicy.maxMinutes, locale), String(agreement.overridePolicy.perWeek)])}</p>
    </section>
  );
}
