import { useEffect, useState } from 'preact/hooks';
import type { WorkSite } from '@/utils/agreement/agreement-schema';
import { isCatalogEntry } from '@/utils/sites/catalog-selection';
import { WORK_SITE_CATEGORIES } from '@/utils/sites/work-site-category';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { fieldId } from './draft-issues';
import { AddButton, EditorItem } from './editor-item';
import { SelectField, TextField } from './fields';
import { siteCategoryName } from '../../site-category-name';

const CATEGORY_OPTIONS = WORK_SITE_CATEGORIES.map((category) => ({ value: category, label: siteCategoryName(category) }));

function CustomSite({ site, index, edit }: { site: WorkSite; index: number; edit: Edit }) {
  const path = `workSites[${index}]`;
  return (
    <EditorItem title={site.label || site.pattern || t('editorSitesNewPattern')} onRemove={() => edit((d) => void d.workSites.splice(index, 1))}>
      <div class="row">
        <TextField
          path={`${path}.pattern`}
          label={t('editorSitesPattern')}
          hint={t('editorSitesPatternHint')}
          value={site.pattern}
          onValue={(value) => edit((d) => void (d.workSites[index]!.pattern = value))}
        />
        <SelectField
          path={`${path}.category`}
          label={t('editorSitesCategory')}
          value={site.category}
          options={CATEGORY_OPTIONS}
          onValue={(value) => edit((d) => void (d.workSites[index]!.category = value))}
        />
        <TextField
          path={`${path}.label`}
          label={t('editorSitesLabel')}
          maxLength={60}
          value={site.label ?? ''}
          onValue={(value) =>
            edit((d) => {
              // The label is optional: an emptied box means no label, not an empty one the schema refuses.
              if (value.trim() === '') delete d.workSites[index]!.label;
              else d.workSites[index]!.label = value;
            })
          }
        />
      </div>
    </EditorItem>
  );
}

/**
 * The entries that are not catalog switches, in the agreement's own order (which is the order they are
 * matched in). New ones are appended: matching is first-wins, so a pattern added last can only
 * cover pages nothing covered before and never changes how an already covered page is counted.
 */
export function CustomSites({ draft, edit }: { draft: Draft; edit: Edit }) {
  const custom = draft.workSites.map((site, index) => ({ site, index })).filter(({ site }) => !isCatalogEntry(site));
  const [focusPath, setFocusPath] = useState<string | null>(null);
  useEffect(() => {
    if (focusPath === null) return;
    document.getElementById(fieldId(focusPath))?.focus();
    setFocusPath(null);
  }, [focusPath]);

  const add = () => {
    setFocusPath(`workSites[${draft.workSites.length}].pattern`);
    edit((d) => void d.workSites.push({ pattern: '', category: 'other' }));
  };

  return (
    <div aria-labelledby="editor-sites-custom" role="group">
      <h4 id="editor-sites-custom">{t('editorSitesCustom')}</h4>
      <p class="hint">{t('editorSitesCustomIntro')}</p>
      {custom.length === 0 ? (
        <p class="muted">{t('editorSitesNoCustom')}</p>
      ) : (
        <ul class="items">
          {custom.map(({ site, index }) => (
            <CustomSite key={index} site={site} index={index} edit={edit} />
          ))}
        </ul>
      )}
      <AddButton label={t('editorSitesAdd')} onAdd={add} />
    </div>
  );
}
