// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckInForm } from './check-in-form';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const store = { load: async () => ({ answers: null, previous: null }), save: async () => {}, clock: () => 0 };

async function show(shared?: boolean) {
  await act(async () => render(<CheckInForm weekStart={1} previousWeekStart={undefined} store={store} shared={shared} />, root));
  return root.textContent ?? '';
}

describe('CheckInForm', () => {
  it('says the answers stay in this browser while they go nowhere else', async () => {
    expect(await show()).toContain('Your answers stay in this browser, kept with this week.');
  });

  it('says they go to the partner, encrypted, when both share check-ins', async () => {
    const text = await show(true);
    expect(text).toContain('shared with your partner, end-to-end encrypted');
    expect(text).not.toContain('stay in this browser');
  });
});
