import type { MyStatus } from '@/utils/status/my-status';
import { joinIsolated } from '@/utils/format/bidi-isolate';
import { t } from '../i18n';

interface Props {
  me: MyStatus;
  clock: (instant: number) => string;
}

/** "Working, in hours", "After hours: 35 min today", "Family evenings until 07:00", "Override until 21:15", "In working hours, away from work sites" or "Off the clock". */
export function MyState({ me, clock }: Props) {
  return (
    <section class={`card me ${me.kind}`} aria-labelledby="me-title" data-ready="">
      <h2 id="me-title">{t('popupMeTitle')}</h2>
      <p class="state">{stateText(me, clock)}</p>
      {me.kind === 'override' && <p class="muted">{t('popupMeOverrideSite', [me.site])}</p>}
    </section>
  );
}

function stateText(me: MyStatus, clock: Props['clock']): string {
  switch (me.kind) {
    case 'zone': {
      const labels = joinIsolated(me.labels, ' · ');
      return me.until === null ? t('popupMeZoneNoEnd', [labels]) : t('popupMeZoneUntil', [labels, clock(me.until)]);
    }
    case 'override':
      return t('popupMeOverride', [clock(me.until)]);
    case 'after-hours':
      return t('popupMeAfterHours', [String(me.minutesToday)]);
    case 'working-in-hours':
      return t('popupMeInHours');
    case 'away-in-hours':
      return t('popupMeAwayInHours');
    case 'off':
      return t('popupMeOff');
  }
}
