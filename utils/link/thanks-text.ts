/**
 * A thank-you's text rules, apart from the payload schemas so the popup's form checks them without
 * bundling valibot. Length is counted in characters as people see them (code points), like the note.
 */
export const THANKS_MAX = 280;
export const thanksLength = (text: string): number => [...text].length;

export type ThanksTextResult = { ok: true; text: string } | { ok: false; key: 'linkThanksEmpty' | 'linkThanksTooLong' };

/** The check before sending, with the reason a person can act on. */
export function parseThanksText(text: string): ThanksTextResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, key: 'linkThanksEmpty' };
  if (thanksLength(trimmed) > THANKS_MAX) return { ok: false, key: 'linkThanksTooLong' };
  return { ok: true, text: trimmed };
}
