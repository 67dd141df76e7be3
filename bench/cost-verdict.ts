/**
 * Issue #11 item 16's verdict on a same-browser CPU interval. A script cannot make a page cheaper: an
 * interval wholly below 1 means the two arms differ in something else, and so does a load that
 * changed renderer process.
 */
export function costVerdict([low, high]: readonly [number, number], processSwaps: number): string {
  if (processSwaps > 0) return `not valid (${processSwaps} loads changed renderer process)`;
  if (high < 1) return `not valid (registered cheaper than nothing, up to ${low}: the arms differ in more than the script)`;
  return high <= 1.01 ? 'met' : 'not shown';
}
