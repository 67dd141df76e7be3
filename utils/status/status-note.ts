/** The short line a person leaves about themselves ("Deadline Thursday, home by 7"); settings key. */
export const STATUS_NOTE_KEY = 'statusNote';
export const STATUS_NOTE_MAX = 80;

export type StatusNoteResult = { ok: true; note: string } | { ok: false; key: 'popupNoteNotText' | 'popupNoteTooLong' };

/**
 * Trimmed, with runs of white space (a pasted line break) made one space. Empty clears the note.
 * Length is counted in characters as people see them (code points), so an emoji counts once.
 */
export function parseStatusNote(text: unknown): StatusNoteResult {
  if (typeof text !== 'string') return { ok: false, key: 'popupNoteNotText' };
  const note = text.replace(/\s+/g, ' ').trim();
  if ([...note].length > STATUS_NOTE_MAX) return { ok: false, key: 'popupNoteTooLong' };
  return { ok: true, note };
}

/** What is stored, read defensively: anything but a valid note reads as none. */
export function storedStatusNote(value: unknown): string {
  const parsed = parseStatusNote(value);
  return parsed.ok ? parsed.note : '';
}
