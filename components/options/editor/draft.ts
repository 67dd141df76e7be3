import type { Agreement } from '@/utils/agreement/agreement-schema';

/**
 * The agreement as it is being edited. It has the agreement's shape, but what the person typed is
 * kept as typed ("25:00", NaN for a number field they cleared) so the one schema can say what is
 * wrong and where; nothing leaves the editor without passing that schema.
 */
export type Draft = Agreement;

/** Edits are written as mutations of a copy, so a section says what changes and nothing else. */
export type Edit = (change: (draft: Draft) => void) => void;

export function edited(draft: Draft, change: (draft: Draft) => void): Draft {
  const next = structuredClone(draft);
  change(next);
  return next;
}
