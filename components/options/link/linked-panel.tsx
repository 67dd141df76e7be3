import { useState } from 'preact/hooks';
import type { LinkRecord } from '@/utils/link/link-record';
import type { LinkView } from '@/utils/link/link-view';
import type { HearthMessage, HearthReplies } from '@/utils/messages';
import { dateTimeFormat } from '@/utils/format/intl-formats';
import { t, uiLocale } from '../../i18n';
import { RelayProblem } from '../../link/relay-problem';
import { SharingForm } from './sharing-form';
import { WhatPartnerSees } from './what-partner-sees';

interface Props {
  link: LinkRecord;
  view: LinkView | null;
  /** The other partner as this browser's agreement names them; null before whose browser this is is known. */
  partnerName: string | null;
  stretchAsked: boolean | null;
  onChanged: () => void;
}

/** Linked: with whom and since when, whether the relay answers, and the way out. */
export function LinkedPanel({ link, view, partnerName, stretchAsked, onChanged }: Props) {
  const [asking, setAsking] = useState(false);
  const unpair = async () => {
    await browser.runtime.sendMessage({ type: 'link:unpair' } satisfies HearthMessage);
    onChanged();
  };
  const since = dateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(link.pairedAt);
  return (
    <div>
      <p role="status" data-testid="link-state">
        {/* Written as every other date of the page ("2 Dec 2026"), on this browser's own clock: the link belongs to the browser, not to the agreement's household. */}
        {partnerName === null ? t('linkLinkedSince', [since]) : t('linkLinkedWithSince', [partnerName, since])}
      </p>
      {view?.linked && view.relayProblem && (
        <RelayProblem
          problem={view.relayProblem}
          retry={async () => (await browser.runtime.sendMessage({ type: 'link:retry' } satisfies HearthMessage)) as HearthReplies['link:retry']}
          urgent
        />
      )}
      <SharingForm mine={link.mySharing} theirs={link.theirSharing} stretchAsked={stretchAsked} onSaved={onChanged} />
      <WhatPartnerSees version={link} />
      {asking ? (
        <div role="group" aria-label={t('linkUnpair')} class="toolbar">
          <span>{t('linkUnpairConfirm')}</span>
          <button type="button" class="primary" onClick={() => void unpair()}>
            {t('linkUnpairYes')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('linkUnpairNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('linkUnpair')}
        </button>
      )}
    </div>
  );
}
