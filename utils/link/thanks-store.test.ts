import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import { pruneThanks } from './thanks-store';

describe('thanks store', () => {
  it('deletes only the notes received before the cut', async () => {
    const db = await freshDb('thanks-store');
    const cut = Date.parse('2025-10-29T21:00:00Z');
    await db.thanks.bulkAdd([
      { text: 'Thank you for cooking', receivedAt: cut - 400 * 86_400_000 },
      { text: 'Thank you for the walk', receivedAt: cut - 1 },
      { text: 'Thank you for picking up Mia', receivedAt: cut },
      { text: 'Thank you for tonight', receivedAt: cut + 86_400_000 },
    ]);
    expect(await pruneThanks(db, cut)).toBe(2);
    expect((await db.thanks.orderBy('receivedAt').toArray()).map((note) => note.text)).toEqual(['Thank you for picking up Mia', 'Thank you for tonight']);
  });
});
