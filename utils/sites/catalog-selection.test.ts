import { describe, expect, it } from 'vitest';
import type { WorkSite } from '../agreement/agreement-schema';
import { catalogSiteState, isCatalogEntry, withCatalogSite, withCatalogSites, withoutCatalogSite } from './catalog-selection';
import { WORK_SITE_CATALOG } from './work-site-catalog';

const site = (id: string) => WORK_SITE_CATALOG.find((entry) => entry.id === id)!;
const intranet: WorkSite = { pattern: '*://intranet.example.com/*', category: 'docs', label: 'Intranet' };
const jira: WorkSite = { pattern: '*://*.atlassian.net/*', category: 'tickets', label: 'Jira', catalogId: 'jira' };
const ids = (list: WorkSite[]) => list.map((entry) => entry.catalogId ?? entry.label);

describe('catalogSiteState', () => {
  it('is off without an entry, on with exactly the catalog patterns', () => {
    expect(catalogSiteState([intranet], site('teams'))).toBe('off');
    expect(catalogSiteState(withCatalogSite([], site('teams')), site('teams'))).toBe('on');
  });

  it('is changed when the agreed patterns differ from the catalog, in either direction', () => {
    const oldTeams: WorkSite = { pattern: '*://teams.microsoft.com/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' };
    expect(catalogSiteState([oldTeams], site('teams'))).toBe('changed');
    const extra = [...withCatalogSite([], site('slack')), { ...oldTeams, pattern: '*://slack.com/*', catalogId: 'slack' }];
    expect(catalogSiteState(extra, site('slack'))).toBe('changed');
  });
});

describe('withCatalogSite', () => {
  it('adds every current pattern with the catalog id, label and category', () => {
    expect(withCatalogSite([intranet], site('teams'))).toEqual([
      intranet,
      { pattern: '*://teams.microsoft.com/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' },
      { pattern: '*://teams.cloud.microsoft/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' },
    ]);
  });

  it('keeps catalog order among catalog entries, so Confluence comes before Jira on their shared host', () => {
    expect(ids(withCatalogSite([jira, intranet], site('confluence')))).toEqual(['confluence', 'jira', 'Intranet']);
    expect(ids(withCatalogSite([intranet, jira], site('slack')))).toEqual(['Intranet', 'slack', 'jira']);
  });

  it('changes nothing when the site is already on, even with other patterns', () => {
    const list = [intranet, { ...jira, pattern: '*://jira.example.com/*' }];
    expect(withCatalogSite(list, site('jira'))).toEqual(list);
  });
});

describe('withoutCatalogSite', () => {
  it('removes exactly the entries of that site, whatever their patterns', () => {
    const list = [jira, ...withCatalogSite([], site('teams')), intranet, { ...jira, pattern: '*://jira.example.com/*' }];
    expect(withoutCatalogSite(list, 'jira')).toEqual([...withCatalogSite([], site('teams')), intranet]);
  });

  it('leaves an own pattern for the same host alone', () => {
    const own: WorkSite = { pattern: '*://app.slack.com/*', category: 'chat', label: 'Our Slack' };
    expect(withoutCatalogSite([own, ...withCatalogSite([], site('slack'))], 'slack')).toEqual([own]);
  });
});

describe('withCatalogSites', () => {
  const chat = WORK_SITE_CATALOG.filter((entry) => entry.category === 'chat');

  it('turns a whole category on in catalog order and off again, leaving the rest', () => {
    const on = withCatalogSites([intranet, jira], chat, true);
    expect(chat.every((entry) => catalogSiteState(on, entry) === 'on')).toBe(true);
    expect(ids(on).slice(0, 1)).toEqual(['Intranet']);
    expect(ids(on).at(-1)).toBe('jira');
    expect(withCatalogSites(on, chat, false)).toEqual([intranet, jira]);
  });
});

describe('isCatalogEntry', () => {
  it('is true only for entries of a site the catalog has', () => {
    expect(isCatalogEntry(jira)).toBe(true);
    expect(isCatalogEntry(intranet)).toBe(false);
    expect(isCatalogEntry({ ...intranet, catalogId: 'retired-site' })).toBe(false);
  });
});
