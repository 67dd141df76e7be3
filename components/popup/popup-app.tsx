import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { formatClock } from '@/utils/format/format-clock';
import type { PartnerAgreementWaiting } from '@/utils/link/partner-agreement';
import type { PopupOpenStatus } from '@/utils/messages';
import type { WhoseBrowser } from '@/utils/status/popup-status';
import { statusExpiresAt } from '@/utils/status/status-expiry';
import { t } from '../i18n';
import { BudgetMeter } from './budget-meter';
import { MyState } from './my-state';
import { PartnerLive } from './partner-live';
import { PlansCard } from './plans-card';
import { ProposalsCard } from './proposals-card';
import { PopupLinks } from './popup-links';
import { openOptions, request } from './request';
import { RitualCard } from './ritual-card';
import { StatusNoteForm } from './status-note-form';
import { StretchCard } from './stretch-card';
import { useNow } from './use-now';
import { WhoseBrowserQuestion } from './whose-browser';
import { PartnerAgreementOffer } from './partner-agreement-offer';
import type { PopupStatusReply } from './early-status';

import { StorageError } from '../storage-error';
import { isStorageFailure } from '@/utils/db/storage-failure';

type Phase =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'storage' }
  | { kind: 'empty' }
  | { kind: 'whose'; whose: WhoseBrowser['whose'] }
  | { kind: 'offer'; offer: PartnerAgreementWaiting['partnerAgreement'] }
  | { kind: 'ready'; status: PopupOpenStatus };

/** Set once the first status (or the empty state) is on screen; bench/popup-open.ts reads it. */
export const READY_MARK = 'hearth:popup-ready';
const TICK_MS = 30_000;
/** setTimeout's longest delay; a popup is never open that long anyway. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

interface Props {
  locale: string;
  /** The first status request, sent before the first render so the two overlap. */
  firstRequest?: Promise<PopupStatusReply>;
}

export function PopupApp({ locale, firstRequest }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const now = useNow(TICK_MS);

  const load = useCallback(async (pending = request({ type: 'popup:status' })) => {
    try {
      const status = await pending;
      if (status === undefined) throw new Error('no reply from the background');
      if (!status) setPhase({ kind: 'empty' });
      else if ('whose' in status) setPhase({ kind: 'whose', whose: status.whose });
      else if ('partnerAgreement' in status) setPhase({ kind: 'offer', offer: status.partnerAgreement });
      else setPhase({ kind: 'ready', status });
    } catch (error) {
      console.error('Hearth popup could not load its status', error);
      setPhase({ kind: isStorageFailure(error) ? 'storage' : 'error' });
    }
  }, []);
  // A layout effect, not an effect (which waits for a paint): a status already in renders before the first paint.
  useLayoutEffect(() => void load(firstRequest), []);

  // Ask again the moment the status goes out of date by itself (a ritual starts, a zone ends).
  const expiresAt = phase.kind === 'ready' ? statusExpiresAt(phase.status) : null;
  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setTimeout(() => void load(), Math.min(Math.max(0, expiresAt - Date.now()), LONGEST_TIMEOUT_MS));
    return () => clearTimeout(timer);
  }, [expiresAt]);

  const settled = phase.kind === 'ready' || phase.kind === 'empty' || phase.kind === 'whose' || phase.kind === 'offer';
  useLayoutEffect(() => {
    if (settled && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [settled]);

  return (
    <main>
      <h1 class="brand">{t('extName')}</h1>
      {phase.kind === 'loading' && (
        <p class="muted" role="status">
          {t('popupLoading')}
        </p>
      )}
      {phase.kind === 'error' && (
        <section class="card" role="alert">
          <p>{t('popupError')}</p>
          <button
            type="button"
            onClick={() => {
              setPhase({ kind: 'loading' });
              void load();
            }}
          >
            {t('popupRetry')}
          </button>
        </section>
      )}
      {phase.kind === 'storage' && <StorageError />}
      {phase.kind === 'empty' && <EmptyState />}
      {phase.kind === 'whose' && <WhoseBrowserQuestion whose={phase.whose} onChosen={() => void load()} />}
      {phase.kind === 'offer' && <PartnerAgreementOffer offer={phase.offer} onTaken={() => void load()} />}
      {phase.kind === 'ready' && <Status status={phase.status} now={now} locale={locale} />}
    </main>
  );
}

function Status({ status, now, locale }: { status: PopupOpenStatus; now: number; locale: string }) {
  const clock = (instant: number) => formatClock(instant, now, status.timeZone, locale);
  return (
    <>
      <ProposalsCard />
      <MyState me={status.me} clock={clock} />
      <BudgetMeter budget={status.budget} locale={locale} />
      <RitualCard status={status} now={now} locale={locale} clock={clock} />
      <PartnerLive linked={status.linked} now={now} timeZone={status.timeZone} locale={locale} />
      <PlansCard initial={status.plans} clock={clock} />
      <StretchCard initial={status.stretch} />
      <StatusNoteForm note={status.note} />
      <PopupLinks />
    </>
  );
}

function EmptyState() {
  return (
    <section class="card" aria-labelledby="empty-title" data-ready="">
      <h2 id="empty-title">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyBody')}</p>
      <button type="button" class="primary" onClick={openOptions}>
        {t('popupSetUp')}
      </button>
    </section>
  );
}
