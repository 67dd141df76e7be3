/** Why a change was made, a sentence or two: longer belongs in a conversation, not a history line. */
export const REVISION_NOTE_MAX = 300;

/** The note as stored: trimmed, cut to the limit, none when blank or not text. */
export function cleanRevisionNote(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const note = value.trim().slice(0, REVISION_NOTE_MAX);
  return note === '' ? undefined : note;
}
