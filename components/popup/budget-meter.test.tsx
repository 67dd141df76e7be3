// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BudgetStatus } from '@/utils/status/budget-status';
import { BudgetMeter } from './budget-meter';

vi.mock('../i18n', () => import('./english-catalog'));

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('BudgetMeter', () => {
  it.each<[string, BudgetStatus, { now: string; text: string; width: string; note: string; over: boolean }]>([
    ['unused', { usedMinutes: 0, budgetMinutes: 120, ratio: 0 }, { now: '0', text: '0 of 120 minutes', width: '0%', note: '120 min left in what you agreed.', over: false }],
    ['part used', { usedMinutes: 35, budgetMinutes: 120, ratio: 35 / 120 }, { now: '29', text: '35 of 120 minutes', width: '29%', note: '85 min left in what you agreed.', over: false }],
    [
      'over, the bar full and the excess said plainly',
      { usedMinutes: 150, budgetMinutes: 120, ratio: 1.25 },
      { now: '100', text: '150 of 120 minutes', width: '100%', note: '30 min past what you planned. Worth a word at your check-in, nothing more.', over: true },
    ],
    [
      'a zero budget, used',
      { usedMinutes: 5, budgetMinutes: 0, ratio: 1 },
      { now: '100', text: '5 of 0 minutes', width: '100%', note: '5 min past what you planned. Worth a word at your check-in, nothing more.', over: true },
    ],
  ])('%s', (_, budget, expected) => {
    render(<BudgetMeter budget={budget} locale="en" />, root);
    const meter = root.querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-label')).toBe('After-hours time this week');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuenow')).toBe(expected.now);
    expect(meter.getAttribute('aria-valuetext')).toBe(expected.text);
    expect(meter.classList.contains('over')).toBe(expected.over);
    expect((meter.firstElementChild as HTMLElement).style.width).toBe(expected.width);
    expect(root.textContent).toContain(expected.note);
  });

  it('names the focus season whose budget applies', () => {
    render(<BudgetMeter budget={{ usedMinutes: 60, budgetMinutes: 300, ratio: 0.2, season: "Sam's product launch" }} locale="en" />, root);
    expect(root.textContent).toContain("Focus season: Sam's product launch");
  });
});
