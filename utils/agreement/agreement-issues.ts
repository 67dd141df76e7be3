import type * as v from 'valibot';
import type { Translate } from '../i18n/translate';

/** A reason an agreement was refused, pointing at the field it is about. */
export interface AgreementIssue {
  /** Where, as a reader writes it: `zones[2].end`; empty for the document as a whole. */
  path: string;
  /** i18n key of the message. */
  key: string;
  /** The offending value, shown to the person as JSON. */
  value?: string;
}

export function issuePath(path: v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out;
}

function shownValue(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  const text = JSON.stringify(input);
  if (text === undefined) return undefined;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The value of the field the issue is about. A check forwarded to one field (a zone's end) carries
 * the whole zone as its input; the person typed the end, so the end is what they should see.
 */
function fieldValue(issue: v.BaseIssue<unknown>): unknown {
  const field = issue.path?.at(-1);
  return field && field.value !== undefined ? field.value : issue.input;
}

export function fromValibotIssues(issues: readonly v.BaseIssue<unknown>[]): AgreementIssue[] {
  return issues.map((issue) =>
    // valibot reports a missing key with the message of the schema it expected there; "missing"
    // tells the person more than "expected an object".
    issue.input === undefined
      ? { path: issuePath(issue.path), key: 'errMissing' }
      : { path: issuePath(issue.path), key: issue.message, value: shownValue(fieldValue(issue)) },
  );
}

export function describeIssue(issue: AgreementIssue, t: Translate): string {
  const message = t(issue.key, issue.value === undefined ? [] : [issue.value]);
  return issue.path ? `${issue.path}: ${message}` : message;
}
