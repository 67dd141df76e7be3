import { useEffect, useState } from 'preact/hooks';
import type { PlanStatus } from '@/utils/messages';
import { t } from '../i18n';
import { request } from './request';
import { ReviewDueCard } from './review-due-card';

interface Props {
  /** As the popup's status brought it; asked again after each change made here. */
  initial: PlanStatus | null;
  clock: (instant: number) => string;
}

/**
 * The contingency plans the couple prepared ("Deadline crunch", "Sick child"): invoked here with a
 * last day at most two weeks ahead, it applies at once and ends by itself.
 */
export function PlansCard({ initial, clock }: Props) {
  const [status, setStatus] = useState<PlanStatus | null>(initial);
  const [planId, setPlanId] = useState('');
  const [through, setThrough] = useState(initial?.dates.first ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const show = (next: PlanStatus | null) => {
    setStatus(next);
    if (next) setThrough((current) => current || next.dates.first);
  };
  // The popup asks for its status again when it goes out of date (a day ends): take the new one.
  useEffect(() => show(initial), [initial]);
  const load = async () => show(await request({ type: 'plan:status' }));

  if (!status) return null;
  const reviews = <ReviewDueCard reviews={status.reviews} />;
  if (status.plans.length === 0 && !status.current) return reviews;

  const send = async (action: () => ReturnType<typeof request<'plan:end'>>, done: string) => {
    try {
      const reply = await action();
      setMessage(reply.ok ? { error: false, text: done } : { error: true, text: t(reply.key) });
      if (reply.ok) await load();
    } catch {
      setMessage({ error: true, text: t('planFailed') });
    }
  };
  const invoke = (event: Event) => {
    event.preventDefault();
    if (!planId) return setMessage({ error: true, text: t('planErrChoose') });
    void send(() => request({ type: 'plan:invoke', planId, through }), t('planInvoked'));
  };
  const chosen = status.plans.find((plan) => plan.id === planId);

  return (
    <>
      {reviews}
      <section class="card plans" aria-labelledby="plans-title">
      <h2 id="plans-title">{t('planTitle')}</h2>
      {status.current ? (
        <>
          <p data-plan={status.current.planId}>{t('planInForce', [status.current.name, clock(status.current.end)])}</p>
          <button type="button" onClick={() => void send(() => request({ type: 'plan:end' }), t('planEnded'))}>
            {t('planEndNow')}
          </button>
        </>
      ) : (
        <form onSubmit={invoke}>
          <label for="plan-choice">{t('planChoose')}</label>
          <select id="plan-choice" value={planId} onChange={(event) => setPlanId(event.currentTarget.value)}>
            <option value="">{t('planChoosePrompt')}</option>
            {status.plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.name}
              </option>
            ))}
          </select>
          {chosen?.cover && <p class="muted small">{chosen.cover}</p>}
          <label for="plan-through">{t('planThrough')}</label>
          <input id="plan-through" type="date" required min={status.dates.first} max={status.dates.last} value={through} onInput={(event) => setThrough(event.currentTarget.value)} />
          <p class="muted small">{t('planHint')}</p>
          <button type="submit" class="primary">
            {t('planInvoke')}
          </button>
        </form>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
    </>
  );
}
