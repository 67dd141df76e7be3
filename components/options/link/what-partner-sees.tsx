import { useEffect, useState } from 'preact/hooks';
import type { HearthMessage, SharingPreviewReply } from '@/utils/messages';
import { SharingPreview } from '../../link/sharing-preview';
import { uiLocale } from '../../i18n';

/** The very object the background would send now, drawn as the partner's card draws it. */
export function WhatPartnerSees({ version }: { version: unknown }) {
  const [preview, setPreview] = useState<SharingPreviewReply | undefined>(undefined);
  useEffect(() => {
    void (browser.runtime.sendMessage({ type: 'link:preview' } satisfies HearthMessage) as Promise<SharingPreviewReply>).then(setPreview);
  }, [version]);
  if (!preview) return null;
  return <SharingPreview status={preview.status} now={Date.now()} timeZone={preview.timeZone} locale={uiLocale()} checkIn={preview.checkIn} stretch={preview.stretch} />;
}
