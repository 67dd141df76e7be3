/** Text lookup by message key, as `browser.i18n.getMessage` does; passed in so the core stays pure. */
export type Translate = (key: string, substitutions?: string[]) => string;

export type MessageCatalog = Record<string, { message: string }>;

/** A translator over a `_locales/<lang>/messages.json` catalog with `$1`…`$9` substitutions. */
export function catalogTranslator(catalog: MessageCatalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return key;
    return singleStops(entry.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''));
  };
}

/**
 * One full stop where a value put into a message ends with its own: German writes "45 Min." and
 * "Mo., 21. Dez.", and a message with a stop after them read "45 Min..". No catalog message has two
 * stops in a row of its own; an ellipsis of three or more is left alone.
 */
export function singleStops(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}
