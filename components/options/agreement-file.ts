import { agreementExport } from '@/utils/agreement/agreement-export';
import { allRevisions } from '@/utils/agreement/agreement-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import { t, uiLocale } from '../i18n';
import { downloadFile } from '../download-file';

/** Offers the agreement in force, with its history, as a JSON file download from an extension page. */
export async function downloadAgreement(db: HearthDb, now: number): Promise<void> {
  const text = agreementExport(await allRevisions(db), uiLocale(), t);
  downloadFile(text, 'application/json', `hearth-agreement-${new Date(now).toISOString().slice(0, 10)}.json`);
}
