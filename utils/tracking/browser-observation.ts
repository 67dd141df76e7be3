/** What the browser says at one instant; the shell gathers it, the tracker judges it. */
export interface BrowserObservation {
  at: number;
  /** URL of the active tab of the focused browser window; null when no browser window has focus. */
  focusedUrl: string | null;
  /** URLs of tabs currently playing sound. */
  audibleUrls: readonly string[];
  idle: 'active' | 'idle' | 'locked';
  /** When the person's last input was, if known: the idle state began then. */
  idleSince?: number;
}
