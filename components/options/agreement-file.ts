import type { Agreement } from '@/utils/agreement/agreement-schema';
import { serializeAgreement } from '@/utils/agreement/parse-agreement';

/** Offers the agreement as a JSON file download from an extension page. */
export function downloadAgreement(agreement: Agreement, now: number): void {
  const url = URL.createObjectURL(new Blob([serializeAgreement(agreement)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `hearth-agreement-${new Date(now).toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
