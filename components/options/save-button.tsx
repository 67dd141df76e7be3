import { t } from '../i18n';
import { useLeaveWarning } from './leave-warning';

/**
 * A settings form's Save, saying beside it when the form holds changes not saved yet; leaving the
 * page then asks first. Each form on the options page saves only itself, so a change made in one and
 * forgotten there would otherwise be lost without a word when another is saved and the page closed.
 */
export function SaveButton({ label, dirty }: { label: string; dirty: boolean }) {
  useLeaveWarning(dirty);
  return (
    <>
      <button type="submit">{label}</button>
      {/* A live region must be in the page before its words change, or screen readers miss them. */}
      <span class="muted unsaved-note" aria-live="polite">
        {dirty ? ` ${t('settingsUnsaved')}` : ''}
      </span>
    </>
  );
}
