// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HourCell, StripDay } from '@/utils/report/day-hour-strip';
import { DayHourStrip } from './day-hour-strip';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const HOUR = 3_600_000;
/** A day of 24 one-hour cells, `cells` filled in where given. */
const day = (date: string, cells: Record<number, Partial<HourCell>> = {}): StripDay => ({
  date,
  hours: Array.from({ length: 24 }, (_, hour) => ({ hour, lengthMs: HOUR, workMs: 0, inZoneMs: 0, zoneMs: 0, ...cells[hour] })),
});
const text = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s/g, ' '));

describe('DayHourStrip', () => {
  it('names hours as the locale writes them: "8:00 PM" in the table, "6 PM" on the axis', () => {
    render(<DayHourStrip strip={[day('2026-11-23', { 20: { workMs: 45 * 60_000, inZoneMs: 45 * 60_000, zoneMs: HOUR } })]} locale="en-US" />, root);
    expect(text('svg text').slice(0, 4)).toEqual(['12 AM', '6 AM', '12 PM', '6 PM']);
    expect(text('tbody td')).toEqual(['8:00 PM: 45 min', '8:00 PM: 45 min']);
  });

  it('keys work and zone hours, the zone hours only when a zone is drawn, with the key hidden as the drawing is', () => {
    render(<DayHourStrip strip={[day('2026-11-23', { 10: { workMs: HOUR } })]} locale="en-GB" />, root);
    expect(text('ul.legend li')).toEqual(['Work in the hour']);
    expect(text('tbody td')).toEqual(['10:00: 1 hr', '—']);
    render(<DayHourStrip strip={[day('2026-11-23', { 19: { zoneMs: HOUR } })]} locale="en-GB" />, root);
    expect(text('ul.legend li')).toEqual(['Work in the hour', 'Hours a zone keeps free']);
    expect(root.querySelector('ul.legend')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelectorAll('rect.zone')).toHaveLength(1);
  });

  it('draws a day before Hearth began empty, without the zones it did not keep, and says it was not recorded', () => {
    render(<DayHourStrip strip={[day('2026-11-23', { 19: { zoneMs: HOUR } }), day('2026-11-24', { 19: { zoneMs: HOUR } })]} locale="en-GB" unwatched={new Set(['2026-11-23'])} />, root);
    expect(text('tbody td')).toEqual(['Before Hearth began in this browser: nothing recorded', '—', '—']);
    expect(root.querySelectorAll('rect.zone')).toHaveLength(1);
  });
});
