import type { WorkSite } from '../agreement/agreement-schema';
import type { WorkSiteCategory } from './work-site-category';

export interface CatalogSite {
  /** Kebab-case; stored in the agreement as `catalogId`, so never rename one. */
  id: string;
  label: string;
  category: WorkSiteCategory;
  patterns: string[];
}

/**
 * Common work sites a couple can pick from instead of writing match patterns. Patterns name the
 * hosts (and, where the same host also serves the public, the paths) where the work itself
 * happens, so that ticking "Zendesk" does not dim a shop's help centre and "Calendly" does not dim
 * a booking page. Order matters: sites are matched first-wins, so a narrower entry on a shared
 * host (Confluence under /wiki/ on atlassian.net) comes before the broader one (Jira).
 */
export const WORK_SITE_CATALOG: readonly CatalogSite[] = [
  // Chat and email
  { id: 'slack', label: 'Slack', category: 'chat', patterns: ['*://app.slack.com/*'] },
  {
    id: 'teams',
    label: 'Microsoft Teams',
    category: 'chat',
    // teams.live.com is Teams for personal use and stays out.
    patterns: ['*://teams.microsoft.com/*', '*://teams.cloud.microsoft/*'],
  },
  { id: 'google-chat', label: 'Google Chat', category: 'chat', patterns: ['*://chat.google.com/*'] },
  { id: 'gmail', label: 'Gmail', category: 'email', patterns: ['*://mail.google.com/*'] },
  {
    id: 'outlook',
    label: 'Outlook',
    category: 'email',
    // Outlook for work and school only; outlook.live.com is personal mail.
    patterns: ['*://outlook.office.com/*', '*://outlook.office365.com/*', '*://outlook.cloud.microsoft/*'],
  },
  { id: 'front', label: 'Front', category: 'email', patterns: ['*://app.frontapp.com/*'] },

  // Calendars
  { id: 'google-calendar', label: 'Google Calendar', category: 'calendar', patterns: ['*://calendar.google.com/*'] },
  // The dashboard only: calendly.com/<name> are booking pages anyone may visit.
  { id: 'calendly', label: 'Calendly', category: 'calendar', patterns: ['*://calendly.com/app/*'] },

  // Meetings
  { id: 'zoom', label: 'Zoom', category: 'meetings', patterns: ['*://*.zoom.us/*'] },
  { id: 'google-meet', label: 'Google Meet', category: 'meetings', patterns: ['*://meet.google.com/*'] },
  { id: 'webex', label: 'Webex', category: 'meetings', patterns: ['*://*.webex.com/*'] },
  { id: 'loom', label: 'Loom', category: 'meetings', patterns: ['*://www.loom.com/*'] },

  // Code
  { id: 'github', label: 'GitHub', category: 'code', patterns: ['*://github.com/*', '*://*.ghe.com/*'] },
  { id: 'gitlab', label: 'GitLab', category: 'code', patterns: ['*://gitlab.com/*'] },
  { id: 'bitbucket', label: 'Bitbucket', category: 'code', patterns: ['*://bitbucket.org/*'] },
  { id: 'azure-devops', label: 'Azure DevOps', category: 'code', patterns: ['*://dev.azure.com/*'] },
  { id: 'circleci', label: 'CircleCI', category: 'code', patterns: ['*://app.circleci.com/*'] },
  { id: 'postman', label: 'Postman', category: 'code', patterns: ['*://*.postman.co/*'] },

  // Docs and files
  { id: 'confluence', label: 'Confluence', category: 'docs', patterns: ['*://*.atlassian.net/wiki/*'] },
  {
    id: 'google-docs',
    label: 'Google Docs, Sheets and Slides',
    category: 'docs',
    // Not all of docs.google.com: Google Forms live there too, and anyone fills those in.
    patterns: [
      '*://docs.google.com/document/*',
      '*://docs.google.com/spreadsheets/*',
      '*://docs.google.com/presentation/*',
    ],
  },
  { id: 'google-drive', label: 'Google Drive', category: 'docs', patterns: ['*://drive.google.com/*'] },
  {
    id: 'microsoft-365',
    label: 'Microsoft 365 and SharePoint',
    category: 'docs',
    // Work OneDrive is <tenant>-my.sharepoint.com; consumer OneDrive (onedrive.live.com) stays out.
    patterns: ['*://*.sharepoint.com/*', '*://www.office.com/*', '*://m365.cloud.microsoft/*'],
  },
  { id: 'notion', label: 'Notion', category: 'docs', patterns: ['*://www.notion.so/*'] },
  { id: 'coda', label: 'Coda', category: 'docs', patterns: ['*://coda.io/*'] },
  { id: 'airtable', label: 'Airtable', category: 'docs', patterns: ['*://airtable.com/*'] },
  { id: 'box', label: 'Box', category: 'docs', patterns: ['*://*.app.box.com/*'] },

  // Tickets and projects
  { id: 'jira', label: 'Jira', category: 'tickets', patterns: ['*://*.atlassian.net/*'] },
  { id: 'linear', label: 'Linear', category: 'tickets', patterns: ['*://linear.app/*'] },
  { id: 'asana', label: 'Asana', category: 'tickets', patterns: ['*://app.asana.com/*'] },
  { id: 'trello', label: 'Trello', category: 'tickets', patterns: ['*://trello.com/*'] },
  { id: 'monday', label: 'Monday.com', category: 'tickets', patterns: ['*://*.monday.com/*'] },
  { id: 'clickup', label: 'ClickUp', category: 'tickets', patterns: ['*://app.clickup.com/*'] },
  { id: 'basecamp', label: 'Basecamp', category: 'tickets', patterns: ['*://3.basecamp.com/*'] },
  {
    id: 'smartsheet',
    label: 'Smartsheet',
    category: 'tickets',
    patterns: ['*://app.smartsheet.com/*', '*://app.smartsheet.eu/*', '*://app.smartsheet.au/*'],
  },
  { id: 'shortcut', label: 'Shortcut', category: 'tickets', patterns: ['*://app.shortcut.com/*'] },
  { id: 'youtrack', label: 'YouTrack', category: 'tickets', patterns: ['*://*.youtrack.cloud/*'] },
  // Support desks: the agents' side only, never the help centres customers read.
  {
    id: 'zendesk',
    label: 'Zendesk',
    category: 'tickets',
    patterns: ['*://*.zendesk.com/agent/*', '*://*.zendesk.com/admin/*'],
  },
  { id: 'freshdesk', label: 'Freshdesk', category: 'tickets', patterns: ['*://*.freshdesk.com/a/*'] },
  {
    id: 'intercom',
    label: 'Intercom',
    category: 'tickets',
    patterns: ['*://app.intercom.com/*', '*://app.eu.intercom.com/*', '*://app.au.intercom.com/*'],
  },
  { id: 'help-scout', label: 'Help Scout', category: 'tickets', patterns: ['*://secure.helpscout.net/*'] },
  { id: 'servicenow', label: 'ServiceNow', category: 'tickets', patterns: ['*://*.service-now.com/*'] },

  // CRM
  {
    id: 'salesforce',
    label: 'Salesforce',
    category: 'crm',
    // Public Experience Cloud sites (*.force.com, *.my.site.com) are for customers and stay out.
    patterns: ['*://*.lightning.force.com/*', '*://*.my.salesforce.com/*', '*://*.my.salesforce-setup.com/*'],
  },
  { id: 'hubspot', label: 'HubSpot', category: 'crm', patterns: ['*://app.hubspot.com/*', '*://app-eu1.hubspot.com/*'] },
  { id: 'pipedrive', label: 'Pipedrive', category: 'crm', patterns: ['*://*.pipedrive.com/*'] },
  { id: 'zoho-crm', label: 'Zoho CRM', category: 'crm', patterns: ['*://crm.zoho.com/*', '*://crm.zoho.eu/*'] },
  { id: 'dynamics-365', label: 'Microsoft Dynamics 365', category: 'crm', patterns: ['*://*.dynamics.com/*'] },

  // Design
  { id: 'figma', label: 'Figma', category: 'design', patterns: ['*://www.figma.com/*'] },
  // Boards only; the rest of miro.com is marketing.
  { id: 'miro', label: 'Miro', category: 'design', patterns: ['*://miro.com/app/*'] },
  { id: 'lucid', label: 'Lucidchart and Lucidspark', category: 'design', patterns: ['*://lucid.app/*'] },
  { id: 'mural', label: 'Mural', category: 'design', patterns: ['*://app.mural.co/*'] },

  // Cloud and operations
  {
    id: 'aws-console',
    label: 'AWS console',
    category: 'cloud',
    // Regional consoles are <region>.console.aws.amazon.com; awsapps.com is the single sign-on portal.
    patterns: ['*://*.console.aws.amazon.com/*', '*://*.awsapps.com/*'],
  },
  { id: 'google-cloud', label: 'Google Cloud console', category: 'cloud', patterns: ['*://console.cloud.google.com/*'] },
  { id: 'azure-portal', label: 'Azure portal', category: 'cloud', patterns: ['*://portal.azure.com/*'] },
  // The dashboard, not the sites deployed on *.vercel.app or *.netlify.app.
  { id: 'vercel', label: 'Vercel', category: 'cloud', patterns: ['*://vercel.com/*'] },
  { id: 'netlify', label: 'Netlify', category: 'cloud', patterns: ['*://app.netlify.com/*'] },
  { id: 'cloudflare', label: 'Cloudflare dashboard', category: 'cloud', patterns: ['*://dash.cloudflare.com/*'] },
  { id: 'heroku', label: 'Heroku', category: 'cloud', patterns: ['*://dashboard.heroku.com/*'] },
  { id: 'sentry', label: 'Sentry', category: 'cloud', patterns: ['*://*.sentry.io/*'] },
  { id: 'datadog', label: 'Datadog', category: 'cloud', patterns: ['*://*.datadoghq.com/*', '*://*.datadoghq.eu/*'] },
  { id: 'grafana-cloud', label: 'Grafana Cloud', category: 'cloud', patterns: ['*://*.grafana.net/*'] },
  { id: 'pagerduty', label: 'PagerDuty', category: 'cloud', patterns: ['*://*.pagerduty.com/*'] },

  // HR
  // Job seekers apply on *.myworkdayjobs.com, which stays out.
  { id: 'workday', label: 'Workday', category: 'hr', patterns: ['*://*.myworkday.com/*'] },
  { id: 'bamboohr', label: 'BambooHR', category: 'hr', patterns: ['*://*.bamboohr.com/*'] },
  { id: 'gusto', label: 'Gusto', category: 'hr', patterns: ['*://app.gusto.com/*'] },
  { id: 'rippling', label: 'Rippling', category: 'hr', patterns: ['*://app.rippling.com/*'] },
  // The recruiters' side; candidates see job boards on other hosts.
  { id: 'greenhouse', label: 'Greenhouse', category: 'hr', patterns: ['*://app.greenhouse.io/*'] },
  { id: 'lever', label: 'Lever', category: 'hr', patterns: ['*://hire.lever.co/*'] },
];

/** Agreement entries for the chosen catalog sites (all of them without `ids`), in catalog order. */
export function catalogWorkSites(ids?: readonly string[]): WorkSite[] {
  const chosen = ids === undefined ? WORK_SITE_CATALOG : WORK_SITE_CATALOG.filter((site) => ids.includes(site.id));
  return chosen.flatMap((site) =>
    site.patterns.map((pattern) => ({ pattern, category: site.category, label: site.label, catalogId: site.id })),
  );
}
