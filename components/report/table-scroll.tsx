import type { ComponentChildren } from 'preact';

/**
 * A data table that scrolls sideways by itself when the window is too narrow for its columns (the
 * German headers at 320 px), so the page never does: WCAG 1.4.10 lets a data table scroll in two
 * dimensions. Focusable, and named after its section, so the keyboard can scroll it too; a group,
 * not a region, because its section is already the landmark of that name.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="group" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
