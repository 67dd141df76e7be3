import type { WorkSite } from '@/utils/agreement/agreement-schema';

/**
 * The work sites of the agreement the guard last derived, kept in memory so a tab's URL change can
 * be checked against them without reading IndexedDB: most URL changes are pages that are not work,
 * and those should cost Hearth nothing. Every derivation (start-up, an agreement saved, a plan, a
 * boundary) sets it; until the first one has, callers wait for it rather than guess.
 */
export function knownWorkSites() {
  let current: readonly WorkSite[] | undefined;
  let markKnown: (sites: readonly WorkSite[]) => void = () => {};
  const first = new Promise<readonly WorkSite[]>((resolve) => (markKnown = resolve));
  return {
    set(sites: readonly WorkSite[]): void {
      current = sites;
      markKnown(sites);
    },
    get: (): readonly WorkSite[] | Promise<readonly WorkSite[]> => current ?? first,
  };
}
