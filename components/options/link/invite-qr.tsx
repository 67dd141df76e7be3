import { useLayoutEffect, useRef } from 'preact/hooks';
import { generate } from 'lean-qr';
import { t } from '../../i18n';

/** The invite link as a QR code for a phone's camera; a screen reader hears the code instead. */
export function InviteQr({ link, code }: { link: string; code: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) generate(link).toCanvas(canvas.current);
  }, [link]);
  return <canvas ref={canvas} class="invite-qr" role="img" aria-label={t('linkQrAlt', [code])} />;
}
