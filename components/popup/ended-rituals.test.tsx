// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EndedRitual } from '@/utils/status/popup-status';
import { EndedRituals } from './ended-rituals';
import { request } from './request';

vi.mock('../i18n', () => import('./english-catalog'));
vi.mock('./request', () => ({ request: vi.fn(), openOptions: vi.fn() }));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.mocked(request).mockReset();
});

const walk: EndedRitual = { ritualId: 'walk', label: 'Evening walk', start: 1_000, end: 2_000 };
const clock = () => '20:15';
const status = () => root.querySelector('[role=status]');
const button = (name: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;

describe('EndedRituals', () => {
  it.each<[string, EndedRitual, string, string]>([
    ['kept', { ...walk, outcome: 'kept', guessed: true }, "Hearth's guess: kept — no work seen during it. Tap to correct.", 'Kept'],
    ['missed', { ...walk, outcome: 'skipped', guessed: true }, "Hearth's guess: work came in during it. Tap Kept if it was kept after all.", 'Skipped'],
  ])("says a mark Hearth set (%s) is its guess", (_, ritual, text, pressed) => {
    render(<EndedRituals rituals={[ritual]} clock={clock} />, root);
    expect(status()?.textContent).toBe(text);
    expect(status()?.classList.contains('guess')).toBe(true);
    expect(button(pressed).getAttribute('aria-pressed')).toBe('true');
  });

  it("shows the person's own mark as theirs", () => {
    render(<EndedRituals rituals={[{ ...walk, outcome: 'skipped' }]} clock={clock} />, root);
    expect(status()?.textContent).toBe('Skipped this time. That happens.');
  });

  it("replaces Hearth's guess with the person's correction", async () => {
    vi.mocked(request).mockResolvedValue({ ok: true });
    render(<EndedRituals rituals={[{ ...walk, outcome: 'skipped', guessed: true }]} clock={clock} />, root);
    await act(async () => button('Kept').click());
    expect(request).toHaveBeenCalledWith({ type: 'ritual:mark', ritualId: 'walk', start: 1_000, outcome: 'kept' });
    expect(status()?.textContent).toBe('Kept. Lovely.');
    expect(status()?.classList.contains('guess')).toBe(false);
    expect(button('Kept').getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the guess when the correction fails, and says so', async () => {
    vi.mocked(request).mockResolvedValue({ ok: false, key: 'popupMarkInvalid' });
    render(<EndedRituals rituals={[{ ...walk, outcome: 'kept', guessed: true }]} clock={clock} />, root);
    await act(async () => button('Skipped').click());
    expect(status()?.textContent).toContain("Hearth's guess: kept");
    expect(root.querySelector('[role=alert]')?.textContent).toBe('That ritual could not be marked. Please try again.');
  });
});
