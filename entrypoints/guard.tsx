import { render } from 'preact';
import type { PageGuard } from '@/utils/guard/page-guard';
import type { HearthMessage, HearthReplies, OverrideReply } from '@/utils/messages';
import { GraceBanner } from '@/components/guard/grace-banner';
import { GuardPanel } from '@/components/guard/guard-panel';
import { GUARD_STYLES } from '@/components/guard/guard-styles';

/**
 * Registered at runtime for work sites during zones (see background/guard-registration.ts), and
 * injected into already-open work tabs at a boundary. The CSS beside it does the dimming before the
 * first paint; this script only adds the words and the override, and obeys later state changes.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { hearthGuard?: { hello: () => void } };
  // Injected twice into one document (zone ends and starts again without a reload): reuse it.
  if (scope.hearthGuard) return scope.hearthGuard.hello();
  scope.hearthGuard = startGuard();
});

function startGuard() {
  let host: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;

  const mount = () => {
    if (host?.isConnected && shadow) return shadow;
    host = document.createElement('hearth-guard');
    // The top layer is not affected by the root's filter, so the banner stays readable.
    host.setAttribute('popover', 'manual');
    host.style.cssText =
      'all: initial; position: fixed; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible;';
    shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = GUARD_STYLES;
    shadow.append(style, document.createElement('div'));
    document.documentElement.append(host);
    return shadow;
  };

  const unmount = () => {
    if (shadow?.lastElementChild) render(null, shadow.lastElementChild);
    host?.remove();
    host = undefined;
    shadow = undefined;
  };

  const requestOverride = (minutes: number, reason: string) =>
    browser.runtime.sendMessage({ type: 'override:request', minutes, reason } satisfies HearthMessage) as Promise<OverrideReply>;

  const apply = (guard: PageGuard) => {
    document.documentElement.setAttribute('data-hearth-mode', guard.mode);
    if (guard.mode === 'off') return unmount();
    const root = mount();
    host!.style.inset = guard.mode === 'block' ? '0' : 'auto 16px 16px auto';
    host!.style.display = guard.mode === 'block' ? 'grid' : '';
    host!.style.placeItems = guard.mode === 'block' ? 'center' : '';
    host!.style.width = guard.mode === 'block' ? '100vw' : '';
    host!.style.height = guard.mode === 'block' ? '100vh' : '';
    render(
      guard.mode === 'grace' && guard.graceUntil !== undefined ? (
        <GraceBanner guard={guard} graceUntil={guard.graceUntil} now={Date.now()} />
      ) : (
        <GuardPanel guard={guard} now={Date.now()} onOverride={requestOverride} />
      ),
      root.lastElementChild!,
    );
    if (!host!.matches(':popover-open')) host!.showPopover();
  };

  const hello = () => {
    void (browser.runtime.sendMessage({ type: 'guard:hello', url: location.href } satisfies HearthMessage) as Promise<
      HearthReplies['guard:hello']
    >).then(apply);
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    const typed = message as HearthMessage;
    if (typed?.type !== 'guard:apply') return undefined;
    apply(typed.guard);
    return Promise.resolve();
  });
  hello();
  return { hello };
}
