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

/** Test pages are saturated red (work) or blue (other); a dimmed page has no saturated pixel. */
export function judgeFrame(png: Buffer): FrameVerdict {
  const { data, width, height } = PNG.sync.read(png);
  let saturated = 0;
  let nonWhite = 0;
  const step = 4 * 7; // every 7th pixel is plenty for full-page colour
  for (let i = 0; i < width * height * 4; i += step) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 120) saturated++;
    if (r < 235 || g < 235 || b < 235) nonWhite++;
  }
  const samples = (width * height) / 7;
  return { undimmed: saturated / samples > 0.2, painted: nonWhite / samples > 0.2 };
}

/**
 * The share of a screenshot's pixels in colour (channels more than 40 apart): ~0 for a page that is
 * dimmed to grey, whatever its own colours. Firefox once kept a coloured body's background in
 * colour behind a dimmed page, which `judgeFrame`'s saturated-red test did not catch.
 */
export function colourfulShare(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let colourful = 0;
  let samples = 0;
  for (let i = 0; i < width * height * 4; i += 4 * 7) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) colourful++;
    samples++;
  }
  return colourful / samples;
}
