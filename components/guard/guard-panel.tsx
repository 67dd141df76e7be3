import { useState } from 'preact/hooks';
import type { PageGuard } from '@/utils/guard/page-guard';
import type { OverrideReply } from '@/utils/messages';
import { formatClock } from '@/utils/format/format-clock';
import { t, uiLocale } from '../i18n';
import { OverrideFrame } from './override-frame';

interface Props {
  guard: PageGuard;
  now: number;
  onOverride: (minutes: number, reason: string) => Promise<OverrideReply>;
  /** The override form opened or closed: while it is open the page must not take the focus. */
  onHold: (held: boolean) => void;
}

/** The banner over a dimmed page, or the calm screen over a blocked one: which zone, until when, in the partners' words. */
export function GuardPanel({ guard, now, onOverride, onHold }: Props) {
  const [overriding, setOverridingState] = useState(false);
  const setOverriding = (open: boolean) => {
    onHold(open);
    setOverridingState(open);
  };
  const until = guard.until === null ? null : formatClock(guard.until, now, guard.timeZone, uiLocale());
  const label = guard.labels.join(' · ') || t('guardDefaultLabel');

  return (
    <section class={`panel ${guard.mode}`} role="dialog" aria-modal={guard.mode === 'block' || overriding} aria-label={t('guardPanelName')}>
      <p class="brand">{t('extName')}</p>
      <h2>{label}</h2>
      <p class="until">{until ? t('guardUntil', [until]) : t('guardNoEnd')}</p>
      {guard.mode === 'block' && <p class="why">{t('guardBlockedWhy')}</p>}
      {overriding ? (
        <OverrideFrame allowance={guard.allowance} onSubmit={onOverride} onCancel={() => setOverriding(false)} />
      ) : (
        <button type="button" class="link" onClick={() => setOverriding(true)}>
          {t('overrideOpen')}
        </button>
      )}
    </section>
  );
}
