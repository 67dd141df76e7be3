/**
 * Draws Hearth's icon (a flame on a warm disc, the notification icon's motif) at every size the
 * Chrome Web Store and addons.mozilla.org ask for, into public/icon/<size>.png, where WXT finds
 * them for the manifest. Run with `npm run icons`; the PNGs are committed, so builds need no step.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const SIZES = [16, 32, 48, 96, 128];
const DISC: Rgb = [0x9a, 0x5b, 0x2e];
const FLAME: Rgb = [0xf3, 0xb5, 0x74];
const CORE: Rgb = [0xff, 0xfd, 0xf9];
/** Samples per pixel along each axis: edges are antialiased by coverage. */
const SUPERSAMPLE = 5;

type Rgb = [number, number, number];

/** A teardrop pointing up: a round base at (0.5, baseY) of radius r, narrowing straight to a tip. */
function inTeardrop(x: number, y: number, tipY: number, baseY: number, r: number): boolean {
  const dx = x - 0.5;
  if (dx * dx + (y - baseY) ** 2 <= r * r) return true;
  return y >= tipY && y <= baseY && Math.abs(dx) <= (r * (y - tipY)) / (baseY - tipY);
}

/** What colour a point of the unit square is, or null outside the disc. */
function colourAt(x: number, y: number): Rgb | null {
  if ((x - 0.5) ** 2 + (y - 0.5) ** 2 > 0.5 * 0.5) return null;
  if (inTeardrop(x, y, 0.44, 0.64, 0.1)) return CORE;
  if (inTeardrop(x, y, 0.16, 0.6, 0.22)) return FLAME;
  return DISC;
}

function icon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          covered++;
          colour.forEach((channel, i) => (sum[i]! += channel));
        }
      }
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples, coverage as alpha: no dark fringe on any background.
      for (let i = 0; i < 3; i++) png.data[at + i] = covered ? Math.round(sum[i]! / covered) : 0;
      png.data[at + 3] = Math.round((covered / SUPERSAMPLE ** 2) * 255);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png`);
