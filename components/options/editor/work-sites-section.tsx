import { t } from '../../i18n';
import { CatalogSites } from './catalog-sites';
import { CustomSites } from './custom-sites';
import type { Draft, Edit } from './draft';
import { FieldError } from './field-error';
import { WorkUrlTester } from './work-url-tester';

/** Which sites count as work: picked from the catalog, written as patterns, and tried out on an address. */
export function WorkSitesSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  return (
    <section aria-labelledby="editor-sites">
      <h3 id="editor-sites">{t('editorSites')}</h3>
      <p class="hint">{t('editorSitesIntro')}</p>
      <FieldError path="workSites" />
      <CatalogSites draft={draft} edit={edit} />
      <CustomSites draft={draft} edit={edit} />
      <WorkUrlTester draft={draft} />
    </section>
  );
}
