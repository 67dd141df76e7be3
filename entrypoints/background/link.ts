import type { Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import type { HearthDb } from '@/utils/db/hearth-db';
import { createLinkClient } from '@/utils/link/link-client';
import { dropUnshared, enqueue, loadLink } from '@/utils/link/link-store';
import { SharingChoices, storedSharing } from '@/utils/link/sharing';
import { receivedStatus, SharedStatus } from '@/utils/link/shared-status';
import { LINK_PORT, type LinkView } from '@/utils/link/link-view';
import { parseThanksText, type LinkKind } from '@/utils/link/link-payloads';
import type { PartnerMessageOutcome } from '@/utils/link/partner-messages';
import { forgetUnshared, linkSharing } from '@/utils/link/partner-shared';
import { newClientId } from '@/utils/link/client-id';
import { connectRelay } from '@/utils/link/relay-connection';
import { FIRST_HOUR_PERIOD_MINUTES, loadPendingDelete, pendingDeletePeriod, retryPendingDelete, savePendingDelete } from '@/utils/link/pending-delete';
import type { ThanksReply } from '@/utils/messages';
import type { Clock } from './clock';
import { t } from '@/components/i18n';
import type { MessageRouter } from './message-router';
import { showPartnerPlan, showThanks } from './link-notifications';
import { clearAllProposalNotifications } from './proposal-notifications';
import { partnerPlanAt, type PartnerPlan } from '@/utils/plans/partner-plan';
import { partnerPlanStore } from '@/utils/plans/plan-store';
import { agreementInForceAt, latestAgreement } from '@/utils/agreement/agreement-store';
import { loadIdentity, ownerOf } from '@/utils/identity/identity';
import { AGREEMENT_TOLD_KEY } from '@/utils/link/partner-agreement';
import { fitsInEnvelope } from '@/utils/link/envelope';
import { ownSharedStatus, sharingPreview } from './link-status';
import type { ProposalEvent } from '@/utils/proposals/proposal-receipts';

export interface LinkHooks {
  /** A proposal arrived, was withdrawn or answered (proposals.ts tells the person, and re-guards when the agreement changed). */
  onProposal: (event: ProposalEvent) => void;
}

const ALARM = 'hearth-link-catch-up';
/** While an unpaired room still waits to be deleted on an unreachable relay (see pending-delete.ts for how often). */
const DELETE_ALARM = 'hearth-link-delete-room';

/**
 * The partner link's shell (design decision 5): catch-ups on an alarm (every minute while the
 * outbox holds something, else every ten), a live socket while any Hearth page is open, and the
 * own status published on every change. Nothing here runs, and nothing reaches the network, while
 * this browser is not linked. Guarding never waits for any of it: `publishSoon` returns at once.
 */
export function setupLink(db: HearthDb, router: MessageRouter, clock: Clock, hooks: LinkHooks) {
  const ports = new Set<Runtime.Port>();
  const appliedListeners: Array<(outcome: PartnerMessageOutcome) => void> = [];
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch((error) => console.error('Hearth link failed', error));
    return next;
  };

  const client = createLinkClient({
    db,
    connect: (url) => connectRelay(url),
    now: () => clock.now(),
    statusPayload: () => ownSharedStatus(db, clock.now()),
    events: {
      changed: () => void pushView(),
      thanks: (text) => void showThanks(text),
      proposal: (event) => hooks.onProposal(event),
      plan: (plan) => void notifyPlan(plan),
      unlinked: () => void Promise.all([pushView(), browser.alarms.clear(ALARM), clearAllProposalNotifications()]),
      applied: (outcome) => {
        // Their choices changed what flows from here too: my status goes again now, not at the next
        // change or alarm (up to 10 minutes), so a kind both now share shows on both sides at once.
        if (outcome.kind === 'sharing') void sync('publish');
        appliedListeners.forEach((listener) => listener(outcome));
      },
    },
  });

  /** Named as this browser's agreement names the other partner; the household's zone says which day it ends. */
  async function notifyPlan(plan: PartnerPlan) {
    const now = clock.now();
    const agreement = (await agreementInForceAt(db, now))?.agreement;
    if (!agreement) return;
    const identity = await loadIdentity(db);
    const partner = agreement.partners.find((candidate) => candidate.id !== identity?.partnerId) ?? agreement.partners[1];
    await showPartnerPlan(plan, identity ? partner.name : t('popupPartnerTitle'), agreement.household.timeZone, now);
  }

  async function view(): Promise<LinkView> {
    const link = await loadLink(db);
    if (!link) return { linked: false };
    // Checked here, so the popup needs no schema library to trust what it shows; cut to what
    // flows now, so what I no longer share (or pause) is not still read from them.
    const status = v.safeParse(SharedStatus, link.partnerStatus);
    const plan = partnerPlanAt(await partnerPlanStore.load(db), clock.now());
    return {
      linked: true,
      relayProblem: client.relayProblem,
      partnerStatus: status.success ? receivedStatus(status.output, linkSharing(link)) : null,
      partnerStatusAt: link.partnerStatusAt,
      partnerPlan: plan ? { name: plan.name, endsAt: plan.endsAt } : null,
    };
  }
  async function pushView() {
    if (ports.size === 0) return;
    const current = await view();
    ports.forEach((port) => port.postMessage(current));
  }
  async function schedule() {
    if (!(await loadLink(db))) return void (await browser.alarms.clear(ALARM));
    const periodInMinutes = (await db.outbox.count()) > 0 ? 1 : 10;
    const existing = await browser.alarms.get(ALARM);
    if (existing?.periodInMinutes !== periodInMinutes) await browser.alarms.create(ALARM, { periodInMinutes });
  }
  /**
   * Tells the partner the agreement held here when it, or whose browser this is, changed since it
   * was last told (partner-agreement.ts): once after pairing, then after each change. Before this
   * browser's partner is chosen there is no one to tell it as.
   */
  async function tellAgreement() {
    if (!(await loadLink(db))) return;
    const [latest, identity, told] = await Promise.all([latestAgreement(db), loadIdentity(db), db.settings.get(AGREEMENT_TOLD_KEY)]);
    const owner = latest ? ownerOf(latest.agreement, identity) : null;
    if (!latest || !owner) return;
    // The revision's id, not the document's digest: this runs on every sync, and a resaved
    // identical document told once more costs the partner nothing.
    const mark = `${latest.id}:${owner.id}`;
    if (told?.value === mark) return;
    const payload = { agreement: latest.agreement, senderId: owner.id };
    // An agreement too large for one envelope (over 32 KiB) is not told: the partner is offered
    // nothing, as before linking told agreements; marked all the same, so it is not tried on every sync.
    if (fitsInEnvelope(payload) && !(await enqueue(db, 'agreement', payload, clock.now()))) return;
    await db.settings.put({ key: AGREEMENT_TOLD_KEY, value: mark });
  }
  const sync = (mode?: 'catch-up' | 'publish' | 'force') =>
    run(async () => {
      await tellAgreement().catch((error) => console.error('Hearth could not tell the agreement', error));
      await client.sync(mode);
    }).then(schedule);

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LINK_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) void run(() => client.setLive(false));
    });
    void view().then((current) => port.postMessage(current));
    if (ports.size === 1) void run(() => client.setLive(true));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void sync();
    if (alarm.name === DELETE_ALARM) void run(retryDelete);
  });
  async function retryDelete() {
    const periodInMinutes = await retryPendingDelete(db, connectRelay, clock.now());
    if (periodInMinutes === null) return void (await browser.alarms.clear(DELETE_ALARM));
    const existing = await browser.alarms.get(DELETE_ALARM);
    if (existing?.periodInMinutes !== periodInMinutes) await browser.alarms.create(DELETE_ALARM, { periodInMinutes });
  }

  router.handle('link:paired', async () => {
    // The partner learns this side's choices at once; until theirs arrive nothing flows either way.
    const link = await loadLink(db);
    if (link) await run(() => enqueue(db, 'sharing', storedSharing(link.mySharing), clock.now()));
    await pushView();
    void sync('force');
    if (ports.size > 0) void run(() => client.setLive(true));
  });
  router.handle('link:unpair', async () => {
    const link = await loadLink(db);
    const told = await run(() => client.unpair());
    await browser.alarms.clear(ALARM);
    if (link && !told) {
      await savePendingDelete(db, { relayUrl: link.relayUrl, room: link.room, token: link.token, role: link.role, since: clock.now() });
      await browser.alarms.create(DELETE_ALARM, { periodInMinutes: FIRST_HOUR_PERIOD_MINUTES });
    }
    await pushView();
    return { told };
  });
  router.handle('link:sharing', async ({ sharing }) => {
    const parsed = v.safeParse(SharingChoices, sharing);
    if (!parsed.success || !(await loadLink(db))) return { ok: false };
    await run(async () => {
      await db.link.update('current', { mySharing: parsed.output });
      const link = await loadLink(db);
      await forgetUnshared(db, link ? linkSharing(link, { ignorePause: true }) : null);
      // In the queue, so no flush sends what was sealed before this "stop".
      if (link) await dropUnshared(db, linkSharing(link));
      await enqueue(db, 'sharing', parsed.output, clock.now());
    });
    // Open pages show the partner's status cut to the new choices at once.
    void pushView();
    void sync('force');
    appliedListeners.forEach((listener) => listener({ kind: 'sharing' }));
    return { ok: true };
  });
  router.handle('link:retry', async () => {
    await sync();
    return { reached: client.relayProblem === null };
  });
  router.handle('link:preview', () => sharingPreview(db, clock.now()));
  router.handle('link:thanks', async ({ text }): Promise<ThanksReply> => {
    const parsed = parseThanksText(typeof text === 'string' ? text : '');
    if (!parsed.ok) return parsed;
    const queued = await run(() => enqueue(db, 'thanks', { id: newClientId(), text: parsed.text, sentAt: clock.now() }, clock.now()));
    if (!queued) return { ok: false, key: 'linkNotLinked' };
    void sync();
    return { ok: true, queued };
  });

  // A woken worker catches up at once, so nothing written while it slept waits for the next alarm.
  void loadLink(db).then((link) => link && sync());
  // Alarms do not outlive an update of Hearth (nor, in Firefox, a browser restart), and nothing
  // else would try again: a room still waiting to be deleted gets its alarm back at every start.
  void run(keepDeleteAlarm);
  async function keepDeleteAlarm() {
    const pending = await loadPendingDelete(db);
    if (!pending || (await browser.alarms.get(DELETE_ALARM))) return;
    // Past the 30 days, the next try forgets the room.
    const periodInMinutes = pendingDeletePeriod(pending.since ?? clock.now(), clock.now()) ?? FIRST_HOUR_PERIOD_MINUTES;
    await browser.alarms.create(DELETE_ALARM, { periodInMinutes });
  }

  /** Seals a message for the partner (in the link's queue, one seal at a time) and sends it soon; false when not linked. */
  async function send(kind: LinkKind, payload: unknown): Promise<boolean> {
    const queued = await run(() => enqueue(db, kind, payload, clock.now()));
    if (queued) void sync();
    return queued;
  }
  /**
   * Tells the partner this browser invoked or ended a plan (issue #9: "the partner is told"). It is
   * part of what the couple agreed the plan for, like a thank-you, so no sharing choice gates it.
   */
  const tellPlan = async (plan: PartnerPlan) => void (await send('plan', plan));

  return {
    publishSoon: () => void sync('publish'),
    send,
    tellPlan,
    /** Hears every partner message applied here, and this side's own sharing changes (as `sharing`). */
    onApplied: (listener: (outcome: PartnerMessageOutcome) => void) => void appliedListeners.push(listener),
  };
}
