// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SharingForm } from './sharing-form';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const MINE = { state: true, note: false, budget: true, ritual: true, checkIn: false, stretch: false, paused: false };

function open(stretchAsked: boolean | null = true) {
  const onSaved = vi.fn();
  render(<SharingForm mine={MINE} theirs={null} stretchAsked={stretchAsked} onSaved={onSaved} />, root);
  const box = (label: string) => [...root.querySelectorAll('label')].find((each) => each.textContent?.includes(label))!.querySelector('input')!;
  const unsaved = () => root.querySelector('.unsaved-note')?.textContent?.trim() || null;
  const message = () => root.querySelector('[role=status], [role=alert]');
  const leaving = () => {
    const event = new Event('beforeunload', { cancelable: true });
    dispatchEvent(event);
    return event.defaultPrevented;
  };
  const submit = () => act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  const unsavedRegion = () => root.querySelector('.unsaved-note');
  return { onSaved, box, unsaved, unsavedRegion, message, leaving, submit };
}

describe('SharingForm', () => {
  it('says when a change is not saved yet, and asks before the page is left, until it is saved', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const form = open();
    expect(form.unsaved()).toBeNull();
    expect(form.unsavedRegion()?.getAttribute('aria-live'), 'the live region is there before its words, so they are announced').toBe('polite');
    expect(form.leaving()).toBe(false);

    await act(async () => form.box('My status note').click());
    expect(form.unsaved()).toBe('Not saved yet.');
    expect(form.leaving()).toBe(true);

    await form.submit();
    expect(send).toHaveBeenCalledWith({ type: 'link:sharing', sharing: { ...MINE, note: true } });
    expect(form.message()?.textContent).toBe('Sharing saved.');
    expect(form.unsaved()).toBeNull();
    expect(form.leaving()).toBe(false);
    expect(form.onSaved).toHaveBeenCalledOnce();
  });

  it('is not unsaved once a change is taken back by hand', async () => {
    const form = open();
    await act(async () => form.box('My status note').click());
    await act(async () => form.box('My status note').click());
    expect(form.unsaved()).toBeNull();
    expect(form.leaving()).toBe(false);
  });

  it('says so when saving fails, and keeps the change as unsaved', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('storage full'));
    const form = open();
    await act(async () => form.box('My status note').click());
    await form.submit();
    expect(form.message()?.getAttribute('role')).toBe('alert');
    expect(form.message()?.textContent).toBe('Hearth could not save this; nothing changed. Please try again.');
    expect(form.unsaved()).toBe('Not saved yet.');
    expect(form.onSaved).not.toHaveBeenCalled();
  });

  it('says nothing flows of "how stretched" while the daily question is off here, and where to turn it on', async () => {
    const hint = () => root.querySelector('.share-hint')?.textContent ?? null;
    const form = open(false);
    expect(hint(), 'not offered, nothing to say').toBeNull();
    await act(async () => form.box('How stretched I am today').click());
    expect(hint()).toBe('Nothing of it flows yet: the daily question is off on this browser. Turn on the daily question');
    expect(root.querySelector('.share-hint a')?.getAttribute('href')).toBe('#check-in-settings');

    render(null, root);
    const asked = open(true);
    await act(async () => asked.box('How stretched I am today').click());
    expect(hint(), 'asked: it flows once both offer it').toBeNull();
  });

  it('pauses (and resumes) what is saved: a box ticked but not saved is not shared by the pause', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const form = open();
    await act(async () => form.box('My status note').click());
    const pause = () => [...root.querySelectorAll('button')].find((each) => each.getAttribute('aria-pressed') !== null)!;
    await act(async () => pause().click());
    expect(send).toHaveBeenLastCalledWith({ type: 'link:sharing', sharing: { ...MINE, paused: true } });
    // The tick is still there, still not saved: saving it stays the person's own step.
    expect(form.box('My status note').checked).toBe(true);
    expect(form.unsaved()).toBe('Not saved yet.');

    await act(async () => pause().click());
    expect(send).toHaveBeenLastCalledWith({ type: 'link:sharing', sharing: MINE });
    expect(form.unsaved()).toBe('Not saved yet.');
  });
});

