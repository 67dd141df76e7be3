import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/**
 * Records every frame the compositor paints while `action` runs (CDP screencast), so a test can
 * prove what the very first painted frame looked like rather than reading a style after load.
 */
export async function recordFrames(page: Page, action: () => Promise<void>, settleMs = 800): Promise<Buffer[]> {
  const cdp = await page.context().newCDPSession(page);
  const frames: Buffer[] = [];
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push(Buffer.from(frame.data, 'base64'));
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  try {
    await action();
    await page.waitForTimeout(settleMs);
  } finally {
    await cdp.send('Page.stopScreencast').catch(() => {});
    await cdp.detach().catch(() => {});
  }
  return frames;
}

export interface FrameVerdict {
  /** The frame shows the test page's saturated colour: the work page is visible undimmed. */
  undimmed: boolean;
  /** The frame shows page content at all (not just a blank canvas). */
  painted: boolean;
}

/** Every 7th pixel of a PNG, as [r, g, b]: plenty for a whole page's colour. */
function samplePixels(png: Buffer): [number, number, number][] {
  const { data, width, height } = PNG.sync.read(png);
  const pixels: [number, number, number][] = [];
  for (let i = 0; i < width * height * 4; i += 4 * 7) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
  return pixels;
}

/** How far apart a pixel's channels are: 0 for a grey, 255 for a pure red. */
const spread = ([r, g, b]: [number, number, number]) => Math.max(r, g, b) - Math.min(r, g, b);

/** The share of the sampled pixels that pass `test`. */
const shareOf = (pixels: [number, number, number][], test: (pixel: [number, number, number]) => boolean) => pixels.filter(test).length / pixels.length;

/** Test pages are saturated red (work) or blue (other); a dimmed page has no saturated pixel. */
export function judgeFrame(png: Buffer): FrameVerdict {
  const pixels = samplePixels(png);
  return {
    undimmed: shareOf(pixels, (pixel) => spread(pixel) > 120) > 0.2,
    painted: shareOf(pixels, ([r, g, b]) => r < 235 || g < 235 || b < 235) > 0.2,
  };
}

/**
 * The share of a screenshot's pixels in colour (channels more than 40 apart): ~0 for a page that is
 * dimmed to grey, whatever its own colours. Firefox once kept a coloured body's background in
 * colour behind a dimmed page, which `judgeFrame`'s saturated-red test did not catch.
 */
export function colourfulShare(png: Buffer): number {
  return shareOf(samplePixels(png), (pixel) => spread(pixel) > 40);
}

/** How many pixels of a PNG, all of them counted, are in colour: text a few pixels high is not missed. */
export function colourfulPixels(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < width * height * 4; i += 4) if (spread([data[i]!, data[i + 1]!, data[i + 2]!]) > 40) count++;
  return count;
}
