/**
 * How much of the after-hours budget is used, as a meter: the bar stops at full, the text beside
 * it says how far over. `valueText` is what a screen reader hears instead of a bare percentage.
 */
export function BudgetMeterBar({ ratio, over, label, valueText }: { ratio: number; over: boolean; label: string; valueText: string }) {
  const percent = Math.round(Math.min(1, ratio) * 100);
  return (
    <div
      role="meter"
      class={over ? 'meter over' : 'meter'}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div class="fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
