import { ALL_ZONES, type Agreement } from './agreement-schema';

/**
 * Removing a zone, special day or ritual also takes it out of the contingency plans that name it:
 * a plan for a zone that no longer exists has nothing to switch, and the removal must not leave
 * the agreement refused for a reference the person cannot see from where they removed it.
 */
export function dropDanglingPlanReferences(agreement: Agreement): void {
  const zoneIds = new Set([...agreement.zones, ...agreement.specialDays].map((zone) => zone.id));
  const ritualIds = new Set(agreement.rituals.map((ritual) => ritual.id));
  for (const plan of agreement.contingencyPlans) {
    if (plan.trackZones !== ALL_ZONES) plan.trackZones = plan.trackZones.filter((id) => zoneIds.has(id));
    plan.pausedRituals = plan.pausedRituals.filter((id) => ritualIds.has(id));
  }
}

/** Removes one zone, special day or ritual, and every plan's reference to it. */
export function removeReferenced(agreement: Agreement, part: 'zones' | 'specialDays' | 'rituals', index: number): void {
  agreement[part].splice(index, 1);
  dropDanglingPlanReferences(agreement);
}
