/**
 * An id for a new zone, ritual or season, made from its label so exports stay readable, and
 * unique among `taken` (the schema refuses duplicates). Labels in any script fall back to `base`.
 */
export function newId(label: string, taken: Iterable<string>, base = 'item'): string {
  const used = new Set(taken);
  const slug =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || base;
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
