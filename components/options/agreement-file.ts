import type { Agreement } from '@/utils/agreement/agreement-schema';
import { serializeAgreement } from '@/utils/agreement/parse-agreement';
import { downloadFile } from '../download-file';

/** Offers the agreement as a JSON file download from an extension page. */
export function downloadAgreement(agreement: Agreement, now: number): void {
  downloadFile(serializeAgreement(agreement), 'application/json', `hearth-agreement-${new Date(now).toISOString().slice(0, 10)}.json`);
}
