import type { TimeBlock } from '@/utils/agreement/agreement-schema';
import { weekOrder, type Weekday } from '@/utils/agreement/weekday';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { nextDayHint } from './end-time-hint';
import { FieldError } from './field-error';
import { AddButton } from './editor-item';
import { keepFocusInList, REMOVE_ATTRIBUTE } from './removal-focus';
import { TextField, TimeField, weekdayName } from './fields';

/** A new block of working hours: the common office day, so most people only adjust it. */
const NEW_BLOCK: TimeBlock = { start: '09:00', end: '17:00' };
const WEEKDAYS_AFTER_MONDAY = ['tue', 'wed', 'thu', 'fri'] as const;

/** Both partners' names and the hours each works, per weekday, as blocks; a day without blocks is a day off. */
export function PartnersSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  return (
    <section aria-labelledby="editor-partners">
      <h3 id="editor-partners">{t('editorPartners')}</h3>
      <FieldError path="partners" />
      <ul class="items">
        {draft.partners.map((partner, p) => (
          <li key={partner.id} class="item">
            <TextField
              path={`partners[${p}].name`}
              label={t('editorPartnerName', [String(p + 1)])}
              maxLength={60}
              value={partner.name}
              onValue={(value) => edit((d) => void (d.partners[p]!.name = value))}
            />
            <WorkingHours draft={draft} partner={p} edit={edit} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function WorkingHours({ draft, partner: p, edit }: { draft: Draft; partner: number; edit: Edit }) {
  const partner = draft.partners[p]!;
  const name = partner.name.trim() || t('editorPartnerNumbered', [String(p + 1)]);
  const copyMonday = () =>
    edit((d) => {
      const hours = d.partners[p]!.workingHours;
      for (const day of WEEKDAYS_AFTER_MONDAY) hours[day] = structuredClone(hours.mon);
    });
  return (
    <fieldset class="working-hours">
      <legend>{t('editorWorkingHours', [name])}</legend>
      {weekOrder(draft.household.weekStartsOn).map((day) => (
        <WorkingDay key={day} day={day} blocks={partner.workingHours[day] ?? []} path={`partners[${p}].workingHours.${day}`} edit={edit} partner={p} />
      ))}
      <button type="button" class="link" onClick={copyMonday}>
        {t('editorCopyMonday', [name])}
      </button>
    </fieldset>
  );
}

function WorkingDay({ day, blocks, path, partner: p, edit }: { day: Weekday; blocks: TimeBlock[]; path: string; partner: number; edit: Edit }) {
  const dayName = weekdayName(day);
  // Stored agreements always list every day (the schema fills them in); a hand-made draft may not.
  const blocksOf = (d: Draft) => (d.partners[p]!.workingHours[day] ??= []);
  return (
    <fieldset class="working-day">
      <legend>{dayName}</legend>
      <div class="blocks">
        {blocks.length === 0 && <span class="muted">{t('editorDayOff')}</span>}
        {blocks.map((block, b) => (
          <div key={b} class="row block">
            <TimeField path={`${path}[${b}].start`} label={t('editorBlockStart')} value={block.start} onValue={(value) => edit((d) => void (blocksOf(d)[b]!.start = value))} />
            <TimeField
              path={`${path}[${b}].end`}
              label={t('editorBlockEnd')}
              hint={nextDayHint(block.start, block.end)}
              value={block.end}
              onValue={(value) => edit((d) => void (blocksOf(d)[b]!.end = value))}
            />
            <button
              type="button"
              class="link"
              {...{ [REMOVE_ATTRIBUTE]: '' }}
              aria-label={t('editorRemoveNamed', [`${dayName} ${block.start}–${block.end}`])}
              onClick={(event) => {
                keepFocusInList(event.currentTarget.closest('.block')!);
                edit((d) => void blocksOf(d).splice(b, 1));
              }}
            >
              {t('editorRemove')}
            </button>
          </div>
        ))}
        <AddButton label={t('editorAddBlock', [dayName])} onAdd={() => edit((d) => void blocksOf(d).push({ ...NEW_BLOCK }))} />
      </div>
    </fieldset>
  );
}
