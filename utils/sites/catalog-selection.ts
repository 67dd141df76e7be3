import type { WorkSite } from '../agreement/agreement-schema';
import { WORK_SITE_CATALOG, type CatalogSite } from './work-site-catalog';

/**
 * `changed`: the agreement has the site, but with other patterns than the catalog has today (the
 * catalog grew or moved since the couple chose it). It still counts as on: what the two of them
 * agreed is kept as it is until they turn the site off and on again.
 */
export type CatalogSiteState = 'off' | 'on' | 'changed';

export function catalogSiteState(workSites: readonly WorkSite[], site: CatalogSite): CatalogSiteState {
  const agreed = new Set(workSites.filter((entry) => entry.catalogId === site.id).map((entry) => entry.pattern));
  if (agreed.size === 0) return 'off';
  const current = new Set(site.patterns);
  return agreed.size === current.size && [...agreed].every((pattern) => current.has(pattern)) ? 'on' : 'changed';
}

const catalogIndex = new Map(WORK_SITE_CATALOG.map((site, index) => [site.id, index]));

/**
 * Whether an entry is one of the catalog's switches. An entry naming a site the catalog no longer
 * has is not: the editor shows it with the couple's own patterns, so it can still be seen and removed.
 */
export function isCatalogEntry(entry: WorkSite): boolean {
  return entry.catalogId !== undefined && catalogIndex.has(entry.catalogId);
}

/**
 * The list with the site's current patterns added. They go before the first entry of a site that
 * comes later in the catalog, so catalog sites keep the catalog's order among themselves: matching
 * is first-wins and the catalog puts a narrower site on a shared host (Confluence) before the
 * broader one (Jira). Without such an entry they go last, after everything already agreed.
 */
export function withCatalogSite(workSites: readonly WorkSite[], site: CatalogSite): WorkSite[] {
  if (workSites.some((entry) => entry.catalogId === site.id)) return [...workSites];
  const own = catalogIndex.get(site.id)!;
  const later = workSites.findIndex((entry) => entry.catalogId !== undefined && (catalogIndex.get(entry.catalogId) ?? -1) > own);
  const at = later === -1 ? workSites.length : later;
  const added = site.patterns.map((pattern) => ({ pattern, category: site.category, label: site.label, catalogId: site.id }));
  return [...workSites.slice(0, at), ...added, ...workSites.slice(at)];
}

/** The list without any entry of the catalog site, whichever patterns it was agreed with. */
export function withoutCatalogSite(workSites: readonly WorkSite[], siteId: string): WorkSite[] {
  return workSites.filter((entry) => entry.catalogId !== siteId);
}

/** Every one of `sites` turned on or off at once, as "all" and "none" of a category do. */
export function withCatalogSites(workSites: readonly WorkSite[], sites: readonly CatalogSite[], on: boolean): WorkSite[] {
  return sites.reduce<WorkSite[]>(
    (list, site) => (on ? withCatalogSite(list, site) : withoutCatalogSite(list, site.id)),
    [...workSites],
  );
}
