import { useState } from 'preact/hooks';
import { workUrlVerdict } from '@/utils/sites/work-url-verdict';
import { t } from '../../i18n';
import type { Draft } from './draft';
import { siteCategoryName } from '../../site-category-name';

function answer(draft: Draft, url: string): string {
  if (url.trim() === '') return '';
  const verdict = workUrlVerdict(draft.workSites, url);
  if (verdict.kind === 'not-web') return t('editorSitesTesterNotWeb');
  const unchecked = verdict.unchecked > 0 ? ` ${t('editorSitesTesterUnchecked', [String(verdict.unchecked)])}` : '';
  if (verdict.kind === 'not-work') return t('editorSitesTesterNotWork') + unchecked;
  const { site } = verdict;
  const name = site.label ? `${site.label} (${site.pattern.trim()})` : site.pattern.trim();
  return t('editorSitesTesterWork', [name, siteCategoryName(site.category)]) + unchecked;
}

/** "Does this address count as work?", answered from the draft as it is, before anything is saved. */
export function WorkUrlTester({ draft }: { draft: Draft }) {
  const [url, setUrl] = useState('');
  const text = answer(draft, url);
  return (
    <div class="field url-tester">
      <label for="editor-sites-tester">{t('editorSitesTester')}</label>
      <input
        id="editor-sites-tester"
        type="url"
        inputMode="url"
        spellcheck={false}
        placeholder="https://"
        aria-describedby="editor-sites-tester-hint"
        value={url}
        onInput={(e) => setUrl(e.currentTarget.value)}
      />
      <span id="editor-sites-tester-hint" class="hint">
        {t('editorSitesTesterHint')}
      </span>
      {/*
        Always a live region, so screen readers already watch it when the first answer appears; it
        is a status only while it has one, so an empty tester is not a second status on the page.
      */}
      <p role={text ? 'status' : undefined} aria-live="polite" aria-atomic="true" class="tester-answer">
        {text}
      </p>
    </div>
  );
}
