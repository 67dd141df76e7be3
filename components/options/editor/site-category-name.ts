import type { WorkSiteCategory } from '@/utils/sites/work-site-category';
import { t } from '../../i18n';

export const siteCategoryName = (category: WorkSiteCategory): string => t(`editorSitesCategory_${category}`);
