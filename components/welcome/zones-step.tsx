import { ZONE_TEMPLATES, type ZoneTemplate } from '@/utils/welcome/welcome-answers';
import { zoneFromTemplate, zoneTemplateChoice } from '@/utils/welcome/welcome-templates';
import { t, uiLocale } from '../i18n';
import { DaysInput, Input, type StepProps } from './welcome-fields';

/** Templates to start from, each one a switch; a chosen zone can be adjusted here and in the editor later. */
export function ZonesStep({ answers, change, problems }: StepProps) {
  const toggle = (template: ZoneTemplate, on: boolean) =>
    change((draft) => {
      draft.zones = on ? [...draft.zones, zoneFromTemplate(template, t)] : draft.zones.filter((zone) => zone.template !== template);
    });
  return (
    <>
      <p>{t('welcomeZonesBody')}</p>
      <fieldset class="field">
        <legend>{t('welcomeZonesChoose')}</legend>
        {ZONE_TEMPLATES.map((template) => (
          <label key={template} class="choice">
            <input type="checkbox" checked={answers.zones.some((zone) => zone.template === template)} onChange={(event) => toggle(template, event.currentTarget.checked)} />{' '}
            {zoneTemplateChoice(template, t, uiLocale())}
          </label>
        ))}
      </fieldset>
      {answers.zones.map((zone, index) => (
        <fieldset key={zone.template} class="welcome-group">
          <legend>{zone.label.trim() || t('welcomeZoneTemplate_custom')}</legend>
          <Input id={`zone-${index}-label`} label={t('welcomeLabel')} value={zone.label} problems={problems} onValue={(value) => change((draft) => void (draft.zones[index]!.label = value))} />
          <DaysInput id={`zone-${index}-days`} legend={t('welcomeDays')} value={zone.days} weekStartsOn={answers.weekStartsOn} problems={problems} onValue={(days) => change((draft) => void (draft.zones[index]!.days = days))} />
          <div class="row">
            <Input id={`zone-${index}-start`} type="time" label={t('welcomeFrom')} value={zone.start} problems={problems} onValue={(value) => change((draft) => void (draft.zones[index]!.start = value))} />
            <Input id={`zone-${index}-end`} type="time" label={t('welcomeTo')} hint={t('welcomeZoneEndHint')} value={zone.end} problems={problems} onValue={(value) => change((draft) => void (draft.zones[index]!.end = value))} />
          </div>
        </fieldset>
      ))}
    </>
  );
}
