import { removeReferenced } from '@/utils/agreement/plan-references';
import type { Recurrence, Ritual } from '@/utils/agreement/agreement-schema';
import { newId } from '@/utils/agreement/new-id';
import { weekOrder } from '@/utils/agreement/weekday';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { AddButton, EditorItem } from './editor-item';
import { FieldError } from './field-error';
import { CheckboxField, NumberField, SelectField, TextField, TimeField, WeekdaysField, weekdayName } from './fields';
import { switchRecurrence, type RecurrenceKind } from '@/utils/agreement/recurrence-switch';

const KINDS: readonly RecurrenceKind[] = ['daily', 'weekly', 'monthly'];
/** The schema's weeks of the month: first to fourth, and -1 for the last. */
const WEEKS_OF_MONTH = ['1', '2', '3', '4', '-1'] as const;
type WeekOfMonth = Extract<Recurrence, { kind: 'monthly' }>['week'];

/** The rituals the couple keep: when they recur, how long, how early the reminder, and whether they guard work sites. */
export function RitualsSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const add = () =>
    edit((d) => {
      const label = t('editorRitualNew');
      d.rituals.push({
        id: newId(label, d.rituals.map((ritual) => ritual.id), 'ritual'),
        label,
        recurrence: { kind: 'weekly', days: [d.household.weekStartsOn] },
        time: '19:30',
        durationMinutes: 30,
        reminderMinutes: 10,
        protected: true,
      });
    });
  const change = (i: number, change: (ritual: Ritual) => void) => edit((d) => change(d.rituals[i]!));
  return (
    <section aria-labelledby="editor-rituals">
      <h3 id="editor-rituals">{t('editorRituals')}</h3>
      <FieldError path="rituals" />
      <ul class="items">
        {draft.rituals.map((ritual, i) => (
          <EditorItem key={ritual.id} title={ritual.label.trim() || `#${i + 1}`} onRemove={() => edit((d) => removeReferenced(d, 'rituals', i))}>
            <TextField path={`rituals[${i}].label`} label={t('editorRitualLabel')} maxLength={80} value={ritual.label} onValue={(value) => change(i, (r) => void (r.label = value))} />
            <div class="row">
              <SelectField
                path={`rituals[${i}].recurrence.kind`}
                label={t('editorRitualRepeats')}
                value={ritual.recurrence.kind}
                options={KINDS.map((kind) => ({ value: kind, label: t(`editorRitual_${kind}`) }))}
                onValue={(kind) => change(i, (r) => void (r.recurrence = switchRecurrence(r.recurrence, kind, draft.household.weekStartsOn)))}
              />
              <RecurrenceDetails draft={draft} index={i} recurrence={ritual.recurrence} change={change} />
            </div>
            <div class="row">
              <TimeField path={`rituals[${i}].time`} label={t('editorRitualTime')} value={ritual.time} onValue={(value) => change(i, (r) => void (r.time = value))} />
              <NumberField
                path={`rituals[${i}].durationMinutes`}
                label={t('editorRitualDuration')}
                hint={t('editorRitualDurationHint')}
                value={ritual.durationMinutes}
                onValue={(value) => change(i, (r) => void (r.durationMinutes = value))}
              />
              <NumberField
                path={`rituals[${i}].reminderMinutes`}
                label={t('editorRitualReminder')}
                hint={t('editorRitualReminderHint')}
                value={ritual.reminderMinutes}
                onValue={(value) => change(i, (r) => void (r.reminderMinutes = value))}
              />
            </div>
            <CheckboxField
              path={`rituals[${i}].protected`}
              label={t('editorRitualProtected')}
              hint={t('editorRitualProtectedHint')}
              value={ritual.protected}
              onValue={(value) => change(i, (r) => void (r.protected = value))}
            />
            <CheckboxField
              path={`rituals[${i}].checkIn`}
              label={t('editorRitualCheckIn')}
              hint={t('editorRitualCheckInHint')}
              value={ritual.checkIn ?? false}
              // Unticked is left out rather than written as false, so agreements without check-in stay as they were.
              onValue={(value) => change(i, (r) => void (value ? (r.checkIn = true) : delete r.checkIn))}
            />
          </EditorItem>
        ))}
      </ul>
      <AddButton label={t('editorRitualAdd')} onAdd={add} />
    </section>
  );
}

function RecurrenceDetails({ draft, index: i, recurrence, change }: { draft: Draft; index: number; recurrence: Recurrence; change: (i: number, change: (ritual: Ritual) => void) => void }) {
  const path = `rituals[${i}].recurrence`;
  if (recurrence.kind === 'weekly') {
    return (
      <WeekdaysField
        path={`${path}.days`}
        label={t('editorRitualDays')}
        weekStartsOn={draft.household.weekStartsOn}
        value={recurrence.days}
        onValue={(days) => change(i, (r) => void (r.recurrence.kind === 'weekly' && (r.recurrence.days = days)))}
      />
    );
  }
  if (recurrence.kind === 'monthly') {
    return (
      <>
        <SelectField
          path={`${path}.week`}
          label={t('editorRitualWeekOfMonth')}
          value={String(recurrence.week) as (typeof WEEKS_OF_MONTH)[number]}
          options={WEEKS_OF_MONTH.map((week) => ({ value: week, label: t(`editorRitualWeek_${week === '-1' ? 'last' : week}`) }))}
          onValue={(week) => change(i, (r) => void (r.recurrence.kind === 'monthly' && (r.recurrence.week = Number(week) as WeekOfMonth)))}
        />
        <SelectField
          path={`${path}.day`}
          label={t('editorRitualWeekday')}
          value={recurrence.day}
          options={weekOrder(draft.household.weekStartsOn).map((day) => ({ value: day, label: weekdayName(day) }))}
          onValue={(day) => change(i, (r) => void (r.recurrence.kind === 'monthly' && (r.recurrence.day = day)))}
        />
      </>
    );
  }
  return null;
}
