// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThanksForm, type ThanksSendResult } from './thanks-form';

vi.mock('../i18n', () => import('./english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function setUp(onSend: (text: string) => Promise<ThanksSendResult>) {
  render(<ThanksForm onSend={onSend} />, root);
  const textarea = root.querySelector('textarea')!;
  const type = (text: string) =>
    act(() => {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const submit = () =>
    act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  const count = () => root.querySelector(`#${textarea.getAttribute('aria-describedby')}`);
  const message = () => root.querySelector('[role=status], [role=alert]');
  return { textarea, type, submit, count, message };
}

describe('ThanksForm', () => {
  it('has a labelled text field described by its live count', async () => {
    const { textarea, type, count } = setUp(vi.fn());
    expect(root.querySelector(`label[for="${textarea.id}"]`)?.textContent).toBe('Send a thank-you');
    expect(count()?.textContent).toBe('0 of 280 characters');
    await type('Danke für das Abendessen 🙏');
    expect(count()?.textContent).toBe('26 of 280 characters');
    expect(root.querySelector('button')?.textContent).toBe('Send');
  });

  it('sends the trimmed text, then clears the field and says so', async () => {
    const onSend = vi.fn(async () => ({ ok: true }) as const);
    const { textarea, type, submit, message } = setUp(onSend);
    await type('  Thanks for the walk  ');
    await submit();
    expect(onSend).toHaveBeenCalledWith('Thanks for the walk');
    expect(textarea.value).toBe('');
    expect(message()?.getAttribute('role')).toBe('status');
    expect(message()?.textContent).toBe('Thank-you sent.');
  });

  it('refuses more than 280 characters before sending, and keeps the text', async () => {
    const onSend = vi.fn();
    const { textarea, type, submit, count, message } = setUp(onSend);
    await type('x'.repeat(281));
    expect(count()?.textContent).toBe('281 of 280 characters');
    expect(count()?.classList.contains('error')).toBe(true);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    await submit();
    expect(onSend).not.toHaveBeenCalled();
    expect(message()?.getAttribute('role')).toBe('alert');
    expect(message()?.textContent).toBe('A thank-you holds at most 280 characters.');
    expect(textarea.value).toHaveLength(281);
  });

  it('refuses an empty thank-you', async () => {
    const onSend = vi.fn();
    const { type, submit, message } = setUp(onSend);
    await type('   ');
    await submit();
    expect(onSend).not.toHaveBeenCalled();
    expect(message()?.textContent).toBe('Write a few words first.');
  });

  it('says why it was refused, and keeps the text', async () => {
    const { textarea, type, submit, message } = setUp(async () => ({ ok: false, key: 'linkThanksTooLong' }));
    await type('Thanks');
    await submit();
    expect(message()?.getAttribute('role')).toBe('alert');
    expect(message()?.textContent).toBe('A thank-you holds at most 280 characters.');
    expect(textarea.value).toBe('Thanks');
  });

  it('says so when sending fails outright', async () => {
    const { textarea, type, submit, message } = setUp(async () => {
      throw new Error('no background');
    });
    await type('Thanks');
    await submit();
    expect(message()?.textContent).toBe('The thank-you could not be sent. Please try again.');
    expect(textarea.value).toBe('Thanks');
  });

  it('sends once while a send is under way', async () => {
    let finish: (result: ThanksSendResult) => void = () => {};
    const onSend = vi.fn(() => new Promise<ThanksSendResult>((resolve) => (finish = resolve)));
    const { type, submit, message } = setUp(onSend);
    await type('Thanks');
    await submit();
    expect(root.querySelector('button')?.disabled).toBe(true);
    expect(root.querySelector('button')?.textContent).toBe('Sending…');
    await submit();
    expect(onSend).toHaveBeenCalledTimes(1);
    await act(async () => finish({ ok: true }));
    expect(message()?.textContent).toBe('Thank-you sent.');
    expect(root.querySelector('button')?.disabled).toBe(false);
  });
});
