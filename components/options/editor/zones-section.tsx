import { removeReferenced } from '@/utils/agreement/plan-references';
import type { WeeklyZone } from '@/utils/agreement/agreement-schema';
import { newId } from '@/utils/agreement/new-id';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { endTimeHint } from './end-time-hint';
import { AddButton, EditorItem } from './editor-item';
import { FieldError } from './field-error';
import { TextField, TimeField, WeekdaysField } from './fields';
import { ZoneModeField } from './zone-mode-field';

/** The weekly no-work zones: when work stops and what Hearth does to work sites meanwhile. */
export function ZonesSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const add = () =>
    edit((d) => {
      const label = t('editorZoneNew');
      // The most common agreement: weekday evenings, dimmed, through to the next morning.
      d.zones.push({ id: newId(label, d.zones.map((zone) => zone.id), 'zone'), label, days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '07:00', mode: 'dim' });
    });
  const change = (i: number, change: (zone: WeeklyZone) => void) => edit((d) => change(d.zones[i]!));
  return (
    <section aria-labelledby="editor-zones">
      <h3 id="editor-zones">{t('editorZones')}</h3>
      <FieldError path="zones" />
      <ul class="items">
        {draft.zones.map((zone, i) => (
          <EditorItem key={zone.id} title={zone.label.trim() || `#${i + 1}`} onRemove={() => edit((d) => removeReferenced(d, 'zones', i))}>
            <TextField path={`zones[${i}].label`} label={t('editorZoneLabel')} maxLength={80} value={zone.label} onValue={(value) => change(i, (z) => void (z.label = value))} />
            <WeekdaysField
              path={`zones[${i}].days`}
              label={t('editorZoneDays')}
              weekStartsOn={draft.household.weekStartsOn}
              value={zone.days}
              onValue={(value) => change(i, (z) => void (z.days = value))}
            />
            <div class="row">
              <TimeField path={`zones[${i}].start`} label={t('editorZoneStart')} value={zone.start} onValue={(value) => change(i, (z) => void (z.start = value))} />
              <TimeField
                path={`zones[${i}].end`}
                label={t('editorZoneEnd')}
                hint={endTimeHint(zone.start, zone.end)}
                value={zone.end}
                onValue={(value) => change(i, (z) => void (z.end = value))}
              />
              <ZoneModeField path={`zones[${i}].mode`} value={zone.mode} onValue={(value) => change(i, (z) => void (z.mode = value))} />
            </div>
          </EditorItem>
        ))}
      </ul>
      <AddButton label={t('editorZoneAdd')} onAdd={add} />
    </section>
  );
}
