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
  /** IndexedDB read requests (get, getMany, query, openCursor, count), per table. */
  reads: Record<string, number>;
  /** Calls that reach into a tab's page: messages, injected scripts and CSS. */
  tabCalls: Record<string, number>;
}

/** Counts what the benchmark asks about, in session storage so a restarted worker keeps counting. */
function countStats(db: HearthDb) {
  let chain = Promise.resolve();
  const bump = (change: (stats: Stats) => void) => {
    chain = chain.then(async () => {
      const { [STATS_KEY]: saved } = (await browser.storage.session.get(STATS_KEY)) as { [STATS_KEY]?: Stats };
      const stats = { workerStarts: 0, alarms: {}, writes: {}, reads: {}, tabCalls: {}, ...saved };
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
          get: (request) => (countRead(name), table.get(request)),
          getMany: (request) => (countRead(name), table.getMany(request)),
          query: (request) => (countRead(name), table.query(request)),
          openCursor: (request) => (countRead(name), table.openCursor(request)),
          count: (request) => (countRead(name), table.count(request)),
        };
      },
    }),
  });
  const countRead = (table: string) => bump((stats) => (stats.reads[table] = (stats.reads[table] ?? 0) + 1));
  // Counted by wrapping the API itself, so no call into a page escapes the count whoever makes it.
  const countCalls = <T extends object>(api: T, name: keyof T & string) => {
    const original = (api[name] as (...args: unknown[]) => unknown).bind(api);
    Object.assign(api, {
      [name]: (...args: unknown[]) => {
        bump((stats) => (stats.tabCalls[name] = (stats.tabCalls[name] ?? 0) + 1));
        return original(...args);
      },
    });
  };
  countCalls(browser.tabs, 'sendMessage');
  countCalls(browser.scripting, 'executeScript');
  countCalls(browser.scripting, 'insertCSS');
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
