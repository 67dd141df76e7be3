// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from './request';
import { WhoseBrowserQuestion } from './whose-browser';

vi.mock('../i18n', () => import('./english-catalog'));
vi.mock('./request', () => ({ request: vi.fn(), openOptions: vi.fn() }));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.mocked(request).mockReset();
});

const PARTNERS = [
  { id: 'alex', name: 'Alex' },
  { id: 'sam', name: 'Sam' },
];

function ask(onChosen = vi.fn()) {
  render(<WhoseBrowserQuestion whose={PARTNERS} onChosen={onChosen} />, root);
  return { onChosen, button: (name: string) => [...root.querySelectorAll('button')].find((button) => button.textContent === name)! };
}

describe('WhoseBrowserQuestion', () => {
  it('asks by name, with the question as the section name', () => {
    const { button } = ask();
    const section = root.querySelector('section')!;
    expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toBe('Whose browser is this?');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Alex', 'Sam']);
    expect(button('Sam').type).toBe('button');
  });

  it("stores the chosen partner, then reads the status again", async () => {
    vi.mocked(request).mockResolvedValue({ ok: true });
    const { onChosen, button } = ask();
    await act(async () => button('Sam').click());
    expect(request).toHaveBeenCalledWith({ type: 'identity:set', partnerId: 'sam' });
    expect(onChosen).toHaveBeenCalledOnce();
  });

  it('says why a choice was refused, and stays', async () => {
    vi.mocked(request).mockResolvedValue({ ok: false, key: 'identityNotAPartner' });
    const { onChosen, button } = ask();
    await act(async () => button('Alex').click());
    expect(root.querySelector('[role=alert]')?.textContent).toBe('That person is not a partner in the agreement in force.');
    expect(onChosen).not.toHaveBeenCalled();
  });

  it('says so when the background does not answer', async () => {
    vi.mocked(request).mockRejectedValue(new Error('gone'));
    const { button } = ask();
    await act(async () => button('Alex').click());
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Hearth could not save this. Try again.');
  });
});
