/** The longest wait between two tries, as a multiple of the first: a minute for the link's 5 s. */
export const RECONNECT_CAP = 12;

/**
 * How long to wait before opening a live socket again, after `failures` tries in a row found the
 * relay unreachable: doubling from `baseMs` up to RECONNECT_CAP times it, so a relay that is down
 * is not asked every few seconds by every open page, and spread by ±25 % (`random` in [0, 1)), so
 * browsers that lost the relay together do not all come back in the same instant.
 */
export function reconnectDelay(baseMs: number, failures: number, random: number): number {
  const doubled = baseMs * 2 ** Math.min(Math.max(failures, 0), 10);
  return Math.round(Math.min(doubled, baseMs * RECONNECT_CAP) * (0.75 + random / 2));
}

/**
 * The live socket's next try: after `baseMs` once it dropped, at doubling waits after tries that
 * failed in a row. At most one try waits: a hello the relay refuses both closes its socket and fails
 * its try, and each scheduling its own would double the tries with every round.
 */
export function createReconnect(baseMs: number, tryNow: () => void) {
  let failures = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    soon(): void {
      if (pending !== undefined) return;
      pending = setTimeout(() => {
        pending = undefined;
        tryNow();
      }, reconnectDelay(baseMs, failures, Math.random()));
    },
    failed(): void {
      failures++;
    },
    succeeded(): void {
      failures = 0;
    },
  };
}
