export const WORK_SITE_CATEGORIES = [
  'chat',
  'email',
  'calendar',
  'code',
  'docs',
  'tickets',
  'meetings',
  'crm',
  'design',
  'cloud',
  'hr',
  'other',
] as const;

export type WorkSiteCategory = (typeof WORK_SITE_CATEGORIES)[number];
