import { t } from '../i18n';
import { DaysInput, Input, type StepProps } from './welcome-fields';

/** One block of working hours each, on the days chosen; the editor allows split days and more later. */
export function HoursStep({ answers, change, problems }: StepProps) {
  return (
    <>
      <p>{t('welcomeHoursBody')}</p>
      {answers.hours.map((hours, index) => (
        <fieldset key={index} class="welcome-group">
          <legend>{t('welcomeHoursOf', [answers.names[index]!])}</legend>
          <DaysInput
            id={`hours-${index}-days`}
            legend={t('welcomeDays')}
            value={hours.days}
            weekStartsOn={answers.weekStartsOn}
            problems={problems}
            onValue={(days) => change((draft) => void (draft.hours[index]!.days = days))}
          />
          <div class="row">
            <Input id={`hours-${index}-start`} type="time" label={t('welcomeFrom')} value={hours.start} problems={problems} onValue={(value) => change((draft) => void (draft.hours[index]!.start = value))} />
            <Input id={`hours-${index}-end`} type="time" label={t('welcomeTo')} hint={t('welcomeHoursEndHint')} value={hours.end} problems={problems} onValue={(value) => change((draft) => void (draft.hours[index]!.end = value))} />
          </div>
        </fieldset>
      ))}
    </>
  );
}
