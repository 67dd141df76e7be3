/** Every event that carries what a person types, or that they typed at all. */
const TYPED_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
] as const;

/**
 * Keeps what a person types into Hearth from the page (design decision 2). Such an event starts its
 * way at `window`, and the page's capture listeners there see it before it reaches Hearth's shadow
 * root, so stopping it inside the shadow root is too late. A listener added at `document_start`
 * (the registered guard script runs then, before any page script) is the first on `window`; it stops
 * Hearth's events there. The typing itself is the browser's default action, which stopping
 * propagation does not prevent, so Hearth's own fields read their values rather than listen.
 * In a tab the guard reaches only later (it was open when a zone began), page listeners added before
 * it still come first: there the page can see keys pressed on the banner's buttons. The reason is
 * typed in the override form's own frame (override-frame.tsx), whose keys never reach the page.
 */
export function shieldTypedKeys(isHearths: (event: Event) => boolean): void {
  // A key pressed in Hearth may be let go after Hearth has gone (Enter releases the page): its keyup is Hearth's too.
  const held = new Set<string>();
  for (const type of TYPED_EVENTS) {
    window.addEventListener(
      type,
      (event) => {
        const code = (event as KeyboardEvent).code;
        if (isHearths(event)) {
          if (type === 'keydown') held.add(code);
          if (type === 'keyup') held.delete(code);
          event.stopImmediatePropagation();
        } else if (type === 'keyup' && held.delete(code)) {
          event.stopImmediatePropagation();
        }
      },
      true,
    );
  }
}
