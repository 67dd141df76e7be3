// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { button, mountEditor, sampleAgreement } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

/** Removes with the keyboard: the button has focus when it is pressed, then the list re-renders without it. */
async function removeFocused(name: string) {
  const remove = button(name);
  remove.focus();
  await act(async () => remove.click());
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const focusedName = () => {
  const focused = document.activeElement;
  // A removed button's focus falls back to the page itself: the keyboard starts over at its top.
  if (!focused || focused === document.body) return 'the page';
  return focused.getAttribute('aria-label') ?? focused.textContent?.trim();
};

describe('focus after removing an item', () => {
  it('moves to the item now in its place, not to the top of the page', async () => {
    await mountEditor(sampleAgreement());
    await removeFocused('Remove Our Sunday');
    expect(focusedName()).toBe('Remove Saturday market');
  });

  it('moves to the item before when the last one went, and to the Add button when none is left', async () => {
    const [evenings, sunday] = sampleAgreement().zones;
    await mountEditor(sampleAgreement({ zones: [evenings!, sunday!], contingencyPlans: [] }));
    await removeFocused('Remove Our Sunday');
    expect(focusedName()).toBe('Remove Family evenings');
    await removeFocused('Remove Family evenings');
    expect(focusedName()).toBe('+ Add a no-work zone');
  });

  it('keeps a working day in reach when one of its hours is removed', async () => {
    await mountEditor(sampleAgreement());
    await removeFocused('Remove Monday 13:30–17:30');
    expect(focusedName()).toBe('Remove Monday 08:30–12:30');
    await removeFocused('Remove Tuesday 08:30–17:30');
    expect(focusedName()).toBe('+ Add hours on Tuesday');
  });
});
