/** The remove button of an item in an editable list (EditorItem, a working day's hours). */
export const REMOVE_ATTRIBUTE = 'data-remove';

/**
 * Removing an item takes its Remove button out of the page, and the browser drops focus to the
 * page itself: a keyboard or screen-reader user is sent back to the top of a long form and has to
 * find their place again. Call this just before the removal; once the list has been drawn without
 * the item, focus goes to the Remove button of the item now in its place (or of the new last one,
 * whose name is read out), else to the Add button of the list, which is always there.
 */
export function keepFocusInList(item: HTMLElement): void {
  const list = item.parentElement;
  if (!list) return;
  const scope = list.closest('section, fieldset, [role=group]');
  const removeButtons = () => (list.isConnected ? [...list.querySelectorAll<HTMLElement>(`:scope > * [${REMOVE_ATTRIBUTE}]`)] : []);
  const index = removeButtons().findIndex((button) => item.contains(button));
  // After Preact has drawn the change (it renders in a microtask; a task comes after it).
  setTimeout(() => {
    const focused = document.activeElement;
    // Only when focus was lost with the item: a person who moved on meanwhile keeps their place.
    if (focused && focused !== document.body && focused.isConnected) return;
    const left = removeButtons();
    const target = left[Math.min(index, left.length - 1)] ?? scope?.querySelector<HTMLElement>('button.add');
    target?.focus();
  });
}
