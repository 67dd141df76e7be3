import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt, revisionsInForceDuring } from '@/utils/agreement/agreement-store';
import { activeOverrides } from '@/utils/guard/override-store';
import type { MarkReply, NoteReply, PopupOpenStatus } from '@/utils/messages';
import { weekBounds } from '@/utils/schedule/week-bounds';
import { loadIdentity, ownerOf } from '@/utils/identity/identity';
import { popupStatus, whoseBrowser, type PopupStatus, type WhoseBrowser } from '@/utils/status/popup-status';
import { parseRitualMark } from '@/utils/status/ritual-marks';
import { putRitualMark, ritualMarksBetween } from '@/utils/status/ritual-mark-store';
import { RECENTLY_ENDED_MS } from '@/utils/status/ritual-countdown';
import { MS_PER_DAY } from '@/utils/schedule/calendar-date';
import { parseStatusNote, STATUS_NOTE_KEY } from '@/utils/status/status-note';
import { intervalsOverlapping } from '@/utils/tracking/tracking-store';
import { loadLink } from '@/utils/link/link-store';
import { partnerAgreementStore, partnerAgreementWaiting, type PartnerAgreementWaiting } from '@/utils/link/partner-agreement';
import type { MessageRouter } from './message-router';
import { trackerOpenInterval } from './tracker';

/**
 * The popup reads everything through these, so it never loads Dexie or the schedule engine itself.
 * Its status carries the plans' and "how stretched" cards' answers (plan-messages.ts,
 * stretch-messages.ts), so opening it is one round trip.
 */
export function setupPopupMessages(db: HearthDb, router: MessageRouter, onNoteSaved: () => void = () => {}) {
  router.handle('popup:status', async (_message, sender): Promise<PopupOpenStatus | WhoseBrowser | PartnerAgreementWaiting | null> => {
    // A card that cannot load stays hidden rather than take the status with it.
    const card = <T,>(reply: Promise<T>) => reply.catch((error: unknown) => (console.error('Hearth: a popup card could not load', error), null));
    const [status, plans, stretch] = await Promise.all([
      statusOrOffer(db, Date.now()),
      card(router.ask({ type: 'plan:status' }, sender)),
      card(router.ask({ type: 'stretch:status' }, sender)),
    ]);
    return status && 'me' in status ? { ...status, plans, stretch } : status;
  });
  router.handle('popup:note', async ({ text }): Promise<NoteReply> => {
    const parsed = parseStatusNote(text);
    if (parsed.ok) {
      await db.settings.put({ key: STATUS_NOTE_KEY, value: parsed.note });
      onNoteSaved();
    }
    return parsed;
  });
  router.handle('ritual:mark', async (request): Promise<MarkReply> => {
    const parsed = parseRitualMark(request, Date.now());
    if (!parsed.ok) return parsed;
    await putRitualMark(db, parsed.mark);
    return { ok: true };
  });
}

export async function loadPopupStatus(db: HearthDb, now: number): Promise<PopupStatus | WhoseBrowser | null> {
  const [revision, identity] = await Promise.all([agreementInForceAt(db, now), loadIdentity(db)]);
  const agreement = revision?.agreement;
  if (!agreement) return null;
  const owner = ownerOf(agreement, identity);
  if (!owner) return whoseBrowser(agreement);
  const weekStart = weekBounds(agreement, now).start;
  const [revisions, overrides, intervals, note, marks, openInterval, links] = await Promise.all([
    revisionsInForceDuring(db, weekStart, now),
    activeOverrides(db, now),
    intervalsOverlapping(db, weekStart, now),
    db.settings.get(STATUS_NOTE_KEY),
    // The popup asks about rituals that ended in the last two hours; a ritual lasts at most a day.
    ritualMarksBetween(db, now - RECENTLY_ENDED_MS - MS_PER_DAY, Infinity),
    trackerOpenInterval(),
    db.link.count(),
  ]);
  const status = popupStatus({
    now,
    agreement,
    ownerId: owner.id,
    revisions,
    overrides,
    intervals,
    openInterval,
    note: note?.value,
    marks,
    locale: browser.i18n.getUILanguage(),
  });
  return { ...status, linked: links > 0 };
}

/**
 * The popup's answer: the status, or with no agreement here the partner's, when the link brought
 * one, to take in one step. Only the popup asks for the offer; the status the link publishes has
 * nothing to share without an agreement.
 */
async function statusOrOffer(db: HearthDb, now: number): Promise<PopupStatus | WhoseBrowser | PartnerAgreementWaiting | null> {
  const status = await loadPopupStatus(db, now);
  if (status) return status;
  const [link, theirs] = await Promise.all([loadLink(db), partnerAgreementStore.load(db)]);
  return link && theirs ? partnerAgreementWaiting(theirs) : null;
}
