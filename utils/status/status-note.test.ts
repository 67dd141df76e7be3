import { describe, expect, it } from 'vitest';
import { parseStatusNote, storedStatusNote, STATUS_NOTE_MAX } from './status-note';

describe('parseStatusNote', () => {
  it.each<[string, unknown, ReturnType<typeof parseStatusNote>]>([
    ['keeps a short note', 'Deadline Thursday, home by 7', { ok: true, note: 'Deadline Thursday, home by 7' }],
    ['trims it', '  on call tonight \n', { ok: true, note: 'on call tonight' }],
    ['makes a pasted line break one space', 'on call\n\ntonight', { ok: true, note: 'on call tonight' }],
    ['clears with an empty note', '   ', { ok: true, note: '' }],
    ['takes exactly the maximum', 'x'.repeat(STATUS_NOTE_MAX), { ok: true, note: 'x'.repeat(STATUS_NOTE_MAX) }],
    ['counts the maximum after trimming', `  ${'x'.repeat(STATUS_NOTE_MAX)}  `, { ok: true, note: 'x'.repeat(STATUS_NOTE_MAX) }],
    ['counts an emoji as one character', '🎉'.repeat(STATUS_NOTE_MAX), { ok: true, note: '🎉'.repeat(STATUS_NOTE_MAX) }],
    ['refuses one character more', 'x'.repeat(STATUS_NOTE_MAX + 1), { ok: false, key: 'popupNoteTooLong' }],
    ['refuses what is not text', 42, { ok: false, key: 'popupNoteNotText' }],
    ['refuses nothing at all', undefined, { ok: false, key: 'popupNoteNotText' }],
  ])('%s', (_, text, expected) => {
    expect(parseStatusNote(text)).toEqual(expected);
  });

  it.each([[undefined], [null], [7], ['x'.repeat(STATUS_NOTE_MAX + 1)]])('reads a stored %o as no note', (value) => {
    expect(storedStatusNote(value)).toBe('');
  });
});
