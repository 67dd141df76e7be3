import { WEEKDAYS, type Weekday } from '../agreement/weekday';
import { formatTimeOfDay } from '../format/agreement-format';
import type { Translate } from '../i18n/translate';
import type { RitualAnswer, RitualTemplate, ZoneAnswer, ZoneTemplate } from './welcome-answers';

const EVERY_DAY: Weekday[] = [...WEEKDAYS];
const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Where a couple usually begins; each is only a start the editor changes later. The label is the
 * i18n key of the name written into the agreement, in the language the couple set it up in.
 */
const ZONES: Record<ZoneTemplate, Omit<ZoneAnswer, 'template' | 'label'> & { labelKey: string }> = {
  dinner: { labelKey: 'welcomeZoneDinner', days: EVERY_DAY, start: '18:00', end: '19:30', mode: 'dim' },
  evenings: { labelKey: 'welcomeZoneEvenings', days: WORKDAYS, start: '19:00', end: '07:00', mode: 'dim' },
  // 00:00 to 00:00 is refused by the schema (an empty block); the agreement writes the whole day as 00:00-24:00.
  weekends: { labelKey: 'welcomeZoneWeekends', days: ['sat', 'sun'], start: '00:00', end: '00:00', mode: 'dim' },
  custom: { labelKey: 'welcomeZoneCustom', days: [], start: '20:00', end: '22:00', mode: 'dim' },
};

const RITUALS: Record<RitualTemplate, Omit<RitualAnswer, 'template' | 'label'> & { labelKey: string }> = {
  breakfast: { labelKey: 'welcomeRitualBreakfast', days: WORKDAYS, time: '07:15', durationMinutes: 30 },
  walk: { labelKey: 'welcomeRitualWalk', days: EVERY_DAY, time: '19:30', durationMinutes: 45 },
  checkIn: { labelKey: 'welcomeRitualCheckIn', days: ['sun'], time: '18:00', durationMinutes: 20 },
};

export function zoneFromTemplate(template: ZoneTemplate, label: (key: string) => string): ZoneAnswer {
  const { labelKey, days, ...rest } = ZONES[template];
  return { template, label: label(labelKey), days: [...days], ...rest };
}

export function ritualFromTemplate(template: RitualTemplate, label: (key: string) => string): RitualAnswer {
  const { labelKey, days, ...rest } = RITUALS[template];
  return { template, label: label(labelKey), days: [...days], ...rest };
}

/**
 * A template as the setup offers it, "Evening walk (every day at 7:30 PM)": its times come from the
 * template itself, written as the reader's locale writes a time, like the time boxes beside them.
 */
export function zoneTemplateChoice(template: ZoneTemplate, t: Translate, locale: string): string {
  const { start, end } = ZONES[template];
  return t(`welcomeZoneTemplate_${template}`, [formatTimeOfDay(start, locale), formatTimeOfDay(end, locale)]);
}

export function ritualTemplateChoice(template: RitualTemplate, t: Translate, locale: string): string {
  return t(`welcomeRitualTemplate_${template}`, [formatTimeOfDay(RITUALS[template].time, locale)]);
}
