import * as v from 'valibot';
import { AgreementSchema, type Agreement } from './agreement-schema';
import { fromValibotIssues, type AgreementIssue } from './agreement-issues';
import { migrateAgreement } from './migrations/migrate-agreement';

export type ParseResult = { ok: true; agreement: Agreement } | { ok: false; issues: AgreementIssue[] };

/** Validates an agreement-shaped value; nothing downstream ever sees an unvalidated agreement. */
export function parseAgreement(input: unknown): ParseResult {
  const result = v.safeParse(AgreementSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, agreement: result.output };
  return { ok: false, issues: fromValibotIssues(result.issues) };
}

/**
 * Parses the text of an imported file: JSON first, then an older format is brought up to the
 * current one (`now` dates the defaults a migration fills in), then the schema.
 */
export function parseAgreementText(text: string, now: number): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '', key: 'errNotJson', value: (error as Error).message }] };
  }
  return parseAgreement(migrateAgreement(json, now));
}

export function serializeAgreement(agreement: Agreement): string {
  return `${JSON.stringify(agreement, null, 2)}\n`;
}
