import { render } from 'preact';
import type { PageGuard } from '@/utils/guard/page-guard';
import type { HearthMessage, HearthReplies, OverrideReply } from '@/utils/messages';
import { GraceBanner } from '@/components/guard/grace-banner';
import { GuardPanel } from '@/components/guard/guard-panel';
import { GUARD_STYLES } from '@/components/guard/guard-styles';
import { createGuardLayer, type LayerKind } from '@/components/guard/guard-layer';
import { shieldTypedKeys } from '@/components/guard/key-shield';

/**
 * Registered at runtime for work sites during zones (see background/guard-registration.ts), and
 * injected into already-open work tabs at a boundary. The CSS does the dimming, from the first paint
 * and out of the page's reach; this script only adds the words and the override. It writes nothing
 * the page could read the state from: no attribute, no named element (design decision 2).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { hearthGuard?: { hello: () => void } };
  // Injected twice into one document (zone ends and starts again without a reload): reuse it.
  if (scope.hearthGuard) return scope.hearthGuard.hello();
  scope.hearthGuard = startGuard();
});

const LAYERS: Record<Exclude<PageGuard['mode'], 'off'>, LayerKind> = { dim: 'veil', block: 'screen', grace: 'note' };

function startGuard() {
  // Whether the override form is open; a recheck meanwhile (a tab update) must not let go of it.
  let held = false;
  let mode: PageGuard['mode'] = 'off';
  let last: PageGuard | undefined;
  // After document.open() erased every listener (guard-layer.ts): the shield again, and the banner drawn anew.
  const layer = createGuardLayer(GUARD_STYLES, () => {
    shieldTypedKeys(layer.owns);
    held = false;
    render(null, layer.content);
    if (last) apply(last);
  });
  shieldTypedKeys(layer.owns);

  const requestOverride = (minutes: number, reason: string) =>
    browser.runtime.sendMessage({ type: 'override:request', minutes, reason } satisfies HearthMessage) as Promise<OverrideReply>;

  const kind = () => (held && mode === 'dim' ? 'held' : LAYERS[mode as Exclude<PageGuard['mode'], 'off'>]);
  const hold = (next: boolean) => {
    held = next;
    if (mode !== 'off') layer.show(kind());
  };

  const apply = (guard: PageGuard) => {
    last = guard;
    mode = guard.mode;
    if (guard.mode === 'off') {
      held = false;
      render(null, layer.content);
      return layer.hide();
    }
    layer.show(kind());
    // Firefox draws Hearth's layer inside the root's filter: once it is up, the root's filter goes (guard-plan.ts, `veiledSheet`).
    if (import.meta.env.FIREFOX && guard.mode !== 'grace') {
      void browser.runtime.sendMessage({ type: 'guard:veiled', url: location.href } satisfies HearthMessage);
    }
    render(
      guard.mode === 'grace' && guard.graceUntil !== undefined ? (
        <GraceBanner guard={guard} graceUntil={guard.graceUntil} now={Date.now()} />
      ) : (
        <GuardPanel guard={guard} now={Date.now()} onOverride={requestOverride} onHold={hold} />
      ),
      layer.content,
    );
  };

  const hello = () => {
    void (browser.runtime.sendMessage({ type: 'guard:hello', url: location.href } satisfies HearthMessage) as Promise<
      HearthReplies['guard:hello']
    >).then(apply);
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as HearthMessage | undefined)?.type !== 'guard:recheck') return undefined;
    hello();
    return Promise.resolve();
  });
  hello();
  return { hello };
}
