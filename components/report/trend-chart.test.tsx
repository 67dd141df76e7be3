// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrendWeek } from '@/utils/report/week-trend';
import { at } from '@/utils/schedule/agreement-fixture';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { TrendChart } from './trend-chart';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const week = (weekStart: string, changes: Partial<TrendWeek> = {}): TrendWeek => ({
  weekStart: at(weekStart),
  startDate: wallTimeAt(at(weekStart), 'Europe/Berlin').date,
  afterHoursMinutes: 30,
  budgetMinutes: 120,
  quietEvenings: 3,
  days: 3,
  ritualsKept: 0,
  rituals: 0,
  ...changes,
});

describe('TrendChart', () => {
  it("draws an agreement's first week in the last of eight places, says why there is only one, and names a week without marked rituals", () => {
    render(<TrendChart trend={[week('2026-11-30T00:00:00+01:00')]} locale="en-GB" />, root);
    expect(root.querySelector('p.muted')?.textContent).toBe('Only the weeks since your agreement began: 1 of 8.');
    // 560 wide, 70 a place: the eighth begins at 490, its bar 14 in, its plan line 7 in.
    expect(Number(root.querySelector('rect')!.getAttribute('x'))).toBeCloseTo(504);
    expect(Number(root.querySelector('line.plan')!.getAttribute('x1'))).toBeCloseTo(497);
    expect(Number(root.querySelector('line.plan')!.getAttribute('x2'))).toBeCloseTo(553);
    expect([...root.querySelectorAll('tbody td')].map((cell) => cell.textContent)).toEqual(['30 mins', '2 hrs', '3 of 3', 'None marked']);
  });

  it('names a week by its own first day, whatever zone the household has now', () => {
    // A week the household began in Chatham: Monday there, still Sunday in Berlin.
    render(<TrendChart trend={[week('2026-11-16T00:00:00+13:45', { startDate: '2026-11-16' })]} locale="en-GB" />, root);
    expect(root.querySelector('tbody th')?.textContent).toBe('Mon 16 Nov');
  });

  it('says a trend cut short by the deletion of older weeks is short for that reason', () => {
    render(<TrendChart trend={[week('2026-11-23T00:00:00+01:00'), week('2026-11-30T00:00:00+01:00')]} locale="en-GB" olderDeleted />, root);
    expect(root.querySelector('p.muted')?.textContent).toBe('Only the weeks Hearth still keeps (it deletes activity after 400 days): 2 of 8.');
  });

  it('fills all eight places without the note once there are eight weeks', () => {
    const weeks = Array.from({ length: 8 }, (_, index) => week(new Date(at('2026-10-05T00:00:00+02:00') + index * 7 * 86_400_000).toISOString(), { ritualsKept: 2, rituals: 3 }));
    render(<TrendChart trend={weeks} locale="en-GB" />, root);
    expect(root.querySelector('p.muted')).toBeNull();
    expect(Number(root.querySelector('rect')!.getAttribute('x'))).toBeCloseTo(14);
    expect(root.querySelector('tbody td:last-child')?.textContent).toBe('2 of 3');
  });

  it('keys its colours, naming "past the plan" only for a week that went past it, and hides the key with the drawing', () => {
    const key = () => [...root.querySelectorAll('ul.legend li')].map((item) => item.textContent);
    render(<TrendChart trend={[week('2026-11-23T00:00:00+01:00')]} locale="en-GB" />, root);
    expect(key()).toEqual(['After hours', 'Plan']);
    render(<TrendChart trend={[week('2026-11-23T00:00:00+01:00'), week('2026-11-30T00:00:00+01:00', { afterHoursMinutes: 150 })]} locale="en-GB" />, root);
    expect(key()).toEqual(['After hours', 'Past the plan', 'Plan']);
    expect(root.querySelector('ul.legend')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('rect.over')).not.toBeNull();
  });
});
