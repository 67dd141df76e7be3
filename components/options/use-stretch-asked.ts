import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { loadStretchSettings } from '@/utils/status/stretch-levels';

/**
 * Whether this browser asks the daily "how stretched" question, kept current as the check-in
 * settings switch it (the same page writes it through the same database); null until read.
 */
export function useStretchAsked(db: HearthDb): boolean | null {
  const [asked, setAsked] = useState<boolean | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => loadStretchSettings(db)).subscribe({
      next: (settings) => setAsked(settings.enabled),
      error: (error) => console.error('Hearth could not read the stretch setting', error),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return asked;
}
