export type IdleState = 'active' | 'idle' | 'locked';

/** Where idleness comes from: the `idle` API in production, a script in e2e builds (test-seams.ts). */
export interface IdleSource {
  setThreshold(seconds: number): void;
  query(seconds: number): Promise<IdleState>;
  onChange(listener: (state: IdleState) => void): void;
}

export const browserIdleSource: IdleSource = {
  setThreshold: (seconds) => browser.idle.setDetectionInterval(seconds),
  query: (seconds) => browser.idle.queryState(seconds) as Promise<IdleState>,
  onChange: (listener) => browser.idle.onStateChanged.addListener((state) => listener(state as IdleState)),
};
