import type { WorkSiteCategory } from '@/utils/sites/work-site-category';
import { t } from './i18n';

/** A work-site category as people read it, the same in the editor and the report. */
export const siteCategoryName = (category: WorkSiteCategory): string => t(`siteCategory_${category}`);
