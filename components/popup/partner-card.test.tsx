// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartnerView } from '@/utils/link/partner-view';
import type { SharedState, SharedStatus } from '@/utils/link/shared-status';
import { PartnerCard } from './partner-card';

vi.mock('../i18n', () => import('./english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

// Monday 2026-11-23, 19:42 in Berlin.
const NOW = Date.parse('2026-11-23T19:42:00+01:00');
const at = (time: string) => Date.parse(`2026-11-23T${time}:00+01:00`);
const linked = { linked: true, now: NOW, timeZone: 'Europe/Berlin', locale: 'en-GB' } as const;
const fresh = (status: SharedStatus, minutesAgo = 2): PartnerView => ({ kind: 'fresh', status, minutesAgo });
const text = () => root.textContent ?? '';
/** The card's lines in document order: what a screen reader reads, one block at a time. */
const lines = () => [...root.querySelectorAll('h2, p')].map((element) => element.textContent);

describe('PartnerCard', () => {
  it('says plainly when not linked, and offers where to link', () => {
    const onLink = vi.fn();
    render(<PartnerCard linked={false} onLink={onLink} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Your partner');
    expect(text()).toContain('Not linked yet.');
    expect(text()).not.toMatch(/coming soon/i);
    const button = [...root.querySelectorAll('button')].find((each) => each.textContent === 'Link with my partner');
    button!.click();
    expect(onLink).toHaveBeenCalledOnce();
  });

  it('offers no link button where nobody asked for one', () => {
    render(<PartnerCard linked={false} />, root);
    expect(root.querySelector('button')).toBeNull();
  });

  it('is a region named by its heading', () => {
    render(<PartnerCard {...linked} view={{ kind: 'unknown' }} />, root);
    const section = root.querySelector('section')!;
    const heading = root.querySelector(`#${section.getAttribute('aria-labelledby')}`);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Your partner');
  });

  it('names the partner’s running plan and the day it holds through, even while they are offline', () => {
    const plan = { name: 'Deadline crunch', endsAt: Date.parse('2026-11-28T00:00:00+01:00') };
    render(<PartnerCard {...linked} view={{ kind: 'offline', since: at('18:00'), longSilent: false }} plan={plan} />, root);
    expect(root.querySelector('.partner-plan')?.textContent).toBe('Plan: Deadline crunch, until Fri 27 Nov');
  });

  it('waits for the first status without making one up', () => {
    render(<PartnerCard {...linked} view={{ kind: 'unknown' }} />, root);
    expect(lines()).toEqual(['Your partner', "Linked. Waiting for your partner's first status."]);
  });

  it('reads everything shared in order: state, since and freshness, note, budget, ritual', () => {
    const status: SharedStatus = {
      v: 1,
      at: at('19:40'),
      paused: false,
      state: { kind: 'after-hours', minutesToday: 35, since: at('19:05') },
      note: 'Deadline Thursday',
      budget: { usedMinutes: 95, budgetMinutes: 120 },
      nextRitual: { label: 'Evening walk', start: at('20:30') },
    };
    render(<PartnerCard {...linked} view={fresh(status)} />, root);
    expect(lines()).toEqual([
      'Your partner',
      'Working after hours: 35 min today',
      'since 19:05 · as of 2 min ago',
      'Note: Deadline Thursday',
      'After hours this week: 95 of 120 min',
      'Next shared ritual: Evening walk, in 48 min',
    ]);
    const meter = root.querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-label')).toBe("Partner's after-hours time this week");
    expect(meter.getAttribute('aria-valuenow')).toBe('79');
    expect(meter.getAttribute('aria-valuetext')).toBe('95 of 120');
    expect(root.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(at('19:05')).toISOString());
  });

  it("says when the next shared ritual comes as the popup's own ritual card does: tomorrow, not the weekday", () => {
    const nextRitual = { label: 'Shared breakfast', start: Date.parse('2026-11-24T07:15:00+01:00') };
    render(<PartnerCard {...linked} view={fresh({ v: 1, at: NOW, paused: false, nextRitual })} />, root);
    expect(lines()).toContain('Next shared ritual: Shared breakfast, tomorrow 07:15');
  });

  it.each<[string, SharedState, string]>([
    ['off', { kind: 'off' }, 'Away from work sites'],
    ['working', { kind: 'working' }, 'Working, in working hours'],
    ['a zone', { kind: 'zone', labels: ['Family evenings', 'Sunday'] }, 'In a no-work zone: Family evenings · Sunday'],
    ['a ritual', { kind: 'ritual', label: 'Shared breakfast' }, 'In a ritual: Shared breakfast'],
    ['an override', { kind: 'override' }, 'Override running: working in a no-work zone'],
  ])('names %s', (_, state, expected) => {
    render(<PartnerCard {...linked} view={fresh({ v: 1, at: NOW, paused: false, state }, 0)} />, root);
    expect(root.querySelector('.state')?.textContent).toBe(expected);
    expect(text()).toContain('as of just now');
    expect(text()).not.toContain('since');
  });

  it("keeps a partner's right-to-left names and direction overrides to themselves: the rest of each line reads in order", () => {
    const state: SharedState = { kind: 'zone', labels: ['ארוחת ערב', 'Sunday'] };
    const nextRitual = { label: 'Walk \u202E', start: at('20:30') };
    render(<PartnerCard {...linked} view={fresh({ v: 1, at: NOW, paused: false, state, note: 'back \u2069\u202E soon', nextRitual })} />, root);
    expect(lines()).toContain('In a no-work zone: \u2068\u2068ארוחת ערב\u2069 · Sunday\u2069');
    expect(lines()).toContain('Note: \u2068back \u202E soon\u2069');
    expect(lines()).toContain('Next shared ritual: \u2068Walk \u202E\u2069, in 48 min');
  });

  it('says what is not shared rather than leaving a gap', () => {
    render(<PartnerCard {...linked} view={fresh({ v: 1, at: NOW, paused: false, nextRitual: null })} />, root);
    expect(lines()).toEqual(['Your partner', 'State not shared.', 'as of 2 min ago', 'No shared ritual coming up.']);
    expect(root.querySelector('[role=meter]')).toBeNull();
  });

  it('shows "paused" and nothing else', () => {
    render(<PartnerCard {...linked} view={fresh({ v: 1, at: NOW, paused: true }, 1)} />, root);
    expect(lines()).toEqual(['Your partner', 'Sharing is paused.', 'as of 1 min ago']);
  });

  it('says offline since when, and no state, once stale', () => {
    render(<PartnerCard {...linked} view={{ kind: 'offline', since: at('18:20'), longSilent: false }} />, root);
    expect(lines()).toEqual(['Your partner', 'Offline since 18:20.']);
  });

  it('after a week of silence, names the day and says how to link again if their Hearth forgot the link', () => {
    render(<PartnerCard {...linked} view={{ kind: 'offline', since: Date.parse('2026-11-12T23:30:00Z'), longSilent: true }} />, root);
    // In Berlin that instant is already 13 November.
    expect(lines()).toEqual([
      'Your partner',
      'Not heard from since 13 Nov 2026.',
      'If your partner removed or reinstalled Hearth, their side forgot this link: unpair in the options, then link again.',
    ]);
  });

  it('marks an over-budget week on the meter', () => {
    render(<PartnerCard {...linked} view={fresh({ v: 1, at: NOW, paused: false, budget: { usedMinutes: 150, budgetMinutes: 120 } })} />, root);
    const meter = root.querySelector('[role=meter]')!;
    expect(meter.classList.contains('over')).toBe(true);
    expect(meter.getAttribute('aria-valuenow')).toBe('100');
  });

  it('takes its own ids and heading, so a second card can sit on the same page', () => {
    render(<PartnerCard {...linked} idPrefix="preview" title="You, as your partner sees you" view={{ kind: 'unknown' }} />, root);
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('preview-title');
    expect(root.querySelector('#preview-title')?.textContent).toBe('You, as your partner sees you');
  });
});
