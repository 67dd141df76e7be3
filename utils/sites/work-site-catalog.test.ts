import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogWorkSites, WORK_SITE_CATALOG } from './work-site-catalog';
import { matchPatternProblem } from './match-pattern';
import { WORK_SITE_CATEGORIES } from './work-site-category';
import { workSiteForUrl } from './work-site-for-url';
import type { WorkSite } from '../agreement/agreement-schema';

const allPatterns = WORK_SITE_CATALOG.flatMap((site) => site.patterns.map((pattern) => [site.id, pattern] as const));

describe('WORK_SITE_CATALOG', () => {
  it('offers at least 45 sites with unique kebab-case ids', () => {
    expect(WORK_SITE_CATALOG.length).toBeGreaterThanOrEqual(45);
    const ids = WORK_SITE_CATALOG.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every site a label, a known category and at least one pattern', () => {
    for (const site of WORK_SITE_CATALOG) {
      expect(site.label.trim()).not.toBe('');
      expect(site.label.length).toBeLessThanOrEqual(60);
      expect(WORK_SITE_CATEGORIES).toContain(site.category);
      expect(site.patterns.length).toBeGreaterThan(0);
    }
  });

  it.each(allPatterns)('%s: %s is a valid match pattern', (_, pattern) => {
    expect(matchPatternProblem(pattern)).toBeUndefined();
  });

  it('never repeats a pattern, which would make the later entry unreachable', () => {
    const patterns = allPatterns.map(([, pattern]) => pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it.each([
    'slack', 'teams', 'gmail', 'outlook', 'google-calendar', 'jira', 'confluence', 'github', 'gitlab',
    'bitbucket', 'linear', 'notion', 'asana', 'trello', 'monday', 'clickup', 'basecamp', 'figma', 'miro',
    'zoom', 'google-meet', 'webex', 'salesforce', 'hubspot', 'zendesk', 'intercom', 'freshdesk',
    'servicenow', 'google-docs', 'google-drive', 'google-chat', 'microsoft-365', 'airtable', 'loom',
    'lucid', 'azure-devops', 'aws-console', 'google-cloud', 'azure-portal', 'vercel', 'sentry', 'datadog',
    'pagerduty', 'workday', 'bamboohr', 'calendly', 'coda', 'smartsheet',
  ])('includes %s', (id) => {
    expect(WORK_SITE_CATALOG.map((site) => site.id)).toContain(id);
  });
});

describe('classifying real URLs with the whole catalog', () => {
  const sites = catalogWorkSites();

  it.each([
    ['https://app.slack.com/client/T01/C02', 'slack', 'chat'],
    ['https://teams.microsoft.com/v2/', 'teams', 'chat'],
    ['https://teams.cloud.microsoft/', 'teams', 'chat'],
    ['https://chat.google.com/room/AAA', 'google-chat', 'chat'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail', 'email'],
    ['https://outlook.office.com/mail/inbox', 'outlook', 'email'],
    ['https://outlook.office365.com/owa/', 'outlook', 'email'],
    ['https://calendar.google.com/calendar/u/0/r/week', 'google-calendar', 'calendar'],
    ['https://calendly.com/app/scheduled_events/user/me', 'calendly', 'calendar'],
    ['https://acme.atlassian.net/wiki/spaces/X', 'confluence', 'docs'],
    ['https://acme.atlassian.net/wiki/spaces/X/pages/123/Plan', 'confluence', 'docs'],
    ['https://acme.atlassian.net/browse/ABC-1', 'jira', 'tickets'],
    ['https://acme.atlassian.net/jira/software/projects/ABC/boards/1', 'jira', 'tickets'],
    ['https://github.com/acme/app/pull/42', 'github', 'code'],
    ['https://gitlab.com/acme/app/-/merge_requests/7', 'gitlab', 'code'],
    ['https://bitbucket.org/acme/app/src/main/', 'bitbucket', 'code'],
    ['https://dev.azure.com/acme/Project/_git/app', 'azure-devops', 'code'],
    ['https://linear.app/acme/issue/ENG-12', 'linear', 'tickets'],
    ['https://www.notion.so/acme/Roadmap-0123456789abcdef', 'notion', 'docs'],
    ['https://app.asana.com/0/123/456', 'asana', 'tickets'],
    ['https://trello.com/b/abc123/sprint', 'trello', 'tickets'],
    ['https://acme.monday.com/boards/123', 'monday', 'tickets'],
    ['https://app.clickup.com/123/v/l/abc', 'clickup', 'tickets'],
    ['https://3.basecamp.com/123/projects/456', 'basecamp', 'tickets'],
    ['https://app.smartsheet.com/sheets/abc', 'smartsheet', 'tickets'],
    ['https://www.figma.com/design/abc/Checkout', 'figma', 'design'],
    ['https://miro.com/app/board/uXjV=/', 'miro', 'design'],
    ['https://lucid.app/lucidchart/abc/edit', 'lucid', 'design'],
    ['https://us02web.zoom.us/j/123456789', 'zoom', 'meetings'],
    ['https://app.zoom.us/wc/home', 'zoom', 'meetings'],
    ['https://meet.google.com/abc-defg-hij', 'google-meet', 'meetings'],
    ['https://acme.webex.com/meet/alex', 'webex', 'meetings'],
    ['https://www.loom.com/share/abc', 'loom', 'meetings'],
    ['https://acme.lightning.force.com/lightning/r/Account/001/view', 'salesforce', 'crm'],
    ['https://acme.my.salesforce.com/001', 'salesforce', 'crm'],
    ['https://app.hubspot.com/contacts/123', 'hubspot', 'crm'],
    ['https://app-eu1.hubspot.com/contacts/123', 'hubspot', 'crm'],
    ['https://acme.zendesk.com/agent/tickets/123', 'zendesk', 'tickets'],
    ['https://app.intercom.com/a/inbox/abc', 'intercom', 'tickets'],
    ['https://acme.freshdesk.com/a/tickets/5', 'freshdesk', 'tickets'],
    ['https://acme.service-now.com/now/nav/ui/home', 'servicenow', 'tickets'],
    ['https://docs.google.com/document/d/abc/edit', 'google-docs', 'docs'],
    ['https://docs.google.com/spreadsheets/d/abc/edit#gid=0', 'google-docs', 'docs'],
    ['https://docs.google.com/presentation/d/abc/edit', 'google-docs', 'docs'],
    ['https://drive.google.com/drive/my-drive', 'google-drive', 'docs'],
    ['https://acme.sharepoint.com/sites/Team', 'microsoft-365', 'docs'],
    ['https://acme-my.sharepoint.com/personal/alex/Documents', 'microsoft-365', 'docs'],
    ['https://www.office.com/', 'microsoft-365', 'docs'],
    ['https://airtable.com/appABC/tblDEF', 'airtable', 'docs'],
    ['https://coda.io/d/Plan_dabc', 'coda', 'docs'],
    ['https://us-east-1.console.aws.amazon.com/ec2/home', 'aws-console', 'cloud'],
    ['https://console.aws.amazon.com/console/home', 'aws-console', 'cloud'],
    ['https://console.cloud.google.com/home/dashboard?project=acme', 'google-cloud', 'cloud'],
    ['https://portal.azure.com/#home', 'azure-portal', 'cloud'],
    ['https://vercel.com/acme/app/deployments', 'vercel', 'cloud'],
    ['https://acme.sentry.io/issues/123/', 'sentry', 'cloud'],
    ['https://app.datadoghq.com/dashboard/abc', 'datadog', 'cloud'],
    ['https://app.datadoghq.eu/logs', 'datadog', 'cloud'],
    ['https://acme.pagerduty.com/incidents/P123', 'pagerduty', 'cloud'],
    ['https://wd5.myworkday.com/acme/d/home.htmld', 'workday', 'hr'],
    ['https://acme.bamboohr.com/home', 'bamboohr', 'hr'],
  ])('%s is %s (%s)', (url, catalogId, category) => {
    expect(workSiteForUrl(sites, url)).toMatchObject({ catalogId, category });
  });

  it.each([
    'https://www.google.com/search?q=x',
    'https://www.youtube.com/',
    'https://outlook.live.com/mail/',
    'https://teams.live.com/',
    'https://onedrive.live.com/',
    'https://docs.google.com/forms/d/e/abc/viewform',
    'https://acme.zendesk.com/hc/en-us/articles/1',
    'https://acme.freshdesk.com/support/home',
    'https://calendly.com/dr-smith/checkup',
    'https://miro.com/pricing/',
    'https://acme.wd5.myworkdayjobs.com/careers',
    'https://my-portfolio.vercel.app/',
    'https://www.atlassian.com/software/jira',
    'https://maps.google.com/',
    'https://www.wikipedia.org/',
    'https://netflix.com/browse',
  ])('%s is not work', (url) => {
    expect(workSiteForUrl(sites, url)).toBeUndefined();
  });
});

describe('catalogWorkSites', () => {
  it('gives one agreement entry per pattern, carrying the catalog id and label', () => {
    expect(catalogWorkSites(['outlook'])).toEqual([
      { pattern: '*://outlook.office.com/*', category: 'email', label: 'Outlook', catalogId: 'outlook' },
      { pattern: '*://outlook.office365.com/*', category: 'email', label: 'Outlook', catalogId: 'outlook' },
      { pattern: '*://outlook.cloud.microsoft/*', category: 'email', label: 'Outlook', catalogId: 'outlook' },
    ]);
  });

  it('keeps catalog order whatever order the ids come in, so Confluence still wins over Jira', () => {
    expect(catalogWorkSites(['jira', 'confluence']).map((site) => site.catalogId)).toEqual(['confluence', 'jira']);
  });

  it('gives every pattern of the catalog without ids, and nothing for an empty or unknown choice', () => {
    expect(catalogWorkSites()).toHaveLength(allPatterns.length);
    expect(catalogWorkSites([])).toEqual([]);
    expect(catalogWorkSites(['no-such-site'])).toEqual([]);
  });
});

describe('the documented example agreement', () => {
  const example = JSON.parse(readFileSync(new URL('../../docs/agreement.example.json', import.meta.url), 'utf8')) as {
    workSites: WorkSite[];
  };
  const fromCatalog = example.workSites.filter((site) => site.catalogId !== undefined);

  it.each(fromCatalog.map((site) => [site.catalogId, site.pattern, site] as const))(
    '%s entry %s is exactly a catalog entry',
    (_, __, site) => {
      expect(catalogWorkSites()).toContainEqual(site);
    },
  );

  it('still shows a custom site next to the catalog ones', () => {
    expect(example.workSites.some((site) => site.catalogId === undefined)).toBe(true);
  });
});
