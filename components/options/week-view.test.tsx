// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreementIn, at, BREAKFAST, WALK } from '@/utils/schedule/agreement-fixture';
import { WeekView } from './week-view';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const EVENINGS = { id: 'evenings', label: 'Family evenings', days: ['mon'], start: '19:00', end: '07:00', mode: 'dim' };
const WEDNESDAY = at('2026-11-25T12:00:00+01:00');

/** The text list a screen reader gets: each day's heading and its items. */
function spokenWeek(): Record<string, string[]> {
  return Object.fromEntries(
    [...root.querySelectorAll('ul[aria-labelledby]')].map((list) => [
      root.querySelector(`[id="${list.getAttribute('aria-labelledby')}"]`)!.textContent,
      [...list.querySelectorAll('li')].map((item) => item.textContent!.replace(/\s/g, ' ')),
    ]),
  );
}

describe('WeekView', () => {
  it('tells a screen reader each day’s zone and ritual parts on the day they happen', () => {
    render(<WeekView agreement={agreementIn('Europe/Berlin', { zones: [EVENINGS], rituals: [BREAKFAST] })} now={WEDNESDAY} />, root);
    const week = spokenWeek();
    expect(Object.keys(week)).toEqual([
      'Monday, November 23', 'Tuesday, November 24', 'Wednesday, November 25 (today)', 'Thursday, November 26', 'Friday, November 27', 'Saturday, November 28', 'Sunday, November 29',
    ]);
    expect(week['Monday, November 23']).toEqual([
      'Shared breakfast, ritual, protected, dims work sites, 7:15 AM to 7:45 AM',
      'Family evenings, no-work zone, dims work sites, 7:00 PM to 7:00 AM the next day',
    ]);
    expect(week['Tuesday, November 24']).toEqual([
      'Family evenings, no-work zone, dims work sites, 7:00 PM the day before to 7:00 AM',
      'Shared breakfast, ritual, protected, dims work sites, 7:15 AM to 7:45 AM',
    ]);
    expect(week['Saturday, November 28']).toEqual(['Nothing agreed for this day.']);
  });

  it('hides the drawing from assistive technology and names each drawn block in its tooltip', () => {
    render(<WeekView agreement={agreementIn('Europe/Berlin', { zones: [EVENINGS] })} now={WEDNESDAY} />, root);
    const drawing = root.querySelector('.wv-drawing')!;
    expect(drawing.getAttribute('aria-hidden')).toBe('true');
    const evening = drawing.querySelector('.wv-mode-dim[title]')!;
    expect(evening.getAttribute('title')?.replace(/\s/g, ' ')).toBe('Family evenings, no-work zone, dims work sites, 7:00 PM to 7:00 AM the next day');
    expect((evening as HTMLElement).style.left).toBe('79.16666666666666%');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')?.id);
    expect(root.querySelector('h2')?.textContent).toBe('This week');
  });

  it('names each partner’s working hours in the legend and in the text', () => {
    const partners = [
      { id: 'alex', name: 'Alex', workingHours: { tue: [{ start: '09:00', end: '17:00' }] } },
      { id: 'sam', name: 'Sam', workingHours: {} },
    ];
    render(<WeekView agreement={agreementIn('Europe/Berlin', { partners })} now={WEDNESDAY} />, root);
    expect([...root.querySelectorAll('.legend li')].map((item) => item.textContent)).toEqual(['Alex’s working hours', 'Sam’s working hours']);
    expect(spokenWeek()['Tuesday, November 24']).toEqual(['Alex, working hours, 9:00 AM to 5:00 PM']);
  });

  it('writes a short block’s name beside it, before it when the next block leaves no room after', () => {
    const checkIn = { ...BREAKFAST, id: 'check-in', label: 'Weekly check-in', recurrence: { kind: 'weekly', days: ['sun'] }, time: '18:00', durationMinutes: 20 };
    render(<WeekView agreement={agreementIn('Europe/Berlin', { rituals: [checkIn, WALK] })} now={WEDNESDAY} />, root);
    const sunday = root.querySelectorAll('.wv-day')[6]!;
    const labels = [...sunday.querySelectorAll<HTMLElement>('.wv-beside')].map((label) => `${label.textContent} ${label.className} ${label.style.left || label.style.right}`);
    expect(labels).toEqual(['Weekly check-in wv-label wv-beside wv-before 25%', 'Evening walk wv-label wv-beside 84.375%']);
  });

  it('says when it draws changes not saved yet', () => {
    const agreement = agreementIn('Europe/Berlin', { zones: [EVENINGS] });
    render(<WeekView agreement={agreement} now={WEDNESDAY} />, root);
    expect(root.textContent).not.toContain('unsaved');
    render(<WeekView agreement={agreement} now={WEDNESDAY} unsaved />, root);
    expect(root.querySelector('.wv-unsaved')?.textContent).toBe('Showing your unsaved changes; save them below to put them in force.');
  });
});
