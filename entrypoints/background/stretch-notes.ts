import * as v from 'valibot';
import { t } from '@/components/i18n';
import { settingsStore } from '@/utils/db/settings-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import type { StretchEntry } from '@/utils/status/stretch-levels';
import { stretchNoteDue } from '@/utils/status/stretch-run';

const ICON = '/notification-icon.png';
const LocalDate = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/));

/** The first date of the last stretched run a note was sent for, mine and my partner's. */
const noted = settingsStore('stretchNoted', (value: unknown) => {
  const read = (key: 'mine' | 'partner') => {
    const field = (value as Record<string, unknown> | null)?.[key];
    return v.is(LocalDate, field) ? field : null;
  };
  return { mine: read('mine'), partner: read('partner') };
});

/**
 * Three stretched days in a row bring a gentle note, worded as a friend would, once a run: to the
 * person, and to their partner when stretch is shared (the partner's browser runs the same rule on
 * what it received). A note, never an alarm: no sound, no badge, nothing that stays.
 */
export async function noteStretchedRun(db: HearthDb, whose: 'mine' | 'partner', entries: readonly StretchEntry[], day: string): Promise<void> {
  const before = await noted.load(db);
  const run = stretchNoteDue(entries, day, before[whose]);
  if (run === null) return;
  await noted.save(db, { ...before, [whose]: run });
  const [title, message] = whose === 'mine' ? ['stretchNoteTitle', 'stretchNoteMessage'] : ['stretchPartnerNoteTitle', 'stretchPartnerNoteMessage'];
  await browser.notifications.create(`hearth-stretch:${whose}:${run}`, { type: 'basic', iconUrl: browser.runtime.getURL(ICON), title: t(title), message: t(message), silent: true });
}
