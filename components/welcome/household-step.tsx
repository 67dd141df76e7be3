import { WEEKDAYS } from '@/utils/agreement/weekday';
import { t } from '../i18n';
import { Input, weekdayName, type StepProps } from './welcome-fields';

const zoneNames = (): string[] => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

/** The household's time zone, detected from this browser and offered for correction, and its first weekday. */
export function HouseholdStep({ answers, change, problems, detectedZone }: StepProps & { detectedZone: string }) {
  return (
    <>
      <p>{t('welcomeHouseholdBody')}</p>
      <Input
        id="time-zone"
        label={t('editorTimeZone')}
        hint={t('welcomeZoneDetected', [detectedZone])}
        list="welcome-time-zones"
        value={answers.timeZone}
        problems={problems}
        onValue={(value) => change((draft) => void (draft.timeZone = value.trim()))}
      />
      <datalist id="welcome-time-zones">
        {zoneNames().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div class="field">
        <label for="week-starts">{t('editorWeekStartsOn')}</label>
        <select id="week-starts" value={answers.weekStartsOn} onChange={(event) => change((draft) => void (draft.weekStartsOn = event.currentTarget.value as typeof draft.weekStartsOn))}>
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
