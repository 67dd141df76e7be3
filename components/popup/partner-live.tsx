import { partnerView } from '@/utils/link/partner-view';
import { RelayProblem } from '../link/relay-problem';
import { useLinkView } from '../link/use-link-view';
import { PartnerCard } from './partner-card';
import { openOptionsAt, request } from './request';
import { ThanksForm } from './thanks-form';

interface Props {
  /** Whether the status said linked, for the first frame before the background's push arrives. */
  linked: boolean;
  now: number;
  timeZone: string;
  locale: string;
}

/** The partner card, live while the popup is open (the background pushes every change), and the thank-you. */
export function PartnerLive({ linked, now, timeZone, locale }: Props) {
  const view = useLinkView();
  const isLinked = view ? view.linked : linked;
  const received = view?.linked && view.partnerStatus && view.partnerStatusAt !== null ? { status: view.partnerStatus, receivedAt: view.partnerStatusAt } : null;
  if (!isLinked) return <PartnerCard linked={false} onLink={() => openOptionsAt('#link')} />;
  return (
    <>
      <PartnerCard linked view={partnerView(received, now)} now={now} timeZone={timeZone} locale={locale} plan={view?.linked && view.partnerPlan && now < view.partnerPlan.endsAt ? view.partnerPlan : undefined} />
      {view?.linked && view.relayProblem && <RelayProblem problem={view.relayProblem} retry={() => request({ type: 'link:retry' })} urgent={false} />}
      <ThanksForm onSend={(text) => request({ type: 'link:thanks', text })} />
    </>
  );
}
