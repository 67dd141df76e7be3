// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewDueCard } from './review-due-card';

vi.mock('../i18n', () => import('./english-catalog'));

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('ReviewDueCard', () => {
  it('says which focus season and whether the agreement is up for review', () => {
    render(<ReviewDueCard reviews={{ seasons: [{ id: 'launch', label: "Sam's launch" }], agreement: true }} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Review due');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "Focus season: Sam's launch — extend it, end it or hand it to the other of you.",
      'Your agreement: go through it together, part by part.',
    ]);
    expect([...root.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Review “Sam\'s launch”', 'Begin the review']);
  });

  it('opens the season’s review or the agreement’s review page on the options page', () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    render(<ReviewDueCard reviews={{ seasons: [{ id: 'launch', label: 'Launch' }], agreement: true }} />, root);
    root.querySelectorAll('button').forEach((button) => button.click());
    expect(create.mock.calls.map(([options]) => options.url?.replace(/^.*\//, ''))).toEqual(['options.html#season-review', 'options.html#review']);
  });

  it('shows nothing when nothing is due', () => {
    render(<ReviewDueCard reviews={{ seasons: [], agreement: false }} />, root);
    expect(root.innerHTML).toBe('');
  });
});
