/**
 * Firefox (153) draws no backdrop filter on the top layer, and draws the top layer inside the root's
 * filter, which would grey Hearth's banner with the page. There the veil's backdrop, grey and blended
 * by saturation, greys what lies under it (hue and colour gone, lightness kept), and the root's grey
 * is lifted once the veil is up (utils/guard/guard-plan.ts, `veiledSheet`), so the banner keeps its
 * colours. Chromium's backdrop filter does the same from the veil itself.
 */
const VEIL_BACKDROP = import.meta.env.FIREFOX ? '.layer.veil::backdrop { background: rgb(128 128 128); mix-blend-mode: saturation; }' : '';

/** The panel's text and controls, shared by the banner and the override form's frame. */
const CONTROL_STYLES = `
.until, .why, .note { margin: 4px 0; color: #5d5249; }
.error { margin: 6px 0; color: #9b1c1c; font-weight: 600; }
button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid #bfae98; background: #fff; padding: 6px 12px; color: inherit; }
button.primary { background: #9a5b2e; border-color: #9a5b2e; color: #fff; }
button.link { border: 0; background: none; padding: 4px 0; text-decoration: underline; color: #6b4a2f; }
button:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #e0a15c; outline-offset: 2px; }
.override { display: grid; gap: 8px; text-align: left; }
.override label { display: grid; gap: 4px; }
select, textarea { font: inherit; padding: 6px; border: 1px solid #bfae98; border-radius: 6px; background: #fff; color: inherit; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
@media (prefers-color-scheme: dark) {
  .until, .why, .note { color: #cdbfae; }
  button, select, textarea { background: #362e28; border-color: #6a5a4b; }
  button.link { color: #e9b98a; }
}
`;

/**
 * The override form's own page, drawn inside the panel: the panel's colours, and room around the
 * controls for their focus rings, which the frame's edge would cut (the frame reaches that far past
 * the panel's padding, `.override-frame`).
 */
export const FRAME_STYLES = `
html, body { margin: 0; background: #fbf7f1; }
body { padding: 6px; font: 14px/1.4 system-ui, sans-serif; color: #2b2420; overflow: hidden; }
@media (prefers-color-scheme: dark) { html, body { background: #2a2420; } body { color: #f1e9df; } }
${CONTROL_STYLES}`;

/**
 * Styles live inside the closed shadow root, so the page can neither restyle nor hide the banner by CSS:
 * the host's own rules are !important, and for !important the shadow tree's rules beat the page's,
 * its inline styles included. The layer lies in the top layer (guard-layer.ts), over the whole viewport.
 */
export const GUARD_STYLES = `
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; visibility: visible !important; }
.layer { box-sizing: border-box; position: fixed; inset: 0; width: auto; height: auto; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; background: transparent; color: inherit; overflow: hidden; }
.layer:is(:popover-open, :modal) { display: grid; }
.layer::backdrop { background: transparent; }
.layer.veil, .layer.note { pointer-events: none; }
.layer.veil > div, .layer.note > div { align-self: end; justify-self: end; margin: 16px; pointer-events: auto; }
/* Greys what lies under it, the page's own top layer included, and pales it as a faded page. */
.layer.veil { backdrop-filter: grayscale(1); background: rgb(255 255 255 / 0.45); }
${VEIL_BACKDROP}
.layer.screen { background: #f3ede4; place-items: center; overflow: auto; }
.panel { box-sizing: border-box; font: 14px/1.4 system-ui, sans-serif; color: #2b2420; background: #fbf7f1;
  border: 1px solid #d9cbb8; border-radius: 12px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); padding: 14px 16px; }
.panel.dim, .panel.grace { width: min(360px, calc(100vw - 32px)); }
.panel.grace { border-style: dashed; box-shadow: 0 4px 14px rgb(0 0 0 / 0.12); }
.panel.block { width: min(520px, calc(100vw - 32px)); padding: 32px; text-align: center; }
.brand { margin: 0; font-size: 12px; letter-spacing: 0.08em; text-transform: uppercase; color: #9a5b2e; }
h2 { margin: 4px 0 2px; font-size: 17px; }
.block h2 { font-size: 26px; }
${CONTROL_STYLES}
.override-frame { display: block; box-sizing: border-box; border: 0; margin: 8px -6px 0; width: calc(100% + 12px); height: 0; background: transparent; }
@media (prefers-color-scheme: dark) {
  .layer.screen { background: #211c19; }
  .panel { color: #f1e9df; background: #2a2420; border-color: #4d4036; }
}
`;
