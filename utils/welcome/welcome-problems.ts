import type { WelcomeAnswers, WelcomeStep } from './welcome-answers';

/** What keeps a step from going on: the field (an element id on the page) and the i18n key saying why. */
export interface WelcomeProblem {
  field: string;
  key: string;
}

const NAME_MAX = 60;
const LABEL_MAX = 80;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** Minutes of the day; a block's end of 00:00 is midnight at its end. */
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Checked when the person moves on from a step, so each mistake is named beside its field at once
 * rather than as a schema path at the end; the schema still checks the whole agreement on saving.
 */
export function stepProblems(step: WelcomeStep, answers: WelcomeAnswers): WelcomeProblem[] {
  const problems: WelcomeProblem[] = [];
  if (step === 'people') {
    answers.names.forEach((name, index) => {
      if (!name.trim()) problems.push({ field: `name-${index}`, key: 'welcomeNameMissing' });
      else if (name.trim().length > NAME_MAX) problems.push({ field: `name-${index}`, key: 'welcomeNameTooLong' });
    });
    if (answers.names[0].trim() && answers.names[0].trim().toLowerCase() === answers.names[1].trim().toLowerCase())
      problems.push({ field: 'name-1', key: 'welcomeNamesSame' });
    if (answers.mine === null) problems.push({ field: 'mine', key: 'welcomeMineMissing' });
  }
  if (step === 'household' && !isTimeZone(answers.timeZone)) problems.push({ field: 'time-zone', key: 'welcomeZoneUnknown' });
  if (step === 'hours') {
    answers.hours.forEach(({ start, end }, index) => {
      if (!start) problems.push({ field: `hours-${index}-start`, key: 'welcomeTimeMissing' });
      if (!end) problems.push({ field: `hours-${index}-end`, key: 'welcomeTimeMissing' });
      // An end before the start is a night shift, as the editor and the schedule take it; the same
      // time twice is no hours at all.
      else if (start && minutes(start) === minutes(end)) problems.push({ field: `hours-${index}-end`, key: 'welcomeHoursSame' });
    });
  }
  if (step === 'zones') {
    answers.zones.forEach((zone, index) => {
      if (!zone.label.trim()) problems.push({ field: `zone-${index}-label`, key: 'welcomeLabelMissing' });
      else if (zone.label.trim().length > LABEL_MAX) problems.push({ field: `zone-${index}-label`, key: 'welcomeLabelTooLong' });
      if (zone.days.length === 0) problems.push({ field: `zone-${index}-days`, key: 'welcomeDaysMissing' });
      if (!zone.start) problems.push({ field: `zone-${index}-start`, key: 'welcomeTimeMissing' });
      if (!zone.end) problems.push({ field: `zone-${index}-end`, key: 'welcomeTimeMissing' });
      else if (zone.start === zone.end && zone.start !== '00:00') problems.push({ field: `zone-${index}-end`, key: 'welcomeZoneEmpty' });
    });
  }
  if (step === 'ritual' && answers.ritual) {
    if (!answers.ritual.label.trim()) problems.push({ field: 'ritual-label', key: 'welcomeLabelMissing' });
    if (answers.ritual.days.length === 0) problems.push({ field: 'ritual-days', key: 'welcomeDaysMissing' });
    if (!answers.ritual.time) problems.push({ field: 'ritual-time', key: 'welcomeTimeMissing' });
  }
  return problems;
}
