import { WEEKDAYS, weekOrder, type Weekday } from '@/utils/agreement/weekday';
import type { WelcomeAnswers } from '@/utils/welcome/welcome-answers';
import type { WelcomeProblem } from '@/utils/welcome/welcome-problems';
import { formatWeekday } from '@/utils/format/agreement-format';
import { t, uiLocale } from '../i18n';

/** What every step gets: the answers, a way to change them (on a copy), and what kept it from going on. */
export interface StepProps {
  answers: WelcomeAnswers;
  change: (update: (draft: WelcomeAnswers) => void) => void;
  problems: readonly WelcomeProblem[];
}

const problemOf = (problems: readonly WelcomeProblem[], field: string) => problems.find((problem) => problem.field === field);

/** The error beside a field, named by id so the field's description reads it out. */
function Problem({ id, problems }: { id: string; problems: readonly WelcomeProblem[] }) {
  const problem = problemOf(problems, id);
  return problem ? (
    <p id={`${id}-error`} class="field-error">
      {t(problem.key)}
    </p>
  ) : null;
}

const describedBy = (id: string, problems: readonly WelcomeProblem[], hint?: string) =>
  [hint && `${id}-hint`, problemOf(problems, id) && `${id}-error`].filter(Boolean).join(' ') || undefined;

interface InputProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  problems: readonly WelcomeProblem[];
  hint?: string;
  type?: 'text' | 'time';
  list?: string;
  autoComplete?: string;
}

export function Input({ id, label, value, onValue, problems, hint, type = 'text', list, autoComplete }: InputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        class={type === 'time' ? 'time' : undefined}
        value={value}
        list={list}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={problemOf(problems, id) ? 'true' : undefined}
        aria-describedby={describedBy(id, problems, hint)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      <Problem id={id} problems={problems} />
    </div>
  );
}

export const weekdayName = (day: Weekday, style: 'long' | 'short' = 'long') => formatWeekday(day, uiLocale(), style);

/** Weekdays as checkboxes in the household's week order, kept in calendar order. */
export function DaysInput({ id, legend, value, onValue, problems, weekStartsOn }: { id: string; legend: string; value: readonly Weekday[]; onValue: (days: Weekday[]) => void; problems: readonly WelcomeProblem[]; weekStartsOn: Weekday }) {
  const toggle = (day: Weekday, on: boolean) => onValue(WEEKDAYS.filter((d) => (d === day ? on : value.includes(d))));
  return (
    <fieldset class="field weekdays" id={id} aria-describedby={describedBy(id, problems)}>
      <legend>{legend}</legend>
      {weekOrder(weekStartsOn).map((day) => (
        <label key={day} class="day">
          <input type="checkbox" checked={value.includes(day)} onChange={(event) => toggle(day, event.currentTarget.checked)} />
          <abbr title={weekdayName(day)} aria-label={weekdayName(day)}>
            {weekdayName(day, 'short')}
          </abbr>
        </label>
      ))}
      <Problem id={id} problems={problems} />
    </fieldset>
  );
}
