import type { HearthDb } from '@/utils/db/hearth-db';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import { WELCOME_KEY, welcomePending } from '@/utils/welcome/welcome-answers';

/**
 * A new install opens the first-run setup (issue 11 item 14). Only on `install`, never on update or
 * browser start, and not when an agreement is already there or the setup was finished or skipped:
 * Firefox re-installs a temporary add-on on every load, and nobody should be greeted twice.
 */
export function setupWelcome(db: HearthDb) {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void (async () => {
      const [agreement, progress] = await Promise.all([latestAgreement(db), db.settings.get(WELCOME_KEY)]);
      if (agreement || !welcomePending(progress?.value)) return;
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    })();
  });
}
