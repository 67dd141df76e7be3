/**
 * The zoom that brings an element whose effective CSS zoom is `effective` back to the size it was
 * designed at. The page's zoom on its root multiplies down to everything in the document, Hearth's
 * banner too; zoom on a descendant multiplies again, so its inverse cancels it. A value the browser
 * does not give (before Chromium 128) or could not mean (0, NaN, Infinity) leaves the zoom alone.
 */
export function counterZoom(effective: number | undefined): number {
  return effective !== undefined && Number.isFinite(effective) && effective > 0 ? 1 / effective : 1;
}
