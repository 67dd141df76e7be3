import type { ComponentChildren } from 'preact';
import { WEEKDAYS, weekOrder, type Weekday } from '@/utils/agreement/weekday';
import { formatWeekday } from '@/utils/format/agreement-format';
import { uiLocale } from '../../i18n';
import { fieldId } from './draft-issues';
import { FieldError, useInvalid } from './field-error';

interface FieldProps<T> {
  /** Where the value sits in the agreement (`zones[0].end`); the schema's issues are found by it. */
  path: string;
  label: string;
  value: T;
  onValue: (value: T) => void;
  hint?: string;
}

function Field({ path, label, hint, children }: { path: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={fieldId(path)}>{label}</label>
      {children}
      {hint && <span class="hint">{hint}</span>}
      <FieldError path={path} />
    </div>
  );
}

export function TextField({ maxLength, list, ...props }: FieldProps<string> & { maxLength?: number; list?: string }) {
  return (
    <Field {...props}>
      <input id={fieldId(props.path)} type="text" value={props.value} maxLength={maxLength} list={list} {...useInvalid(props.path)} onInput={(e) => props.onValue(e.currentTarget.value)} />
    </Field>
  );
}

/** A text box, not `type=time`: the agreement also allows 24:00 as an end, and a typo must stay visible to be explained. */
export function TimeField(props: FieldProps<string>) {
  return (
    <Field {...props}>
      <input
        id={fieldId(props.path)}
        class="time"
        type="text"
        inputMode="numeric"
        placeholder="HH:MM"
        size={5}
        value={props.value}
        {...useInvalid(props.path)}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </Field>
  );
}

/**
 * What is not a number is kept as the text typed, so the schema names it ("\"1o\" is not a
 * number") instead of the field silently turning it into something else.
 */
export function NumberField(props: FieldProps<number>) {
  const onInput = (text: string) => {
    const number = text.trim() === '' ? Number.NaN : Number(text);
    props.onValue(Number.isFinite(number) ? number : (text as unknown as number));
  };
  return (
    <Field {...props}>
      <input
        id={fieldId(props.path)}
        class="number"
        type="text"
        inputMode="numeric"
        size={6}
        value={String(props.value)}
        {...useInvalid(props.path)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function DateField(props: FieldProps<string>) {
  return (
    <Field {...props}>
      <input id={fieldId(props.path)} type="date" value={props.value} {...useInvalid(props.path)} onInput={(e) => props.onValue(e.currentTarget.value)} />
    </Field>
  );
}

export function SelectField<T extends string>({ options, ...props }: FieldProps<T> & { options: readonly { value: T; label: string }[] }) {
  return (
    <Field {...props}>
      <select id={fieldId(props.path)} value={props.value} {...useInvalid(props.path)} onChange={(e) => props.onValue(e.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField(props: FieldProps<boolean>) {
  return (
    <div class="field checkbox">
      <input id={fieldId(props.path)} type="checkbox" checked={props.value} {...useInvalid(props.path)} onChange={(e) => props.onValue(e.currentTarget.checked)} />
      <label for={fieldId(props.path)}>{props.label}</label>
      {props.hint && <span class="hint">{props.hint}</span>}
      <FieldError path={props.path} />
    </div>
  );
}

/** A weekday's name in the UI language. */
export const weekdayName = (day: Weekday, style: 'long' | 'short' = 'long'): string => formatWeekday(day, uiLocale(), style);

export function WeekdaysField({ weekStartsOn, ...props }: FieldProps<Weekday[]> & { weekStartsOn: Weekday }) {
  const toggle = (day: Weekday, on: boolean) => {
    const chosen = new Set(props.value);
    if (on) chosen.add(day);
    else chosen.delete(day);
    // Stored in calendar order whatever order they were ticked in, so exports stay stable.
    props.onValue(WEEKDAYS.filter((d) => chosen.has(d)));
  };
  // A fieldset cannot be aria-invalid (ARIA 1.2); its description carries the error instead.
  const { 'aria-describedby': describedBy } = useInvalid(props.path);
  return (
    <fieldset class="field weekdays" id={fieldId(props.path)} aria-describedby={describedBy}>
      <legend>{props.label}</legend>
      {weekOrder(weekStartsOn).map((day) => (
        <label key={day} class="day">
          <input type="checkbox" checked={props.value.includes(day)} onChange={(e) => toggle(day, e.currentTarget.checked)} />
          <abbr title={weekdayName(day)} aria-label={weekdayName(day)}>
            {weekdayName(day, 'short')}
          </abbr>
        </label>
      ))}
      <FieldError path={props.path} />
    </fieldset>
  );
}
