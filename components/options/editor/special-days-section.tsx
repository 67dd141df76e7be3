import { removeReferenced } from '@/utils/agreement/plan-references';
import type { SpecialDay } from '@/utils/agreement/agreement-schema';
import { householdToday } from '@/utils/agreement/household-today';
import { newId } from '@/utils/agreement/new-id';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { endTimeHint } from './end-time-hint';
import { AddButton, EditorItem } from './editor-item';
import { FieldError } from './field-error';
import { CheckboxField, DateField, TextField, TimeField } from './fields';
import { ZoneModeField } from './zone-mode-field';

/** The hours a part-day special day starts with when "whole day" is unticked: an afternoon and evening. */
const PART_OF_DAY = { start: '14:00', end: '24:00' };

/** Dated days off (birthdays, holidays), whole or in part, with what Hearth does to work sites then. */
export function SpecialDaysSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const add = () =>
    edit((d) => {
      const label = t('editorSpecialDayNew');
      d.specialDays.push({ id: newId(label, d.specialDays.map((day) => day.id), 'day'), label, date: householdToday(d.household.timeZone, Date.now()), mode: 'block' });
    });
  const change = (i: number, change: (day: SpecialDay) => void) => edit((d) => change(d.specialDays[i]!));
  const setWholeDay = (day: SpecialDay, whole: boolean) => {
    if (whole) {
      delete day.start;
      delete day.end;
    } else Object.assign(day, PART_OF_DAY);
  };
  return (
    <section aria-labelledby="editor-special-days">
      <h3 id="editor-special-days">{t('editorSpecialDays')}</h3>
      <FieldError path="specialDays" />
      <ul class="items">
        {draft.specialDays.map((day, i) => {
          const whole = day.start === undefined && day.end === undefined;
          return (
            <EditorItem key={day.id} title={day.label.trim() || `#${i + 1}`} onRemove={() => edit((d) => removeReferenced(d, 'specialDays', i))}>
              <div class="row">
                <TextField path={`specialDays[${i}].label`} label={t('editorSpecialDayLabel')} maxLength={80} value={day.label} onValue={(value) => change(i, (s) => void (s.label = value))} />
                <DateField path={`specialDays[${i}].date`} label={t('editorSpecialDayDate')} value={day.date} onValue={(value) => change(i, (s) => void (s.date = value))} />
              </div>
              <CheckboxField
                path={`specialDays[${i}].repeats`}
                label={t('editorSpecialDayYearly')}
                value={day.repeats === 'yearly'}
                onValue={(value) => change(i, (s) => void (value ? (s.repeats = 'yearly') : delete s.repeats))}
              />
              <CheckboxField path={`specialDays[${i}].wholeDay`} label={t('editorSpecialDayWholeDay')} value={whole} onValue={(value) => change(i, (s) => setWholeDay(s, value))} />
              <div class="row">
                {!whole && (
                  <>
                    <TimeField path={`specialDays[${i}].start`} label={t('editorSpecialDayStart')} value={day.start ?? ''} onValue={(value) => change(i, (s) => void (s.start = value))} />
                    <TimeField
                      path={`specialDays[${i}].end`}
                      label={t('editorSpecialDayEnd')}
                      hint={endTimeHint(day.start ?? '', day.end ?? '')}
                      value={day.end ?? ''}
                      onValue={(value) => change(i, (s) => void (s.end = value))}
                    />
                  </>
                )}
                <ZoneModeField path={`specialDays[${i}].mode`} value={day.mode} onValue={(value) => change(i, (s) => void (s.mode = value))} />
              </div>
            </EditorItem>
          );
        })}
      </ul>
      <AddButton label={t('editorSpecialDayAdd')} onAdd={add} />
    </section>
  );
}
