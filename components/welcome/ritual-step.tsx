import { RITUAL_TEMPLATES, type RitualTemplate } from '@/utils/welcome/welcome-answers';
import { ritualFromTemplate, ritualTemplateChoice } from '@/utils/welcome/welcome-templates';
import { t, uiLocale } from '../i18n';
import { DaysInput, Input, type StepProps } from './welcome-fields';

/** One ritual to begin with, protected (work sites dim while it runs), or none for now. */
export function RitualStep({ answers, change, problems }: StepProps) {
  const choose = (template: RitualTemplate | null) => change((draft) => void (draft.ritual = template ? ritualFromTemplate(template, t) : null));
  const ritual = answers.ritual;
  return (
    <>
      <p>{t('welcomeRitualBody')}</p>
      <fieldset class="field">
        <legend>{t('welcomeRitualChoose')}</legend>
        {RITUAL_TEMPLATES.map((template) => (
          <label key={template} class="choice">
            <input type="radio" name="ritual" checked={ritual?.template === template} onChange={() => choose(template)} /> {ritualTemplateChoice(template, t, uiLocale())}
          </label>
        ))}
        <label class="choice">
          <input type="radio" name="ritual" checked={ritual === null} onChange={() => choose(null)} /> {t('welcomeRitualNone')}
        </label>
      </fieldset>
      {ritual && (
        <fieldset class="welcome-group">
          <legend>{ritual.label.trim() || ritualFromTemplate(ritual.template, t).label}</legend>
          <Input id="ritual-label" label={t('welcomeLabel')} value={ritual.label} problems={problems} onValue={(value) => change((draft) => void (draft.ritual!.label = value))} />
          <DaysInput id="ritual-days" legend={t('welcomeDays')} value={ritual.days} weekStartsOn={answers.weekStartsOn} problems={problems} onValue={(days) => change((draft) => void (draft.ritual!.days = days))} />
          <Input id="ritual-time" type="time" label={t('welcomeAt')} value={ritual.time} problems={problems} onValue={(value) => change((draft) => void (draft.ritual!.time = value))} />
        </fieldset>
      )}
    </>
  );
}
