import type { WorkSiteCategory } from '@/utils/sites/work-site-category';

/** The message key naming each work-site category; a Record, so a new category cannot go unnamed. */
export const CATEGORY_NAME_KEYS: Record<WorkSiteCategory, string> = {
  chat: 'reportCategoryChat',
  email: 'reportCategoryEmail',
  calendar: 'reportCategoryCalendar',
  code: 'reportCategoryCode',
  docs: 'reportCategoryDocs',
  tickets: 'reportCategoryTickets',
  meetings: 'reportCategoryMeetings',
  crm: 'reportCategoryCrm',
  design: 'reportCategoryDesign',
  cloud: 'reportCategoryCloud',
  hr: 'reportCategoryHr',
  other: 'reportCategoryOther',
};
