import type { HearthDb } from '@/utils/db/hearth-db';
import type { Clock } from './clock';
import type { IdleSource, IdleState } from './idle-source';

type SeamMessage =
  | { type: 'test:clock'; offsetMs: number }
  | { type: 'test:idle'; state: IdleState | null }
  | { type: 'test:stats' };

const STATS_KEY = 'test:stats';
interface Stats {
  workerStarts: number;
  alarms: Record<string, number>;
  /** IndexedDB write requests (put/add/delete batches), per table. */
  writes: Record<string, number>;
}

/** Counts what the benchmark asks about, in session storage so a restarted worker keeps counting. */
function countStats(db: HearthDb) {
  let chain = Promise.resolve();
  const bump = (change: (stats: Stats) => void) => {
    chain = chain.then(async () => {
      const { [STATS_KEY]: saved } = (await browser.storage.session.get(STATS_KEY)) as { [STATS_KEY]?: Stats };
      const stats = saved ?? { workerStarts: 0, alarms: {}, writes: {} };
      change(stats);
      await browser.storage.session.set({ [STATS_KEY]: stats });
    });
  };
  bump((stats) => stats.workerStarts++);
  browser.alarms.onAlarm.addListener(({ name }) => bump((stats) => (stats.alarms[name] = (stats.alarms[name] ?? 0) + 1)));
  db.use({
    stack: 'dbcore',
    name: 'hearth-test-write-counter',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            bump((stats) => (stats.writes[name] = (stats.writes[name] ?? 0) + 1));
            return table.mutate(request);
          },
        };
      },
    }),
  });
}

/**
 * Test builds only (`wxt build --mode e2e`): a clock the tests can move, an idle state they can
 * script (a headless browser has no person to stop typing), and counters for the benchmarks. The production build never
 * contains this module: its one caller is behind a compile-time `import.meta.env.MODE` check.
 */
export function createTestSeams(db: HearthDb, realIdle: IdleSource): { clock: Clock; idle: IdleSource } {
  countStats(db);
  let offsetMs = 0;
  let forced: IdleState | null = null;
  const listeners: ((state: IdleState) => void)[] = [];

  browser.runtime.onMessage.addListener((message: unknown) => {
    const seam = message as SeamMessage;
    if (seam?.type === 'test:clock') {
      offsetMs = seam.offsetMs;
      return Promise.resolve({ ok: true });
    }
    if (seam?.type === 'test:stats') return browser.storage.session.get(STATS_KEY).then((saved) => saved[STATS_KEY]);
    if (seam?.type === 'test:idle') {
      forced = seam.state;
      listeners.forEach((listener) => listener(forced ?? 'active'));
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });

  return {
    clock: { now: () => Date.now() + offsetMs },
    idle: {
      setThreshold: (seconds) => realIdle.setThreshold(seconds),
      query: async () => forced ?? 'active',
      onChange: (listener) => {
        listeners.push(listener);
        realIdle.onChange((state) => forced === null && listener(state));
      },
    },
  };
}
