import type { HearthDb } from '../db/hearth-db';

/** Thank-you notes received before `cut`: no report that could show them is kept any more. */
export function pruneThanks(db: HearthDb, cut: number): Promise<number> {
  return db.thanks.where('receivedAt').below(cut).delete();
}
