/** One entry of a drawing's key: the swatch's class (it draws the colour) and what that colour means. */
export type LegendEntry = readonly [swatch: string, text: string];

/**
 * A key to what a drawing's colours mean. `hidden` keeps it from screen readers together with a drawing
 * that is hidden from them, whose figures a table beside it carries.
 */
export function Legend({ entries, hidden = false }: { entries: readonly LegendEntry[]; hidden?: boolean }) {
  return (
    <ul class="legend" aria-hidden={hidden ? 'true' : undefined}>
      {entries.map(([swatch, text]) => (
        <li key={swatch}>
          <span class={`swatch ${swatch}`} />
          {text}
        </li>
      ))}
    </ul>
  );
}
