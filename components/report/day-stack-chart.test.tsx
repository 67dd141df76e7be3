// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportDay } from '@/utils/report/weekly-report';
import { DayStackChart } from './day-stack-chart';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const MINUTE = 60_000;
const day = (date: string, minutes: { inHours?: number; afterHours?: number; inZone?: number } = {}): ReportDay => ({
  date,
  inHoursMs: (minutes.inHours ?? 0) * MINUTE,
  afterHoursMs: (minutes.afterHours ?? 0) * MINUTE,
  inZoneMs: (minutes.inZone ?? 0) * MINUTE,
  overriddenMs: 0,
  byCategory: {} as ReportDay['byCategory'],
  span: null,
});
const key = () => [...root.querySelectorAll('ul.legend li')].map((item) => item.textContent);

describe('DayStackChart', () => {
  it('keys in hours and after hours, and the zone underline only when a day has one, hidden with the drawing', () => {
    render(<DayStackChart days={[day('2026-11-23', { inHours: 60, afterHours: 30 })]} locale="en-GB" />, root);
    expect(key()).toEqual(['In hours', 'After hours']);
    render(<DayStackChart days={[day('2026-11-23', { inHours: 60, afterHours: 30, inZone: 20 })]} locale="en-GB" />, root);
    expect(key()).toEqual(['In hours', 'After hours', 'Of it in a no-work zone']);
    expect(root.querySelector('ul.legend')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('svg.day-stack')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('stacks after hours on in hours, the longest day the full width', () => {
    render(<DayStackChart days={[day('2026-11-23', { inHours: 60, afterHours: 30 }), day('2026-11-24', { afterHours: 45 })]} locale="en-GB" />, root);
    const width = (selector: string) => [...root.querySelectorAll(selector)].map((rect) => Number(rect.getAttribute('width')));
    // 560 wide, 90 for the day's name, 4 spare: 466 for the longest day's 90 minutes.
    expect(width('rect.in-hours')).toEqual([expect.closeTo(466 * (60 / 90)), 0]);
    expect(width('rect.after-hours')).toEqual([expect.closeTo(466 * (30 / 90)), expect.closeTo(466 * (45 / 90))]);
  });
});
