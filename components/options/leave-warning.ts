import { useEffect } from 'preact/hooks';

/** While `dirty`, leaving the page (closing, reloading, following a link) asks first: the edits would be lost. */
export function useLeaveWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
}
