/**
 * The engine's spelling of a zone name, or undefined for a name it does not know. Remembered per
 * name: building an Intl.DateTimeFormat costs about a millisecond, and every parse asks.
 */
const resolvedZones = new Map<string, string | undefined>();
function resolvedTimeZone(zone: string): string | undefined {
  if (resolvedZones.has(zone)) return resolvedZones.get(zone);
  let resolved: string | undefined;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    resolved = undefined;
  }
  // Names come from people and files: a handful in practice, so a full map is simply started over.
  if (resolvedZones.size >= 1000) resolvedZones.clear();
  resolvedZones.set(zone, resolved);
  return resolved;
}

export function isValidTimeZone(zone: string): boolean {
  return resolvedTimeZone(zone) !== undefined && (zone.includes('/') || zone.toUpperCase() === 'UTC');
}

/**
 * Zone names are matched without regard to case, but the stored one is written into `.ics` files
 * and compared as text, so it is stored as the engine spells it (`europe/berlin` → `Europe/Berlin`).
 * An alias the engine resolves to another name (older ICU turns `Asia/Kolkata` into
 * `Asia/Calcutta`) is kept as typed: the person's choice, and just as valid.
 */
export function canonicalTimeZone(zone: string): string {
  const resolved = resolvedTimeZone(zone)!;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}
