import { bidiIsolated } from '../format/bidi-isolate';

/** Text lookup by message key, as `browser.i18n.getMessage` does; passed in so the core stays pure. */
export type Translate = (key: string, substitutions?: string[]) => string;

export type MessageCatalog = Record<string, { message: string }>;

/**
 * Values as they go into a message. Many are what a person wrote (a partner's name, a zone's or a
 * ritual's label, a note), in any script: each keeps its own direction (bidi-isolate.ts), so a
 * right-to-left name or a direction override cannot turn the rest of Hearth's sentence around.
 */
export const isolatedSubstitutions = (substitutions: string[] | undefined): string[] | undefined => substitutions?.map(bidiIsolated);

/** A translator over a `_locales/<lang>/messages.json` catalog with `$1`…`$9` substitutions. */
export function catalogTranslator(catalog: MessageCatalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return key;
    const values = isolatedSubstitutions(substitutions)!;
    return singleStops(entry.message.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? ''));
  };
}

/**
 * One full stop where a value put into a message ends with its own: German writes "45 Min." and
 * "Mo., 21. Dez.", and a message with a stop after them read "45 Min..". No catalog message has two
 * stops in a row of its own; an ellipsis of three or more is left alone.
 */
export function singleStops(text: string): string {
  // A value's own stop may sit inside its direction isolate (U+2069 ends it): the message's goes.
  return text.replace(/(?<!\.)\.(\u2069*)\.(?!\.)/g, '.$1');
}
