import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AgreementIssue } from '@/utils/agreement/agreement-issues';

/** The schema's verdict on the draft, by field path (`zones[0].end`), for the fields to show beside them. */
export const DraftIssues = createContext<ReadonlyMap<string, AgreementIssue[]>>(new Map());

export function indexIssues(issues: readonly AgreementIssue[]): Map<string, AgreementIssue[]> {
  const byPath = new Map<string, AgreementIssue[]>();
  for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
  return byPath;
}

export function useIssuesAt(path: string): AgreementIssue[] {
  return useContext(DraftIssues).get(path) ?? [];
}

/** A stable element id for the field at `path`, so its label and error can point at it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
