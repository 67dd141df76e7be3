import { useLayoutEffect, useRef } from 'preact/hooks';
import { generate } from 'lean-qr';
import { t } from '../../i18n';

/**
 * The invite link as a QR code for a phone's camera; a screen reader hears the code instead. Drawn
 * one pixel a module on an opaque white ground with the standard four-module quiet zone (a dark theme's
 * background would invert it for a camera) and scaled up crisply by the stylesheet.
 */
export function InviteQr({ link, code }: { link: string; code: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) generate(link).toCanvas(canvas.current, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4 });
  }, [link]);
  return <canvas ref={canvas} class="invite-qr" role="img" aria-label={t('linkQrAlt', [code])} />;
}
