import { useState } from 'preact/hooks';
import type { LinkRecord } from '@/utils/link/link-record';
import type { LinkView } from '@/utils/link/link-view';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../../i18n';
import { SharingForm } from './sharing-form';
import { WhatPartnerSees } from './what-partner-sees';

/** Linked: since when, whether the relay answers, and the way out. */
export function LinkedPanel({ link, view, onChanged }: { link: LinkRecord; view: LinkView | null; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const unpair = async () => {
    await browser.runtime.sendMessage({ type: 'link:unpair' } satisfies HearthMessage);
    onChanged();
  };
  return (
    <div>
      <p role="status" data-testid="link-state">
        {t('linkLinkedSince', [new Date(link.pairedAt).toLocaleDateString(document.documentElement.lang)])}
      </p>
      {view?.linked && view.relayProblem && (
        <p role="alert" class="error">
          {t(view.relayProblem)}
        </p>
      )}
      <SharingForm mine={link.mySharing} theirs={link.theirSharing} onSaved={onChanged} />
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
