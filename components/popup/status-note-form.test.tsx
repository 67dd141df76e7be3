// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoteReply } from '@/utils/messages';
import { request } from './request';
import { StatusNoteForm } from './status-note-form';

vi.mock('../i18n', () => import('./english-catalog'));
vi.mock('./request', () => ({ request: vi.fn(), openOptions: vi.fn() }));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.mocked(request).mockReset();
});

async function submit(text: string, reply: NoteReply | Error) {
  if (reply instanceof Error) vi.mocked(request).mockRejectedValue(reply);
  else vi.mocked(request).mockResolvedValue(reply);
  render(<StatusNoteForm note="" />, root);
  const input = root.querySelector('input')!;
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  return { input, message: root.querySelector('[role=status], [role=alert]') };
}

describe('StatusNoteForm', () => {
  it('has a labelled input limited to 80 characters', () => {
    render(<StatusNoteForm note="On call tonight" />, root);
    const input = root.querySelector('input')!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Status note');
    expect(input.maxLength).toBe(80);
    expect(input.value).toBe('On call tonight');
  });

  it('saves through the background and shows the note as stored', async () => {
    const { input, message } = await submit('  home by 7 ', { ok: true, note: 'home by 7' });
    expect(request).toHaveBeenCalledWith({ type: 'popup:note', text: '  home by 7 ' });
    expect(input.value).toBe('home by 7');
    expect(message?.getAttribute('role')).toBe('status');
    expect(message?.textContent).toBe('Note saved.');
  });

  it('says why the background refused it', async () => {
    const { message } = await submit('x', { ok: false, key: 'popupNoteTooLong' });
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toBe('A status note is at most 80 characters.');
  });

  it('says so when the background cannot be reached', async () => {
    const { message } = await submit('x', new Error('Could not establish connection'));
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toBe('The note could not be saved. Please try again.');
  });
});
