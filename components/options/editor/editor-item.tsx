import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { keepFocusInList, REMOVE_ATTRIBUTE } from './removal-focus';

/** One zone, ritual, day or site in a list the person can grow and shrink. */
export function EditorItem({ title, onRemove, children }: { title: string; onRemove: () => void; children: ComponentChildren }) {
  return (
    <li class="item">
      <div class="item-head">
        <strong>{title}</strong>
        <button
          type="button"
          class="link"
          {...{ [REMOVE_ATTRIBUTE]: '' }}
          aria-label={t('editorRemoveNamed', [title])}
          onClick={(event) => {
            keepFocusInList(event.currentTarget.closest('li')!);
            onRemove();
          }}
        >
          {t('editorRemove')}
        </button>
      </div>
      {children}
    </li>
  );
}

export function AddButton({ label, onAdd }: { label: string; onAdd: () => void }) {
  return (
    <button type="button" class="add" onClick={onAdd}>
      + {label}
    </button>
  );
}
