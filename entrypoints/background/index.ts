import { HearthDb } from '@/utils/db/hearth-db';
import { setupAgreementMessages } from './agreement-messages';
import { systemClock } from './clock';
import { setupComfortMessages } from './comfort-messages';
import { comfortsAfterGuard } from './comforts';
import { setupGuard } from './guard';
import { setupLink } from './link';
import { setupIdentityMessages } from './identity-messages';
import { browserIdleSource } from './idle-source';
import { setupCheckInSharing } from './check-in-sharing';
import { setupCommands } from './commands';
import { createMessageRouter } from './message-router';
import { setupPlanMessages } from './plan-messages';
import { setupPopupMessages } from './popup-messages';
import { setupReminders } from './reminders';
import { setupReportTab } from './report-tab';
import { setupRetention } from './retention';
import { createTestSeams } from './test-seams';
import { setupTracker } from './tracker';
import { setupTrackingMessages } from './tracking-messages';
import { setupWelcome } from './welcome-tab';
import { setupStretchMessages } from './stretch-messages';
import { setupWeekSummary } from './week-summary';

export default defineBackground(() => {
  const db = new HearthDb();
  const router = createMessageRouter();
  const { clock, idle } = import.meta.env.MODE === 'e2e' ? createTestSeams(db, browserIdleSource) : { clock: systemClock, idle: browserIdleSource };

  const link = setupLink(db, router, clock);
  const comforts = comfortsAfterGuard(db);
  const guard = setupGuard(db, router, clock, {
    onPlanApplied: async (plan, agreement) => {
      await comforts(plan, agreement);
      link.publishSoon();
    },
  });
  setupComfortMessages(db, router, guard.refresh);
  setupAgreementMessages(db, router, guard.refresh);
  const tracker = setupTracker(db, clock, idle, link.publishSoon);
  setupTrackingMessages(db, router, tracker);
  setupRetention(db);
  setupReminders(db, router);
  setupReportTab(router);
  setupCommands();
  setupPopupMessages(db, router, link.publishSoon);
  setupIdentityMessages(db, router);
  setupWelcome(db);
  setupPlanMessages(db, router, clock, { refresh: guard.refresh });
  const checkIns = setupCheckInSharing(db, router, clock, link);
  setupWeekSummary(db, clock, checkIns.weekEnded);
  setupStretchMessages(db, router, clock, checkIns.stretchSet);
});
