import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import { INITIAL_TRACKER_STATE, observeActivity, type TrackerState } from '@/utils/tracking/activity-tracker';
import type { BrowserObservation } from '@/utils/tracking/browser-observation';
import type { ActivityInterval } from '@/utils/tracking/activity-interval';
import { loadTrackingSettings } from '@/utils/tracking/tracking-store';
import type { Clock } from './clock';
import type { IdleSource, IdleState } from './idle-source';
import { observeBrowser } from './observe-browser';
import { serialized } from './serialized';
import { onTabUpdated } from './tab-updates';

const HEARTBEAT = 'hearth-tracker-heartbeat';
/** Where the tracker keeps its state in session storage. */
export const TRACKER_STATE_KEY = 'tracker:state';
const STATE_KEY = TRACKER_STATE_KEY;
const IDLE_KEY = 'tracker:idle';

type IdleRecord = Pick<BrowserObservation, 'idle' | 'idleSince'>;

/**
 * Records work time (design decision 4): every browser event that can change what is in use is an
 * observation, and a 30 s heartbeat runs only while an interval is open. The tracker's state lives
 * in session storage, so a killed worker continues where it stopped; a crashed browser loses at most
 * the time since the last checkpoint.
 */
/**
 * `onWorkStartedOrStopped`: work on a work site began or ended, which changes the coarse state a
 * partner may see; the minutes in between go out with the link's regular publish instead.
 */
export function setupTracker(db: HearthDb, clock: Clock, idle: IdleSource, onWorkStartedOrStopped: () => void = () => {}) {
  const observe = serialized(() => step(), 'Hearth tracker step failed');

  async function step(): Promise<void> {
    const at = clock.now();
    const settings = await loadTrackingSettings(db);
    const agreement = (await agreementInForceAt(db, at))?.agreement;
    const observation = await observeBrowser(at, await idleNow(at, settings.idleSeconds));
    const { [STATE_KEY]: saved } = (await browser.storage.session.get(STATE_KEY)) as { [STATE_KEY]?: TrackerState };
    const result = observeActivity(saved ?? INITIAL_TRACKER_STATE, observation, agreement?.workSites ?? [], settings);
    if (result.writes.length) await db.intervals.bulkPut(result.writes);
    await browser.storage.session.set({ [STATE_KEY]: result.state });
    await keepHeartbeat(result.state.open !== null);
    const wasWorking = (saved?.open ?? null) !== null;
    if (wasWorking !== (result.state.open !== null)) onWorkStartedOrStopped();
  }

  /** The last idle event, checked against the idle source in case an event was missed while asleep. */
  async function idleNow(at: number, thresholdSeconds: number): Promise<IdleRecord> {
    const { [IDLE_KEY]: recorded } = (await browser.storage.session.get(IDLE_KEY)) as { [IDLE_KEY]?: IdleRecord };
    const state = await idle.query(thresholdSeconds);
    if (recorded?.idle === state) return recorded;
    const record = idleRecord(state, at, thresholdSeconds);
    await browser.storage.session.set({ [IDLE_KEY]: record });
    return record;
  }

  const onIdleChange = async (state: IdleState) => {
    const { idleSeconds } = await loadTrackingSettings(db);
    const { [IDLE_KEY]: recorded } = (await browser.storage.session.get(IDLE_KEY)) as { [IDLE_KEY]?: IdleRecord };
    // Locking a screen that was already idle: idleness began when the input stopped, not at the lock.
    const record =
      state === 'locked' && recorded?.idle === 'idle' ? { idle: state, idleSince: recorded.idleSince } : idleRecord(state, clock.now(), idleSeconds);
    await browser.storage.session.set({ [IDLE_KEY]: record });
    await observe();
  };

  idle.onChange((state) => void onIdleChange(state));
  browser.tabs.onActivated.addListener(() => void observe());
  browser.tabs.onRemoved.addListener(() => void observe());
  onTabUpdated(['url', 'audible'], (_, change) => {
    // Title and favicon updates are frequent and change nothing the tracker sees.
    if (change.url !== undefined || change.audible !== undefined) void observe();
  });
  browser.windows.onFocusChanged.addListener(() => void observe());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HEARTBEAT) void observe();
  });
  browser.runtime.onStartup.addListener(() => void observe());

  void loadTrackingSettings(db).then(({ idleSeconds }) => idle.setThreshold(idleSeconds));
  void observe();
  return { observe, applySettings: (idleSeconds: number) => idle.setThreshold(idleSeconds) };
}

/** The interval the tracker has open: work going on now, newer than its last stored checkpoint. */
export async function trackerOpenInterval(): Promise<ActivityInterval | null> {
  const { [STATE_KEY]: state } = (await browser.storage.session.get(STATE_KEY)) as { [STATE_KEY]?: TrackerState };
  return state?.open ?? null;
}

function idleRecord(state: IdleState, at: number, thresholdSeconds: number): IdleRecord {
  // The idle event fires a threshold after the last input; that is when idleness began.
  return { idle: state, idleSince: state === 'idle' ? at - thresholdSeconds * 1000 : state === 'locked' ? at : undefined };
}

async function keepHeartbeat(needed: boolean): Promise<void> {
  const existing = await browser.alarms.get(HEARTBEAT);
  // Re-creating an alarm restarts its period, so frequent events would starve the heartbeat.
  if (needed && !existing) await browser.alarms.create(HEARTBEAT, { periodInMinutes: 0.5 });
  if (!needed && existing) await browser.alarms.clear(HEARTBEAT);
}
