/** A bar for the eye beside a figure the text already says; hidden from assistive technology. */
export function Bar({ value, max, kind }: { value: number; max: number; kind: string }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <span class="bar-track" aria-hidden="true">
      <span class={`bar ${kind}`} style={{ width: `${percent}%` }} />
    </span>
  );
}
