import { formatClock } from '@/utils/format/format-clock';
import { joinIsolated } from '@/utils/format/bidi-isolate';
import { formatDay } from '@/utils/format/format-day';
import { dateTimeFormat } from '@/utils/format/intl-formats';
import { countdownSubstitutions, countdownTo } from '@/utils/status/countdown-text';
import { lastDayOf } from '@/utils/plans/plan-last-day';
import type { PartnerView } from '@/utils/link/partner-view';
import type { SharedState, SharedStatus } from '@/utils/link/shared-status';
import { BudgetMeterBar } from '../budget-meter-bar';
import { t } from '../i18n';

/** What the card shows once linked, and how it writes times (the household's zone, the reader's language). */
export interface PartnerCardLinkedProps {
  view: PartnerView;
  now: number;
  timeZone: string;
  locale: string;
  /** The partner's contingency plan holding now, told by the link. */
  plan?: { name: string; endsAt: number };
}

export type PartnerCardProps = {
  linked: boolean;
  /** Prefixes element ids, so a second card on one page (the sharing preview) has its own. */
  idPrefix?: string;
  /** Replaces the heading "Your partner", e.g. in the preview of oneself. */
  title?: string;
  /** 2 in the popup; deeper where the card sits inside another section. */
  headingLevel?: 2 | 3 | 4;
  /** Offered while not linked: where linking is done (the options page's link section). */
  onLink?: () => void;
} & ({ view?: undefined } | PartnerCardLinkedProps);

/**
 * The partner's status (design decision 5), read in order: state, since when and how fresh, their
 * note, their after-hours week, the next shared ritual. Only what both chose to share is there;
 * a stale status says "offline since", never what they might be doing now.
 */
export function PartnerCard(props: PartnerCardProps) {
  const id = `${props.idPrefix ?? 'partner'}-title`;
  const Heading = `h${props.headingLevel ?? 2}` as 'h2';
  return (
    <section class="card partner" aria-labelledby={id}>
      <Heading id={id}>{props.title ?? t('popupPartnerTitle')}</Heading>
      {!props.linked ? (
        <>
          <p>
            {t('popupPartnerNotLinked')} <span class="muted">{t('popupPartnerInvite')}</span>
          </p>
          {props.onLink && (
            <button type="button" onClick={props.onLink}>
              {t('popupPartnerLink')}
            </button>
          )}
        </>
      ) : props.view === undefined || props.view.kind === 'unknown' ? (
        <p class="muted">{t('linkPartnerWaiting')}</p>
      ) : props.view.kind === 'offline' && props.view.longSilent ? (
        <>
          <p class="state">{t('linkPartnerSilentSince', [dateTimeFormat(props.locale, { dateStyle: 'medium', timeZone: props.timeZone }).format(props.view.since)])}</p>
          <p class="muted small">{t('linkPartnerLongSilent')}</p>
        </>
      ) : props.view.kind === 'offline' ? (
        <p class="state">{t('linkPartnerOffline', [clockOf(props)(props.view.since)])}</p>
      ) : (
        <FreshStatus status={props.view.status} minutesAgo={props.view.minutesAgo} clock={clockOf(props)} ritualWhen={ritualWhenOf(props)} />
      )}
      {props.view !== undefined && props.plan && <PartnerPlanLine plan={props.plan} timeZone={props.timeZone} locale={props.locale} />}
    </section>
  );
}

/** Shown whatever their status says, even offline: the plan was told, and it ends by itself. */
function PartnerPlanLine({ plan, timeZone, locale }: { plan: { name: string; endsAt: number }; timeZone: string; locale: string }) {
  return (
    <p class="partner-plan" data-plan-name={plan.name}>
      {t('linkPartnerPlan', [plan.name, formatDay(lastDayOf(plan, timeZone), locale)])}
    </p>
  );
}

const clockOf = ({ now, timeZone, locale }: PartnerCardLinkedProps) => (instant: number) => formatClock(instant, now, timeZone, locale);
/** "in 25 min", "tomorrow 7:15 AM": said as the popup's own next-ritual card says it, so the two agree. */
const ritualWhenOf = ({ now, timeZone, locale }: PartnerCardLinkedProps) => (start: number) => {
  const countdown = countdownTo(start, now, timeZone, locale);
  return t(countdown.key, countdownSubstitutions(countdown));
};

interface FreshProps {
  status: SharedStatus;
  minutesAgo: number;
  clock: (instant: number) => string;
  ritualWhen: (start: number) => string;
}

function FreshStatus({ status, minutesAgo, clock, ritualWhen }: FreshProps) {
  const freshness = minutesAgo === 0 ? t('linkPartnerAsOfNow') : t('linkPartnerAsOf', [String(minutesAgo)]);
  if (status.paused) {
    return (
      <>
        <p class="state">{t('linkPartnerPaused')}</p>
        <p class="muted small">{freshness}</p>
      </>
    );
  }
  const { state, note, budget, nextRitual } = status;
  const since = state?.since;
  return (
    <>
      <p class={state ? `state ${state.kind}` : 'muted'} aria-live="polite">
        {state ? stateText(state) : t('linkPartnerStateHidden')}
      </p>
      <p class="muted small">
        {since !== undefined && (
          <>
            <time dateTime={new Date(since).toISOString()}>{t('linkPartnerSince', [clock(since)])}</time>
            {' · '}
          </>
        )}
        {freshness}
      </p>
      {note !== undefined && <p class="partner-note">{t('linkPartnerNote', [note])}</p>}
      {budget && (
        <div class="partner-budget">
          <BudgetMeterBar
            ratio={budget.budgetMinutes > 0 ? budget.usedMinutes / budget.budgetMinutes : budget.usedMinutes > 0 ? 1 : 0}
            over={budget.usedMinutes > budget.budgetMinutes}
            label={t('linkPartnerBudgetName')}
            valueText={t('popupBudgetValueText', [String(budget.usedMinutes), String(budget.budgetMinutes)])}
          />
          <p>{t('linkPartnerBudgetUsed', [String(budget.usedMinutes), String(budget.budgetMinutes)])}</p>
        </div>
      )}
      {nextRitual !== undefined && (
        <p>
          {nextRitual === null ? (
            <span class="muted">{t('linkPartnerRitualNone')}</span>
          ) : (
            t('linkPartnerRitualNext', [nextRitual.label, ritualWhen(nextRitual.start)])
          )}
        </p>
      )}
    </>
  );
}

function stateText(state: SharedState): string {
  switch (state.kind) {
    case 'off':
      return t('linkPartnerStateOff');
    case 'working':
      return t('linkPartnerStateWorking');
    case 'after-hours':
      return t('linkPartnerStateAfterHours', [String(state.minutesToday)]);
    case 'zone':
      return t('linkPartnerStateZone', [joinIsolated(state.labels, ' · ')]);
    case 'ritual':
      return t('linkPartnerStateRitual', [state.label]);
    case 'override':
      return t('linkPartnerStateOverride');
  }
}
