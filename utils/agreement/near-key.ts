/** Letters only, lower case: `Work_Sites` and `worksites` are written the same. */
const folded = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Edits (insert, delete, replace) from `a` to `b`, given up once past `most`. */
function editsBetween(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > most) return most + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The key among `keys` that is most likely `wanted` misspelt: the same letters in another case or
 * with separators, or a few letters off (one for short names, a quarter of the letters for long
 * ones). Undefined when none is that close; `wanted` itself is never its own misspelling.
 */
export function nearKey(wanted: string, keys: readonly string[]): string | undefined {
  const most = Math.max(1, Math.floor(wanted.length / 4));
  let best: { key: string; edits: number } | undefined;
  for (const key of keys) {
    if (key === wanted) continue;
    const edits = folded(key) === folded(wanted) ? 0 : editsBetween(key.toLowerCase(), wanted.toLowerCase(), most);
    if (edits <= most && (!best || edits < best.edits)) best = { key, edits };
  }
  return best?.key;
}
