import { HearthDb } from '@/utils/db/hearth-db';
import { setupAgreementMessages } from './agreement-messages';
import { systemClock } from './clock';
import { setupComfortMessages } from './comfort-messages';
import { comfortsAfterGuard } from './comforts';
import { setupGuard } from './guard';
import { setupLink } from './link';
import { setupProposals } from './proposals';
import { setupIdentityMessages } from './identity-messages';
import { browserIdleSource } from './idle-source';
import { setupCheckInSharing } from './check-in-sharing';
import { setupCommands } from './commands';
import { createMessageRouter } from './message-router';
import { setupPlanMessages } from './plan-messages';
import { setupPopupMessages } from './popup-messages';
import { setupReminders } from './reminders';
import { setupReviewNotificationClicks } from './review-notifications';
import { setupReportTab } from './report-tab';
import { setupRetention } from './retention';
import { createTestSeams } from './test-seams';
import { setupTracker } from './tracker';
import { setupTrackingMessages } from './tracking-messages';
import { setupWelcome } from './welcome-tab';
import { setupPartnerAgreement } from './partner-agreement-messages';
import { setupStretchMessages } from './stretch-messages';
import { setupWeekSummary } from './week-summary';

export default defineBackground(() => {
  const db = new HearthDb();
  const router = createMessageRouter();
  const { clock, idle } = import.meta.env.MODE === 'e2e' ? createTestSeams(db, browserIdleSource) : { clock: systemClock, idle: browserIdleSource };

  // Proposal events come from the link only after start-up has run, when `proposals` is set.
  const link = setupLink(db, router, clock, { onProposal: (event) => proposals.onEvent(event) });
  const comforts = comfortsAfterGuard(db);
  const guard = setupGuard(db, router, clock, {
    onPlanApplied: async (plan, agreement) => {
      await comforts(plan, agreement);
      link.publishSoon();
    },
  });
  setupComfortMessages(db, router, guard.refresh);
  const proposals = setupProposals(db, router, clock, { refresh: guard.refresh, send: link.send });
  setupAgreementMessages(db, router, guard.refresh, proposals.proposeIfLinked);
  const tracker = setupTracker(db, clock, idle, link.publishSoon);
  setupTrackingMessages(db, router, tracker);
  setupRetention(db);
  const reminders = setupReminders(db, router);
  setupReviewNotificationClicks();
  setupReportTab(router);
  setupCommands();
  setupPopupMessages(db, router, link.publishSoon);
  setupIdentityMessages(db, router);
  setupPartnerAgreement(db, router, clock, { refresh: guard.refresh });
  setupWelcome(db);
  // A plan invoked or ended re-plans the reminders too: what it paused (a ritual, a zone's wind-down)
  // is in no plan made while it held, and a worker kept awake would not look again before it is due.
  const planChanged = async () => {
    await guard.refresh();
    // Logged where it fails (serialized.ts); the plan itself is saved, so the popup is not told otherwise.
    await reminders.replan().catch(() => undefined);
  };
  setupPlanMessages(db, router, clock, { refresh: planChanged, onPlanChanged: link.tellPlan });
  const checkIns = setupCheckInSharing(db, router, clock, link);
  setupWeekSummary(db, clock, checkIns.weekEnded);
  setupStretchMessages(db, router, clock, checkIns.stretchSet);
});
