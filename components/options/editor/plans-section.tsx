import { ALL_ZONES, type ContingencyPlan } from '@/utils/agreement/agreement-schema';
import { newId } from '@/utils/agreement/new-id';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { AddButton, EditorItem } from './editor-item';
import { FieldError, useInvalid } from './field-error';
import { fieldId } from './draft-issues';
import { CheckboxField, NumberField, TextField } from './fields';

/**
 * Contingency plans prepared together ("Deadline crunch", "Sick child"): what each changes while it
 * holds. Either partner invokes one from the popup for at most two weeks; here the couple agrees
 * what it does.
 */
export function PlansSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const add = () =>
    edit((d) => {
      const name = t('editorPlanNew');
      d.contingencyPlans.push({ id: newId(name, d.contingencyPlans.map((plan) => plan.id), 'plan'), name, trackZones: [], pausedRituals: [] });
    });
  const change = (i: number, change: (plan: ContingencyPlan) => void) => edit((d) => change(d.contingencyPlans[i]!));
  return (
    <section aria-labelledby="editor-plans">
      <h3 id="editor-plans">{t('editorPlans')}</h3>
      <p class="hint">{t('editorPlansHint')}</p>
      <FieldError path="contingencyPlans" />
      {draft.contingencyPlans.length === 0 ? (
        <p class="muted">{t('editorPlansNone')}</p>
      ) : (
        <ul class="items">
          {draft.contingencyPlans.map((plan, i) => (
            <EditorItem key={plan.id} title={plan.name.trim() || `#${i + 1}`} onRemove={() => edit((d) => void d.contingencyPlans.splice(i, 1))}>
              <TextField path={`contingencyPlans[${i}].name`} label={t('editorPlanName')} maxLength={80} value={plan.name} onValue={(value) => change(i, (p) => void (p.name = value))} />
              <PlanZones draft={draft} plan={plan} index={i} change={change} />
              <PlanBudget plan={plan} index={i} change={change} fallback={draft.budget.weeklyAfterHoursMinutes} />
              <Choices
                path={`contingencyPlans[${i}].pausedRituals`}
                legend={t('editorPlanRituals')}
                none={t('editorPlanNoRituals')}
                items={draft.rituals.map((ritual) => ({ id: ritual.id, label: ritual.label }))}
                chosen={plan.pausedRituals}
                onChosen={(ids) => change(i, (p) => void (p.pausedRituals = ids))}
              />
              <TextField path={`contingencyPlans[${i}].cover`} label={t('editorPlanCover')} maxLength={500} value={plan.cover ?? ''} onValue={(value) => change(i, (p) => (value === '' ? delete p.cover : (p.cover = value)))} />
            </EditorItem>
          ))}
        </ul>
      )}
      <AddButton label={t('editorPlanAdd')} onAdd={add} />
    </section>
  );
}

type Change = (i: number, change: (plan: ContingencyPlan) => void) => void;

/** Every zone and special day, or the ones ticked: a zone named here only records while the plan holds. */
function PlanZones({ draft, plan, index, change }: { draft: Draft; plan: ContingencyPlan; index: number; change: Change }) {
  const all = plan.trackZones === ALL_ZONES;
  const zones = [...draft.zones, ...draft.specialDays].map((zone) => ({ id: zone.id, label: zone.label }));
  return (
    <>
      <CheckboxField
        path={`contingencyPlans[${index}].allZones`}
        label={t('editorPlanAllZones')}
        value={all}
        onValue={(on) => change(index, (p) => void (p.trackZones = on ? ALL_ZONES : []))}
      />
      {!all && (
        <Choices
          path={`contingencyPlans[${index}].trackZones`}
          legend={t('editorPlanZones')}
          none={t('editorPlanNoZones')}
          items={zones}
          chosen={plan.trackZones as string[]}
          onChosen={(ids) => change(index, (p) => void (p.trackZones = ids))}
        />
      )}
    </>
  );
}

/** The household's budget holds unless the plan names its own. */
function PlanBudget({ plan, index, change, fallback }: { plan: ContingencyPlan; index: number; change: Change; fallback: number }) {
  const own = plan.weeklyAfterHoursMinutes !== undefined;
  const path = `contingencyPlans[${index}].weeklyAfterHoursMinutes`;
  return (
    <div class="row">
      <CheckboxField
        path={`${path}.own`}
        label={t('editorPlanOwnBudget')}
        value={own}
        onValue={(on) => change(index, (p) => (on ? (p.weeklyAfterHoursMinutes = Number.isInteger(fallback) ? fallback : 0) : delete p.weeklyAfterHoursMinutes))}
      />
      {own && (
        <NumberField path={path} label={t('editorPlanBudget')} hint={t('editorMinutesPerWeek')} value={plan.weeklyAfterHoursMinutes!} onValue={(value) => change(index, (p) => void (p.weeklyAfterHoursMinutes = value))} />
      )}
    </div>
  );
}

function Choices({ path, legend, none, items, chosen, onChosen }: { path: string; legend: string; none: string; items: { id: string; label: string }[]; chosen: string[]; onChosen: (ids: string[]) => void }) {
  const { 'aria-describedby': describedBy } = useInvalid(path);
  // Kept in the agreement's own order whatever order they were ticked in, so exports stay stable.
  const toggle = (id: string, on: boolean) => onChosen(items.map((item) => item.id).filter((candidate) => (candidate === id ? on : chosen.includes(candidate))));
  return (
    <fieldset class="field choices" id={fieldId(path)} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {items.length === 0 && <span class="muted">{none}</span>}
      {items.map((item) => (
        <label key={item.id} class="choice">
          <input type="checkbox" checked={chosen.includes(item.id)} onChange={(event) => toggle(item.id, event.currentTarget.checked)} />
          {item.label || item.id}
        </label>
      ))}
      <FieldError path={path} />
    </fieldset>
  );
}
