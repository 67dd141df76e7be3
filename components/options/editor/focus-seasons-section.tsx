import { newFocusSeason } from '@/utils/agreement/new-focus-season';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { AddButton, EditorItem } from './editor-item';
import { FieldError } from './field-error';
import { DateField, NumberField, SelectField, TextField } from './fields';

/** Times when one partner leans in, with their own after-hours budget and a day to look back. */
export function FocusSeasonsSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const partners = draft.partners.map((partner) => ({ value: partner.id, label: partner.name }));
  return (
    <section aria-labelledby="editor-seasons">
      <h3 id="editor-seasons">{t('editorSeasons')}</h3>
      <p class="hint">{t('editorSeasonsHint')}</p>
      <FieldError path="focusSeasons" />
      {draft.focusSeasons.length === 0 ? (
        <p class="muted">{t('editorSeasonsNone')}</p>
      ) : (
        <ul class="items">
          {draft.focusSeasons.map((season, i) => {
            const path = `focusSeasons[${i}]`;
            return (
              <EditorItem key={season.id} title={season.label || t('editorSeasonNew')} onRemove={() => edit((d) => void d.focusSeasons.splice(i, 1))}>
                <div class="row">
                  <TextField
                    path={`${path}.label`}
                    label={t('editorSeasonLabel')}
                    maxLength={80}
                    value={season.label}
                    onValue={(value) => edit((d) => void (d.focusSeasons[i]!.label = value))}
                  />
                  <SelectField
                    path={`${path}.lead`}
                    label={t('editorSeasonLead')}
                    value={season.lead}
                    options={partners}
                    onValue={(value) => edit((d) => void (d.focusSeasons[i]!.lead = value))}
                  />
                </div>
                <div class="row">
                  <DateField path={`${path}.start`} label={t('editorSeasonStart')} value={season.start} onValue={(value) => edit((d) => void (d.focusSeasons[i]!.start = value))} />
                  <DateField path={`${path}.end`} label={t('editorSeasonEnd')} value={season.end} onValue={(value) => edit((d) => void (d.focusSeasons[i]!.end = value))} />
                  <DateField
                    path={`${path}.reviewOn`}
                    label={t('editorSeasonReview')}
                    hint={t('editorSeasonReviewHint')}
                    value={season.reviewOn}
                    onValue={(value) => edit((d) => void (d.focusSeasons[i]!.reviewOn = value))}
                  />
                </div>
                <NumberField
                  path={`${path}.weeklyAfterHoursMinutes`}
                  label={t('editorSeasonBudget')}
                  hint={t('editorMinutesPerWeek')}
                  value={season.weeklyAfterHoursMinutes}
                  onValue={(value) => edit((d) => void (d.focusSeasons[i]!.weeklyAfterHoursMinutes = value))}
                />
              </EditorItem>
            );
          })}
        </ul>
      )}
      <AddButton label={t('editorSeasonAdd')} onAdd={() => edit((d) => void d.focusSeasons.push(newFocusSeason(d, Date.now(), t('editorSeasonNew'))))} />
    </section>
  );
}
