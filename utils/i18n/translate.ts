/** Text lookup by message key, as `browser.i18n.getMessage` does; passed in so the core stays pure. */
export type Translate = (key: string, substitutions?: string[]) => string;

export type MessageCatalog = Record<string, { message: string }>;

/** A translator over a `_locales/<lang>/messages.json` catalog with `$1`…`$9` substitutions. */
export function catalogTranslator(catalog: MessageCatalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}
