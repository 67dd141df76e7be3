import type { AgreementRevision } from '../db/hearth-db';
import type { Translate } from '../i18n/translate';
import { revisionHistory } from './revision-history';

/**
 * The exported file: the agreement in force, in its own format, with its history beside it under
 * `history` (newest first, instants as ISO text, changes in the exporter's language). An import
 * knows `history` as export-only and passes over it, so the file imports anywhere as a plain
 * agreement; the history is for the couple to read and keep, and is not imported back.
 */
export function agreementExport(revisions: readonly AgreementRevision[], locale: string, t: Translate): string {
  const latest = revisions.at(-1);
  if (!latest) throw new RangeError('there is no agreement to export');
  const history = revisionHistory(revisions, locale, t)
    .reverse()
    .map(({ id: _id, effectiveAt, ...entry }) => ({ effectiveAt: new Date(effectiveAt).toISOString(), ...entry }));
  return `${JSON.stringify({ ...latest.agreement, history }, null, 2)}\n`;
}
