import * as v from 'valibot';
import { AgreementSchema, type Agreement } from './agreement-schema';
import { fromValibotIssues, shownIssues, type AgreementIssue } from './agreement-issues';
import { unknownFields } from './unknown-fields';
import { migrateAgreement } from './migrations/migrate-agreement';

export type ParseResult = { ok: true; agreement: Agreement } | { ok: false; issues: AgreementIssue[] };

/** Validates an agreement-shaped value; nothing downstream ever sees an unvalidated agreement. */
export function parseAgreement(input: unknown): ParseResult {
  const result = v.safeParse(AgreementSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, agreement: result.output };
  return { ok: false, issues: fromValibotIssues(result.issues) };
}

/**
 * The largest agreement file read: a real one is a few KB (the full example is 4 KB), so 1 MiB
 * leaves room for hundreds of entries, and a 21 MB file can no longer be stored and kept forever.
 */
export const MAX_AGREEMENT_FILE_BYTES = 1024 * 1024;

/**
 * Parses the text of an imported file: its size, JSON, then an older format is brought up to the
 * current one (`now` dates the defaults a migration fills in), then the schema, and last any field
 * the schema does not know: a file is written by a person or by Hearth, and Hearth writes no such
 * field (its format and version say which fields there are), so one is a typo to point out, not to drop.
 */
export function parseAgreementText(text: string, now: number): ParseResult {
  // Characters, not bytes: never more than the bytes, so a file the page let through passes here.
  if (text.length > MAX_AGREEMENT_FILE_BYTES) return { ok: false, issues: [fileTooLarge()] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '', key: 'errNotJson', value: (error as Error).message }] };
  }
  const migrated = migrateAgreement(json, now);
  const parsed = parseAgreement(migrated);
  if (!parsed.ok) return parsed;
  const unknown = unknownFields(migrated, parsed.agreement, EXPORT_ONLY_FIELDS);
  return unknown.length === 0 ? parsed : { ok: false, issues: shownIssues(unknown, (path) => ({ path, key: 'errUnknownField' })) };
}

/** Parts of Hearth's own export that are not the agreement (agreement-export.ts): read by people, left aside on import. */
export const EXPORT_ONLY_FIELDS = ['history'];

export function serializeAgreement(agreement: Agreement): string {
  return `${JSON.stringify(agreement, null, 2)}\n`;
}

/** The issue of a file over MAX_AGREEMENT_FILE_BYTES, named the way the person sees file sizes. */
export function fileTooLarge(): AgreementIssue {
  return { path: '', key: 'errFileTooLarge', value: `${MAX_AGREEMENT_FILE_BYTES / 1024 / 1024} MB` };
}
