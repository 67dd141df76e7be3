import { WEEKDAYS } from '@/utils/agreement/weekday';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { SelectField, TextField, weekdayName } from './fields';

const zoneNames = (): string[] => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

/** The household's time zone and the day its week starts, which every schedule and report is read in. */
export function HouseholdSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  return (
    <section aria-labelledby="editor-household">
      <h3 id="editor-household">{t('editorHousehold')}</h3>
      <div class="row">
        <TextField
          path="household.timeZone"
          label={t('editorTimeZone')}
          hint={t('editorTimeZoneHint')}
          list="editor-time-zones"
          value={draft.household.timeZone}
          onValue={(value) => edit((d) => void (d.household.timeZone = value))}
        />
        <datalist id="editor-time-zones">
          {zoneNames().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <SelectField
          path="household.weekStartsOn"
          label={t('editorWeekStartsOn')}
          value={draft.household.weekStartsOn}
          options={WEEKDAYS.map((day) => ({ value: day, label: weekdayName(day) }))}
          onValue={(value) => edit((d) => void (d.household.weekStartsOn = value))}
        />
      </div>
    </section>
  );
}
