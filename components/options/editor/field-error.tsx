import { describeIssue } from '@/utils/agreement/agreement-issues';
import { t } from '../../i18n';
import { fieldId, useIssuesAt } from './draft-issues';

export const errorId = (path: string) => `${fieldId(path)}-error`;

/** What is wrong with the field at `path`, right beside it; nothing when it is fine. */
export function FieldError({ path }: { path: string }) {
  const issues = useIssuesAt(path);
  if (issues.length === 0) return null;
  return (
    <p id={errorId(path)} class="field-error">
      {issues.map((issue) => describeIssue({ ...issue, path: '' }, t)).join('; ')}
    </p>
  );
}

/** The attributes that tie an input to its error, for screen readers and for the invalid style. */
export function useInvalid(path: string) {
  const invalid = useIssuesAt(path).length > 0;
  return { 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': invalid ? errorId(path) : undefined };
}
