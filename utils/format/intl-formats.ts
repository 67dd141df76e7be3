/**
 * Intl formatters, each built once per locale and options: building one costs up to a millisecond
 * on a page that has not built one yet (the engine loads locale data for it), formatting with it
 * microseconds, and the weekly check-in formats hundreds of durations, days and times on every open
 * (issue #10 item 10, BENCHMARKS.md). Options that throw (an unknown time zone) throw here as before.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const formatters = new Map<string, Formatter>();
/** Enough for every locale, zone and style a page uses; past it the map simply starts over. */
const MOST_KEPT = 500;

function kept<T extends Formatter>(kind: string, locale: string | undefined, options: object, build: () => T): T {
  const key = `${kind}\u0000${locale ?? ''}\u0000${JSON.stringify(options)}`;
  const known = formatters.get(key);
  if (known) return known as T;
  const built = build();
  if (formatters.size >= MOST_KEPT) formatters.clear();
  formatters.set(key, built);
  return built;
}

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  kept('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  kept('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string | undefined, options: Intl.ListFormatOptions): Intl.ListFormat =>
  kept('list', locale, options, () => new Intl.ListFormat(locale, options));
