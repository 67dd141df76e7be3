import { describeIssue } from '@/utils/agreement/agreement-issues';
import { welcomeAgreement } from '@/utils/welcome/welcome-agreement';
import { WeekView } from '../options/week-view';
import { t } from '../i18n';
import type { StepProps } from './welcome-fields';

/** The week the answers make, drawn as the options page draws it, before anything is stored. */
export function ReviewStep({ answers, now }: Pick<StepProps, 'answers'> & { now: number }) {
  const result = welcomeAgreement(answers, Date.now());
  if (!result.ok) {
    return (
      <div class="status error" role="alert">
        <p>{t('welcomeInvalid')}</p>
        <ul>
          {result.issues.map((issue) => (
            <li key={`${issue.path}:${issue.key}`}>{describeIssue(issue, t)}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      <p>{t('welcomeReviewBody')}</p>
      <WeekView agreement={result.agreement} now={now} />
    </>
  );
}
