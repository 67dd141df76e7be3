/**
 * Runs `task` one call at a time: triggers that arrive together (an alarm, a tab event, a message)
 * never interleave their storage and registration calls. A failure is logged and does not block
 * the next call; the caller still sees it through the returned promise.
 */
export function serialized(task: () => Promise<void>, failure: string): () => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(task);
    queue = run.catch((error) => console.error(failure, error));
    return run;
  };
}
