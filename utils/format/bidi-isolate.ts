const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const ISOLATE_INITIATORS = new Set(['\u2066', '\u2067', '\u2068']);

/** A right-to-left script, or a control that sets or changes direction. */
const NEEDS_ISOLATION = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Text another person wrote (a partner's zone, ritual or plan name, their note), made safe to put into
 * one of Hearth's sentences: wrapped in a first-strong isolate, so a right-to-left name reads as
 * itself and a direction override in it (U+202E) ends where the text ends instead of turning the rest
 * of the sentence (a time, "until Friday") around. An unmatched isolate end in the text would close
 * the wrapper early, so it is dropped; isolates it leaves open are closed. Text with neither a
 * right-to-left letter nor a direction control is returned as it is.
 */
export function bidiIsolated(text: string): string {
  if (!NEEDS_ISOLATION.test(text)) return text;
  let open = 0;
  let kept = '';
  for (const char of text) {
    if (ISOLATE_INITIATORS.has(char)) open++;
    else if (char === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open--;
    }
    kept += char;
  }
  return FIRST_STRONG_ISOLATE + kept + POP_DIRECTIONAL_ISOLATE.repeat(open) + POP_DIRECTIONAL_ISOLATE;
}

/** A list of such texts in one line: each item isolated, or a right-to-left first one would turn the list around. */
export const joinIsolated = (items: readonly string[], separator: string): string => items.map(bidiIsolated).join(separator);
