import { useEffect, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import type { LinkRecord } from '@/utils/link/link-record';
import { loadLink } from '@/utils/link/link-store';
import { storedRelayUrl } from '@/utils/link/relay-url';
import { useLinkView } from '../../link/use-link-view';
import { t } from '../../i18n';
import { ReceivedThanks } from '../../link/received-thanks';
import { LinkedPanel } from './linked-panel';
import { PairingPanel } from './pairing-panel';
import { RelayAddressForm } from './relay-address-form';
import { readFailed } from '../../read-failed';
import { useStretchAsked } from '../use-stretch-asked';

/** "Link with my partner" (options.html#link): pairing while unlinked, sharing and unpairing once linked. */
export function LinkSection({ db, partnerName }: { db: HearthDb; partnerName: string | null | undefined }) {
  const [link, setLink] = useState<LinkRecord | null | undefined>(undefined);
  const [relayUrl, setRelayUrl] = useState<string | null>(null);
  const view = useLinkView();
  const stretchAsked = useStretchAsked(db);
  const reload = async () => setLink((await loadLink(db)) ?? null);
  useEffect(() => {
    void storedRelayUrl(db).then(setRelayUrl, readFailed);
  }, []);
  // Every push from the background (the partner unpaired, their sharing changed) re-reads the link.
  useEffect(() => void reload().catch(readFailed), [view]);

  return (
    <section id="link" aria-labelledby="link-title">
      <h2 id="link-title">{t('linkTitle')}</h2>
      {link === null && relayUrl !== null && (
        <>
          <p class="muted">{t('linkIntro')}</p>
          <PairingPanel db={db} relayUrl={relayUrl} onPaired={reload} relaySettings={<RelayAddressForm db={db} onSaved={setRelayUrl} />} />
        </>
      )}
      {/* Drawn once the partner's name is known (undefined until read), so the status line is not announced twice as the page opens. */}
      {link && partnerName !== undefined && <LinkedPanel link={link} view={view} partnerName={partnerName} stretchAsked={stretchAsked} onChanged={reload} />}
      {link && <ReceivedThanks db={db} title={t('linkThanksReceived')} headingLevel={3} />}
    </section>
  );
}
