import type { Agreement } from './agreement-schema';
import { dropDanglingPlanReferences } from './plan-references';
import { addMonths } from '../reminders/date-reminders';

/**
 * The parts the couple walk through at the agreement's review (issue #9), in the order the editor
 * shows them, and which fields of the agreement each part holds. Together they hold every field
 * but the format's own (a test keeps it so).
 */
export const REVIEW_PARTS = [
  { id: 'household', fields: ['household'] },
  { id: 'hours', fields: ['partners'] },
  { id: 'zones', fields: ['zones'] },
  { id: 'specialDays', fields: ['specialDays'] },
  { id: 'rituals', fields: ['rituals'] },
  { id: 'workSites', fields: ['workSites'] },
  { id: 'budget', fields: ['budget', 'overridePolicy'] },
  { id: 'seasons', fields: ['focusSeasons'] },
  { id: 'commitments', fields: ['commitments'] },
  { id: 'plans', fields: ['contingencyPlans'] },
  { id: 'reviewRhythm', fields: ['reviewRhythm'] },
] as const satisfies readonly { id: string; fields: readonly (keyof Agreement)[] }[];

export type ReviewPartId = (typeof REVIEW_PARTS)[number]['id'];
export type ReviewChoice = 'keep' | 'change';

const partOf = (id: ReviewPartId) => REVIEW_PARTS.find((part) => part.id === id)!;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the draft differs from the agreement under review in this part. */
export function partChanged(id: ReviewPartId, base: Agreement, draft: Agreement): boolean {
  return partOf(id).fields.some((field) => !same(base[field], draft[field]));
}

/**
 * "Keep" after an edit puts the part back as it was; a plan that named a zone or ritual the part
 * no longer has lets go of it, so keeping one part never leaves the draft refused for another.
 */
export function keepPart(id: ReviewPartId, base: Agreement, draft: Agreement): Agreement {
  const kept = structuredClone(draft);
  const restored = Object.fromEntries(partOf(id).fields.map((field) => [field, structuredClone(base[field])]));
  Object.assign(kept, restored);
  dropDanglingPlanReferences(kept);
  return kept;
}

/** The parts not yet answered with keep or change: the review ends only when there are none. */
export function partsToGo(choices: Partial<Record<ReviewPartId, ReviewChoice>>): ReviewPartId[] {
  return REVIEW_PARTS.map((part) => part.id).filter((id) => !choices[id]);
}

/**
 * The agreement as the review saves it: the review is done, so the next one moves a rhythm's
 * length on from today (reviews-due.ts reads the rhythm's `from`, and a review not held stays due).
 * A later next review the couple set themselves in the review is theirs and stays.
 */
export function reviewedAgreement(base: Agreement, draft: Agreement, today: string): Agreement {
  const { everyMonths, from } = draft.reviewRhythm;
  if (from !== base.reviewRhythm.from && from > today) return draft;
  return { ...draft, reviewRhythm: { everyMonths, from: addMonths(today, everyMonths) } };
}
