import { t, uiLocale } from '@/components/i18n';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import { proposalNotice } from '@/utils/proposals/proposal-notice';
import type { ProposalEvent } from '@/utils/proposals/proposal-receipts';

const ICON = '/notification-icon.png';
const PREFIX = 'hearth-proposal-';

/** One notification per proposal, replaced by its answer; a click opens the options page at the proposals. */
export async function showProposalEvent(db: HearthDb, event: ProposalEvent): Promise<void> {
  const id = `${PREFIX}${event.type === 'withdrawn' ? event.id : event.record.id}`;
  const notice = proposalNotice(event, (await latestAgreement(db))?.agreement, uiLocale(), t);
  if (!notice) return void (await browser.notifications.clear(id));
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(ICON), ...notice });
}

/** An answered proposal's notification goes: it is done with. */
export const clearProposalNotification = (id: string) => browser.notifications.clear(`${PREFIX}${id}`);

/** Unpaired: every proposal went with the link, so no notification of one is left to open an empty list. */
export async function clearAllProposalNotifications(): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll()).filter((id) => id.startsWith(PREFIX));
  await Promise.all(shown.map((id) => browser.notifications.clear(id)));
}

export function openProposalsOnClick() {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#proposals') });
    void browser.notifications.clear(id);
  });
}
