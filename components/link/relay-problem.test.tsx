// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelayProblem } from './relay-problem';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const button = () => root.querySelector('button')!;

async function shown(retry: () => Promise<{ reached: boolean }>, urgent = true) {
  await act(async () => render(<RelayProblem problem="linkRelayUnreachable" retry={retry} urgent={urgent} />, root));
}

describe('RelayProblem', () => {
  it('says what is wrong and offers to try now; while it tries, the button says so and cannot be pressed twice', async () => {
    let answer: (reply: { reached: boolean }) => void = () => {};
    const retry = vi.fn(() => new Promise<{ reached: boolean }>((resolve) => (answer = resolve)));
    await shown(retry);
    // Not "check its address in the options": that address only names new invites.
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The relay cannot be reached just now. What you send waits here, encrypted, and goes out when it answers.');
    expect(button().textContent).toBe('Try again');
    await act(async () => button().click());
    expect(retry).toHaveBeenCalledTimes(1);
    expect(button().textContent).toBe('Trying…');
    expect(button().disabled).toBe(true);
    await act(async () => answer({ reached: true }));
    expect(button().disabled).toBe(false);
    expect(root.textContent).not.toContain('Tried again');
  });

  it('says the try changed nothing when the relay still does not answer or still refuses, or the background could not be asked', async () => {
    const stillFailing = () => root.querySelector('[role="status"]')?.textContent;
    await shown(async () => ({ reached: false }));
    await act(async () => button().click());
    await vi.waitFor(() => expect(stillFailing()).toMatch(/^Tried again just now, with the same result/));
    render(null, root);
    await shown(() => Promise.reject(new Error('worker gone')));
    expect(stillFailing()).toBeUndefined();
    await act(async () => button().click());
    await vi.waitFor(() => expect(stillFailing()).toMatch(/^Tried again just now, with the same result/));
    expect(button().disabled).toBe(false);
  });

  it('words any other problem as the link client named it', async () => {
    await act(async () => render(<RelayProblem problem="linkRelayBusy" retry={async () => ({ reached: false })} urgent />, root));
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^The relay asked Hearth to slow down/);
  });

  it('in the popup, shows the problem without announcing it as an alert', async () => {
    await shown(async () => ({ reached: true }), false);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^The relay cannot be reached just now/);
  });
});
