import type { AgreementRevision } from '@/utils/db/hearth-db';
import { formatCalendarDate, formatTimeOfDay, formatTimeRange, formatWeekdays } from '@/utils/format/agreement-format';
import { formatMinutes } from '@/utils/format/format-minutes';
import { t, uiLocale } from '../i18n';

/** A read-only view of the agreement in force; the full editor builds on it. */
export function AgreementSummary({ revision }: { revision: AgreementRevision }) {
  const { agreement } = revision;
  const locale = uiLocale();
  const since = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(revision.effectiveAt);
  const hours = (start: string, end: string) => formatTimeRange(start, end, locale) ?? t('wholeDay');
  return (
    <div>
      <p class="muted">{t('summarySince', [since, String(revision.id)])}</p>
      <p>{t('summaryTimeZone', [agreement.household.timeZone])}</p>
      <h2>{t('summaryPartners')}</h2>
      <ul>
        {agreement.partners.map((partner) => (
          <li key={partner.id}>{partner.name}</li>
        ))}
      </ul>
      <h2>{t('summaryZones')}</h2>
      <ul>
        {agreement.zones.map((zone) => (
          <li key={zone.id}>
            {zone.label}: {formatWeekdays(zone.days, locale)} {hours(zone.start, zone.end)} ({t(`zoneMode_${zone.mode}`)})
          </li>
        ))}
      </ul>
      {agreement.specialDays.length > 0 && (
        <>
          <h2>{t('summarySpecialDays')}</h2>
          <ul>
            {agreement.specialDays.map((day) => (
              <li key={day.id}>
                {day.label}: {formatCalendarDate(day.date, locale)} {day.start && day.end ? hours(day.start, day.end) : t('wholeDay')} ({t(`zoneMode_${day.mode}`)})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('summaryRituals')}</h2>
      <ul>
        {agreement.rituals.map((ritual) => (
          <li key={ritual.id}>
            {ritual.label}: {t('ritualWhen', [formatTimeOfDay(ritual.time, locale), formatMinutes(ritual.durationMinutes, locale)])}
            {ritual.protected ? ` (${t('protectedRitual')})` : ''}
          </li>
        ))}
      </ul>
      <h2>{t('summaryWorkSites', [String(agreement.workSites.length)])}</h2>
      <p class="muted">{[...new Set(agreement.workSites.map((site) => site.label ?? site.pattern))].join(', ')}</p>
      <p>{t('summaryBudget', [formatMinutes(agreement.budget.weeklyAfterHoursMinutes, locale)])}</p>
      <p>{t('summaryOverridePolicy', [formatMinutes(agreement.overridePolicy.maxMinutes, locale), String(agreement.overridePolicy.perWeek)])}</p>
    </div>
  );
}
