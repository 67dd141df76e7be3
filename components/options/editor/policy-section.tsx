import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { CheckboxField, NumberField } from './fields';

/** The weekly after-hours budget and how much friction an override asks for. */
export function PolicySection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const policy = draft.overridePolicy;
  return (
    <section aria-labelledby="editor-policy">
      <h3 id="editor-policy">{t('editorPolicy')}</h3>
      <NumberField
        path="budget.weeklyAfterHoursMinutes"
        label={t('editorBudget')}
        hint={t('editorMinutesPerWeek')}
        value={draft.budget.weeklyAfterHoursMinutes}
        onValue={(value) => edit((d) => void (d.budget.weeklyAfterHoursMinutes = value))}
      />
      <div class="row">
        <NumberField
          path="overridePolicy.maxMinutes"
          label={t('editorOverrideMax')}
          hint={t('editorOverrideMaxHint')}
          value={policy.maxMinutes}
          onValue={(value) => edit((d) => void (d.overridePolicy.maxMinutes = value))}
        />
        <NumberField
          path="overridePolicy.perWeek"
          label={t('editorOverridePerWeek')}
          hint={t('editorOverridePerWeekHint')}
          value={policy.perWeek}
          onValue={(value) => edit((d) => void (d.overridePolicy.perWeek = value))}
        />
      </div>
      <CheckboxField
        path="overridePolicy.reasonRequired"
        label={t('editorOverrideReason')}
        value={policy.reasonRequired}
        onValue={(value) => edit((d) => void (d.overridePolicy.reasonRequired = value))}
      />
    </section>
  );
}
