import { WORK_SITE_CATALOG } from '@/utils/sites/work-site-catalog';
import { WORK_SITE_CATEGORIES } from '@/utils/sites/work-site-category';
import { siteCategoryName } from '../site-category-name';
import { t } from '../i18n';
import type { StepProps } from './welcome-fields';

const BY_CATEGORY = WORK_SITE_CATEGORIES.map((category) => ({ category, sites: WORK_SITE_CATALOG.filter((site) => site.category === category) })).filter(({ sites }) => sites.length > 0);

/** The catalog by category; the couple's own sites and patterns are the editor's, later. */
export function SitesStep({ answers, change }: StepProps) {
  const toggle = (id: string, on: boolean) =>
    change((draft) => void (draft.sites = on ? [...new Set([...draft.sites, id])] : draft.sites.filter((site) => site !== id)));
  return (
    <>
      <p>{t('welcomeSitesBody')}</p>
      <div class="catalog">
        {BY_CATEGORY.map(({ category, sites }) => (
          <fieldset key={category} class="catalog-category">
            <legend>{siteCategoryName(category)}</legend>
            {sites.map((site) => (
              <div key={site.id} class="catalog-site">
                <input id={`site-${site.id}`} type="checkbox" checked={answers.sites.includes(site.id)} onChange={(event) => toggle(site.id, event.currentTarget.checked)} />
                <label for={`site-${site.id}`}>{site.label}</label>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
    </>
  );
}
