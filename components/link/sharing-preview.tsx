import type { SharedCheckIn, SharedStretch } from '@/utils/link/shared-check-in';
import type { SharedStatus } from '@/utils/link/shared-status';
import { t } from '../i18n';
import { PartnerCard } from '../popup/partner-card';

export interface SharingPreviewProps {
  /** The very object that would be sealed and sent now (`sharedStatus(...)`), not a look-alike. */
  status: SharedStatus;
  now: number;
  timeZone: string;
  locale: string;
  /** The preview's own heading level; the card inside is one deeper. */
  headingLevel?: 2 | 3;
  /** This week's check-in and today's "how stretched" as they would go; null or left out when they do not. */
  checkIn?: SharedCheckIn | null;
  stretch?: SharedStretch | null;
}

/**
 * "What my partner sees": the status that would be sent, drawn by the partner's own card, and the
 * raw data underneath for anyone who wants to check that nothing more goes.
 */
export function SharingPreview({ status, now, timeZone, locale, headingLevel = 3, checkIn = null, stretch = null }: SharingPreviewProps) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <section class="sharing-preview" aria-labelledby="sharing-preview-title">
      <Heading id="sharing-preview-title">{t('linkPreviewTitle')}</Heading>
      <p class="muted">{t('linkPreviewIntro')}</p>
      <PartnerCard
        linked
        headingLevel={headingLevel === 2 ? 3 : 4}
        idPrefix="sharing-preview-card"
        title={t('linkPreviewCardTitle')}
        view={{ kind: 'fresh', status, minutesAgo: 0 }}
        now={now}
        timeZone={timeZone}
        locale={locale}
      />
      <details>
        <summary>{t('linkPreviewRaw')}</summary>
        <pre>{JSON.stringify(status, null, 2)}</pre>
      </details>
      {checkIn && (
        <details class="check-in-preview">
          <summary>{t('linkPreviewCheckIn')}</summary>
          <pre>{JSON.stringify(checkIn, null, 2)}</pre>
        </details>
      )}
      {stretch && <p>{t('linkPreviewStretch', [t('daysStretchLevel', [String(stretch.level)])])}</p>}
    </section>
  );
}
