import type { Agreement } from './agreement-schema';
import type { AgreementIssue } from './agreement-issues';
import { itemsOf, LIST_PARTS, SINGLE_PARTS, valueOf, type ListPart } from './changes/change-parts';
import { parseAgreement } from './parse-agreement';
import type { Translate } from '../i18n/translate';

type Item = Record<string, unknown>;

/** One part a proposal changes that was changed since its base too: a list item by its title, or a whole part. */
export interface RebaseConflict {
  /** `zone`, `ritual`, `workSite`… `partner`, or a part there is one of (`budget`, `household`). */
  part: string;
  /** The item's name as the couple wrote it; none for a part there is one of. */
  title?: string;
}

export type RebaseResult =
  | { ok: true; agreement: Agreement }
  /**
   * `partial`: the current agreement with every change that does not conflict applied, for the
   * person to re-edit (it may not validate yet). `issues`: the result would not be a valid agreement
   * (it names a zone or ritual removed since).
   */
  | { ok: false; conflicts: RebaseConflict[]; issues: AgreementIssue[]; partial: Agreement };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A proposal made on `base` whose base is no longer current, applied onto `current` — the couple's
 * consent is the point (design decision 7), so nothing is merged silently: each part the proposal
 * changes (a zone, a ritual, a work site, one partner's name and hours, the budget…) is taken over
 * only if `current` still has it as `base` had it (or already as proposed). Any other part it
 * touches is a conflict, named so the person can re-edit it. Parts the proposal leaves alone stay
 * as they are now. Order alone is no change (as in the change list), so a re-applied item keeps its
 * place in `current`, and a new one goes at the end.
 */
export function rebaseProposal(base: Agreement, proposed: Agreement, current: Agreement): RebaseResult {
  if (same(base, current)) return { ok: true, agreement: proposed };
  const result = structuredClone(current);
  // Written part by part through the part tables; the schema judges the whole at the end.
  const parts = result as unknown as Record<string, unknown>;
  const conflicts: RebaseConflict[] = [];
  const touched = (before: unknown, after: unknown, now: unknown) => !same(before, after) && !same(now, before) && !same(now, after);

  for (const spec of SINGLE_PARTS) {
    const [before, after, now] = [valueOf(base, spec), valueOf(proposed, spec), valueOf(current, spec)];
    if (same(before, after)) continue;
    if (touched(before, after, now)) conflicts.push({ part: spec.part });
    else parts[spec.field] = structuredClone(after);
  }

  proposed.partners.forEach((partner, index) => {
    const [before, now] = [base.partners[index], current.partners[index]];
    if (same(before, partner)) return;
    if (touched(before, partner, now)) conflicts.push({ part: 'partner', title: (now ?? before ?? partner).name });
    else result.partners[index] = structuredClone(partner);
  });

  for (const spec of LIST_PARTS) {
    parts[spec.field] = rebaseList(spec, base, proposed, current, conflicts);
  }

  if (conflicts.length > 0) return { ok: false, conflicts, issues: [], partial: result };
  const parsed = parseAgreement(result);
  return parsed.ok ? { ok: true, agreement: parsed.agreement } : { ok: false, conflicts, issues: parsed.issues, partial: result };
}

function rebaseList(spec: ListPart, base: Agreement, proposed: Agreement, current: Agreement, conflicts: RebaseConflict[]): Item[] {
  const byKey = (agreement: Agreement) => new Map(itemsOf(agreement, spec).map((item) => [spec.key(item), item]));
  const [before, after, now] = [byKey(base), byKey(proposed), byKey(current)];
  const keys = new Set([...before.keys(), ...after.keys()]);
  const changed = [...keys].filter((key) => !same(before.get(key), after.get(key)));
  const taken = new Map<string, Item | undefined>();
  for (const key of changed) {
    const [was, wanted, is] = [before.get(key), after.get(key), now.get(key)];
    if (same(is, was) || same(is, wanted)) taken.set(key, wanted);
    else conflicts.push({ part: spec.part, title: spec.title(is ?? was ?? wanted!) });
  }
  const kept = itemsOf(current, spec).flatMap((item) => {
    const key = spec.key(item);
    if (!taken.has(key)) return [item];
    const wanted = taken.get(key);
    return wanted ? [wanted] : [];
  });
  const added = itemsOf(proposed, spec).filter((item) => taken.get(spec.key(item)) && !now.has(spec.key(item)));
  return structuredClone([...kept, ...added]);
}

/** The conflicts in words: "Zone “Family evenings” changed since this was proposed". */
export function describeConflicts(conflicts: readonly RebaseConflict[], t: Translate): string[] {
  return conflicts.map((conflict) =>
    conflict.title === undefined
      ? t('rebaseConflictPart', [t(`changePart_${conflict.part}`)])
      : t('rebaseConflictItem', [t(`conflictPart_${conflict.part}`), conflict.title]),
  );
}
