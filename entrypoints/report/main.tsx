import { HearthDb } from '@/utils/db/hearth-db';
import { loadCheckIn } from '@/utils/report/report-store';
import { loadMessages, uiLocale } from '@/components/i18n';

// Reads Dexie directly, as the options page does: an extension page shares the background's database.
const db = new HearthDb();
/** `report.html#week=<instant>` opens the week holding that instant (the week-end summary links to the week that ended). */
const linkedWeek = () => {
  const instant = Number(new URLSearchParams(location.hash.slice(1)).get('week'));
  return Number.isFinite(instant) && instant > 0 ? instant : undefined;
};
/**
 * The check-in, as User Timing measures for bench/report-bench.ts: `hearth:check-in` the whole of
 * it (opening the database, the reads, the computation), `hearth:check-in-computed` the part after
 * the reads.
 */
async function timedCheckIn(weekContaining: number) {
  const started = performance.now();
  let read = started;
  const week = await loadCheckIn(db, Date.now(), weekContaining, uiLocale(), () => (read = performance.now()));
  performance.measure('hearth:check-in', { start: started });
  performance.measure('hearth:check-in-computed', { start: read });
  return week;
}
// The first week's read starts before Preact and the report's components are even loaded: opening
// IndexedDB and reading the year is most of the page's wait, and it needs none of them.
const initialWeek = linkedWeek();
const first = timedCheckIn(initialWeek ?? Date.now());
// Seen by the page whether or not it still wants this week by the time it renders.
first.catch(() => undefined);
void Promise.all([import('./report-page'), loadMessages()]).then(([{ showReport }]) => showReport({ db, first, load: timedCheckIn, initialWeek, linkedWeek }));
