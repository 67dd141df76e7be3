import { counterZoom } from '@/utils/guard/counter-zoom';
import { frameSecret } from '@/utils/guard/override-frame-messages';

/**
 * dim: a veil over the page; block: an opaque screen; grace: only a note. `held` is the veil while
 * the override form is open: modal, so the page is inert and its scripts cannot pull the focus (and
 * the reason being typed) into a field of their own, as a focus trap or a chat composer does.
 */
export type LayerKind = 'veil' | 'held' | 'screen' | 'note';

/**
 * Hearth's place in a page: a bare `<div>` with a closed shadow root, holding one element in the top
 * layer (a modal `<dialog>` for the block screen and the held veil, a manual popover otherwise), which the root's
 * filter cannot reach. The page sees only the bare element; it cannot reach the top-layer element to
 * hide it, and if it removes the host, Hearth puts it back. When the page puts something of its own
 * in the top layer (a modal dialog, a popover, fullscreen), Hearth steps above it again, so the veil
 * greys it and the screen covers it.
 */
export function createGuardLayer(styles: string, onErased: () => void) {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = styles;
  shadow.append(style);
  const content = document.createElement('div');
  let layer: HTMLElement | undefined;
  let kind: LayerKind | undefined;

  const isOpen = () => !!layer && layer.isConnected && layer.matches(layer instanceof HTMLDialogElement ? ':modal' : ':popover-open');
  const open = () => {
    if (!layer || isOpen()) return;
    if (layer instanceof HTMLDialogElement) {
      if (layer.open) layer.close();
      layer.showModal();
    } else {
      layer.showPopover();
    }
  };
  // The page's zoom on <html> (inline and !important if it likes) reaches the host and through it the
  // top layer, which would shrink or swell the banner with the page: the layer undoes it. The page
  // cannot read the layer's style, nor tell from the bare host what it compensates.
  const unzoom = () => {
    if (layer) layer.style.zoom = String(counterZoom(host.currentCSSZoom));
  };
  const keep = () => {
    if (erased()) renew();
    // Between a removed <html> and its replacement there is nowhere to be: the next mutation brings Hearth back.
    if (!kind || !document.documentElement) return;
    if (watched !== document.documentElement) watch();
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    unzoom();
    open();
  };
  const raise = () => {
    if (!layer || !isOpen()) return keep();
    if (layer instanceof HTMLDialogElement) layer.close();
    else layer.hidePopover();
    open();
  };
  const owns = (event: Event) => event.composedPath().includes(host);

  // A zoom the page changes later (a style, a class, a media query) changes the banner's size on
  // screen, in device pixels, whatever else it changes: that is when the zoom is undone again.
  new ResizeObserver(unzoom).observe(content, { box: 'device-pixel-content-box' });

  const observer = new MutationObserver(keep);
  let watched: Element | null = null;
  // A framework that renders the whole document may replace <html>: Hearth follows it there.
  const watch = () => {
    watched = document.documentElement;
    observer.disconnect();
    observer.observe(document, { childList: true });
    observer.observe(document.documentElement, { childList: true });
    observer.observe(host, { attributes: true });
  };
  const onToggle = (event: Event) => {
    if (kind && !owns(event) && (event as ToggleEvent).newState === 'open') raise();
  };
  const onFullscreen = () => kind && raise();
  // While the page's modal dialog is open, everything else is inert, Hearth's banner too, though it
  // is drawn above: a click on one of its buttons goes to the page. Such a click is Hearth's; the
  // override's form then opens as a modal of its own, above the page's.
  const onClick = (event: MouseEvent) => {
    if (!kind || !event.isTrusted || owns(event)) return;
    const hit = [...content.querySelectorAll('button')].find((button) => {
      const box = button.getBoundingClientRect();
      return event.clientX >= box.left && event.clientX < box.right && event.clientY >= box.top && event.clientY < box.bottom;
    });
    if (!hit) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Not `click()`: its event is composed and would tell the page's listeners of a click on Hearth.
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  };
  // A modal dialog in a web component's shadow root opens without a toggle event reaching window, but
  // it takes the focus, and its backdrop then lies over Hearth's banner: whatever the page shows
  // above the banner, a hit test at the banner finds it.
  const onFocus = (event: Event) => {
    if (!kind || owns(event) || !isOpen()) return;
    const box = content.getBoundingClientRect();
    if (document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) !== host) raise();
  };
  // document.open() (a page that writes itself anew) erases every listener of the window and of every
  // node in the document, shadow roots included, and leaves Hearth's observers: Hearth tells by an
  // event of a name only it knows, which the page cannot hear, and listens again.
  // The override frame's kind of secret (crypto.randomUUID exists only on secure pages, and a work site may be served over http).
  const probe = `h${frameSecret((bytes) => crypto.getRandomValues(bytes))}`;
  let answered = false;
  const onProbe = () => {
    answered = true;
  };
  const erased = () => {
    answered = false;
    window.dispatchEvent(new Event(probe));
    return !answered;
  };
  const listen = () => {
    window.addEventListener(probe, onProbe);
    // Capture on window runs before the page's own listeners (see key-shield.ts).
    window.addEventListener('toggle', onToggle, true);
    window.addEventListener('fullscreenchange', onFullscreen, true);
    window.addEventListener('focusin', onFocus, true);
    window.addEventListener('click', onClick, true);
  };
  listen();
  const renew = () => {
    listen();
    if (kind) layer = build(kind);
    // What is drawn in the layer lost its listeners too: its owner draws it anew.
    onErased();
  };

  const build = (next: LayerKind) => {
    layer?.remove();
    const modal = next === 'screen' || next === 'held';
    const element = document.createElement(modal ? 'dialog' : 'div');
    element.className = next === 'held' ? 'layer veil' : `layer ${next}`;
    if (!modal) element.setAttribute('popover', 'manual');
    // Escape must not close the block screen; whatever closes a layer, it opens again.
    element.addEventListener('cancel', (event) => event.preventDefault());
    element.addEventListener('close', () => queueMicrotask(keep));
    element.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'closed') queueMicrotask(keep);
    });
    element.append(content);
    shadow.append(element);
    return element;
  };

  return {
    content,
    owns,
    show(next: LayerKind) {
      if (next !== kind) {
        kind = undefined;
        layer = build(next);
      }
      kind = next;
      keep();
    },
    hide() {
      kind = undefined;
      watched = null;
      observer.disconnect();
      layer?.remove();
      layer = undefined;
      host.remove();
    },
  };
}
