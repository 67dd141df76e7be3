import { t } from '../i18n';
import { Input, type StepProps } from './welcome-fields';

/** Both names, and which of the two this browser belongs to (design decision 5). */
export function PeopleStep({ answers, change, problems }: StepProps) {
  const mineProblem = problems.find((problem) => problem.field === 'mine');
  return (
    <>
      <p>{t('welcomePeopleBody')}</p>
      <div class="row">
        {answers.names.map((name, index) => (
          <Input
            key={index}
            id={`name-${index}`}
            label={t(index === 0 ? 'welcomeNameFirst' : 'welcomeNameSecond')}
            value={name}
            autoComplete={index === 0 ? 'given-name' : 'off'}
            problems={problems}
            onValue={(value) => change((draft) => void (draft.names[index] = value))}
          />
        ))}
      </div>
      <fieldset class="field" id="mine" aria-describedby={mineProblem ? 'mine-error' : 'mine-hint'}>
        <legend>{t('identityQuestion')}</legend>
        {([0, 1] as const).map((index) => (
          <label key={index} class="choice">
            <input type="radio" name="mine" checked={answers.mine === index} onChange={() => change((draft) => void (draft.mine = index))} />{' '}
            {answers.names[index].trim() || t(index === 0 ? 'welcomeNameFirst' : 'welcomeNameSecond')}
          </label>
        ))}
        <span id="mine-hint" class="hint">
          {t('welcomeMineHint')}
        </span>
        {mineProblem && (
          <p id="mine-error" class="field-error">
            {t(mineProblem.key)}
          </p>
        )}
      </fieldset>
    </>
  );
}
