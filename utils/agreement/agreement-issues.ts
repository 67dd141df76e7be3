import type * as v from 'valibot';
import type { Translate } from '../i18n/translate';
import { nearKey } from './near-key';

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

const SHOWN_CHARS = 60;

/**
 * The value as JSON, cut at 60 characters. Written out by hand, not by JSON.stringify: that
 * recurses through the whole value, and 50,000 nested brackets in an imported file overflowed the
 * stack. This stops as soon as enough is written, so no value is walked deeper or further than
 * the 60 characters shown.
 */
export function shownValue(input: unknown): string | undefined {
  if (input === undefined || typeof input === 'function' || typeof input === 'symbol') return undefined;
  let out = '';
  const write = (value: unknown): boolean => {
    if (out.length > SHOWN_CHARS) return false;
    if (Array.isArray(value)) {
      out += '[';
      for (const [index, item] of value.entries()) {
        if (index > 0) out += ',';
        if (!write(item === undefined ? null : item)) return false;
      }
      out += ']';
    } else if (typeof value === 'object' && value !== null) {
      out += '{';
      let first = true;
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        if (!write(item)) return false;
      }
      out += '}';
    } else {
      out += JSON.stringify(value) ?? 'null';
    }
    return out.length <= SHOWN_CHARS;
  };
  write(input);
  return out.length > SHOWN_CHARS ? `${out.slice(0, SHOWN_CHARS - 3)}…` : out;
}

/**
 * The value of the field the issue is about. A check forwarded to one field (a zone's end) carries
 * the whole zone as its input; the person typed the end, so the end is what they should see.
 */
function fieldValue(issue: v.BaseIssue<unknown>): unknown {
  const field = issue.path?.at(-1);
  return field && field.value !== undefined ? field.value : issue.input;
}

/**
 * A field the schema needs and the file lacks. When the file has a key beside it that is nearly its
 * name (`workSite` for `workSites`), that is almost always the field misspelt: saying so points at
 * the line to fix, where "missing" alone sends the person looking for something they did write.
 */
function missingIssue(issue: v.BaseIssue<unknown>): AgreementIssue {
  const path = issuePath(issue.path);
  const field = issue.path?.at(-1);
  const parent = field?.input;
  if (typeof field?.key === 'string' && typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
    const near = nearKey(field.key, Object.keys(parent));
    if (near !== undefined) return { path, key: 'errMissingNear', value: JSON.stringify(near) };
  }
  return { path, key: 'errMissing' };
}

/** Issues listed to the person; a broken 20 MB file once listed 158,731. The rest are counted. */
export const MAX_ISSUES_SHOWN = 50;

function fromValibotIssue(issue: v.BaseIssue<unknown>): AgreementIssue {
  // valibot reports a missing key with the message of the schema it expected there; "missing"
  // tells the person more than "expected an object".
  if (issue.input === undefined) return missingIssue(issue);
  // A list that is too long says how long it may be; showing its start would say nothing.
  if (issue.type === 'max_length' && issue.message === 'errTooMany') return { path: issuePath(issue.path), key: issue.message, value: String(issue.requirement) };
  return { path: issuePath(issue.path), key: issue.message, value: shownValue(fieldValue(issue)) };
}

/** The first MAX_ISSUES_SHOWN of `found`, made into issues only for those shown, and a count of the rest. */
export function shownIssues<T>(found: readonly T[], toIssue: (each: T) => AgreementIssue): AgreementIssue[] {
  const shown = found.slice(0, MAX_ISSUES_SHOWN).map(toIssue);
  const more = found.length - shown.length;
  return more > 0 ? [...shown, { path: '', key: 'errMoreIssues', value: String(more) }] : shown;
}

export function fromValibotIssues(issues: readonly v.BaseIssue<unknown>[]): AgreementIssue[] {
  return shownIssues(issues, fromValibotIssue);
}

export function describeIssue(issue: AgreementIssue, t: Translate): string {
  const message = t(issue.key, issue.value === undefined ? [] : [issue.value]);
  return issue.path ? `${issue.path}: ${message}` : message;
}
