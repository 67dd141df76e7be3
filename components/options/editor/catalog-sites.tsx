import { catalogSiteState, withCatalogSite, withCatalogSites, withoutCatalogSite } from '@/utils/sites/catalog-selection';
import { WORK_SITE_CATALOG, type CatalogSite } from '@/utils/sites/work-site-catalog';
import { WORK_SITE_CATEGORIES, type WorkSiteCategory } from '@/utils/sites/work-site-category';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { siteCategoryName } from '../../site-category-name';

const BY_CATEGORY = WORK_SITE_CATEGORIES.map((category) => ({
  category,
  sites: WORK_SITE_CATALOG.filter((site) => site.category === category),
})).filter(({ sites }) => sites.length > 0);

function CatalogToggle({ site, draft, edit }: { site: CatalogSite; draft: Draft; edit: Edit }) {
  const state = catalogSiteState(draft.workSites, site);
  const id = `catalog-site-${site.id}`;
  const toggle = (on: boolean) =>
    edit((d) => void (d.workSites = on ? withCatalogSite(d.workSites, site) : withoutCatalogSite(d.workSites, site.id)));
  return (
    <div class="catalog-site">
      <input id={id} type="checkbox" checked={state !== 'off'} aria-describedby={state === 'changed' ? `${id}-changed` : undefined} onChange={(e) => toggle(e.currentTarget.checked)} />
      <label for={id}>{site.label}</label>
      {state === 'changed' && (
        <span id={`${id}-changed`} class="hint">
          {t('editorSitesChanged')}
        </span>
      )}
    </div>
  );
}

function CategoryGroup({ category, sites, draft, edit }: { category: WorkSiteCategory; sites: CatalogSite[]; draft: Draft; edit: Edit }) {
  const name = siteCategoryName(category);
  const setAll = (on: boolean) => edit((d) => void (d.workSites = withCatalogSites(d.workSites, sites, on)));
  return (
    <fieldset class="catalog-category">
      <legend>{name}</legend>
      <div class="catalog-all">
        <button type="button" class="link" aria-label={t('editorSitesAllNamed', [name])} onClick={() => setAll(true)}>
          {t('editorSitesAll')}
        </button>
        <button type="button" class="link" aria-label={t('editorSitesNoneNamed', [name])} onClick={() => setAll(false)}>
          {t('editorSitesNone')}
        </button>
      </div>
      {sites.map((site) => (
        <CatalogToggle key={site.id} site={site} draft={draft} edit={edit} />
      ))}
    </fieldset>
  );
}

/** The catalog by category, one switch per site: on adds the site's patterns, off removes exactly them. */
export function CatalogSites({ draft, edit }: { draft: Draft; edit: Edit }) {
  return (
    <div aria-labelledby="editor-sites-catalog" role="group">
      <h4 id="editor-sites-catalog">{t('editorSitesCatalog')}</h4>
      <div class="catalog">
        {BY_CATEGORY.map(({ category, sites }) => (
          <CategoryGroup key={category} category={category} sites={sites} draft={draft} edit={edit} />
        ))}
      </div>
    </div>
  );
}
