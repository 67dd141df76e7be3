// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { choose, field, mountEditor, press, root, sampleAgreement, savedAgreement, submit, type } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const launch = { id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-16', end: '2026-12-11', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };

const labelOf = (element: HTMLElement) => root.querySelector(`label[for="${element.id}"]`)?.textContent;

describe('FocusSeasonsSection', () => {
  it('adds a season from today in the household zone for four weeks, led by a partner chosen by name', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Already 1 December in Berlin, the sample's household zone; still 30 November in UTC.
    vi.setSystemTime(Date.UTC(2026, 10, 30, 23, 30));
    const { send } = await mountEditor(sampleAgreement({ focusSeasons: [] }));
    expect(root.textContent).toContain('One of you leans in for a while');
    expect(root.textContent).toContain('No focus seasons.');
    await press('+ Add a focus season');

    expect(labelOf(field('focusSeasons[0].label'))).toBe('Name');
    expect(field('focusSeasons[0].label').value).toBe('Focus season');
    expect([field('focusSeasons[0].start').value, field('focusSeasons[0].end').value, field('focusSeasons[0].reviewOn').value]).toEqual([
      '2026-12-01',
      '2026-12-28',
      '2026-12-28',
    ]);
    const lead = field<HTMLSelectElement>('focusSeasons[0].lead');
    expect(labelOf(lead)).toBe('Who leans in');
    expect([...lead.options].map((option) => option.text)).toEqual(['Alex', 'Sam']);
    await choose(lead, 'sam');
    await type('focusSeasons[0].weeklyAfterHoursMinutes', '420');
    await submit();
    expect(savedAgreement(send).focusSeasons).toEqual([
      { id: 'focus-season', label: 'Focus season', lead: 'sam', start: '2026-12-01', end: '2026-12-28', weeklyAfterHoursMinutes: 420, reviewOn: '2026-12-28' },
    ]);
  });

  it('shows a problem beside its field and does not save it', async () => {
    const { send } = await mountEditor(sampleAgreement({ focusSeasons: [launch] }));
    const end = field('focusSeasons[0].end');
    await type(end, '2026-11-01');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${end.getAttribute('aria-describedby')}`)?.closest('.field')).toBe(end.closest('.field'));
    await type('focusSeasons[0].weeklyAfterHoursMinutes', 'lots');
    expect(root.querySelector('#field-focusSeasons-0-weeklyAfterHoursMinutes-error')?.textContent).toBe('"lots" is not a number');
    await submit();
    expect(send).not.toHaveBeenCalled();
  });

  it('removes a season by its name', async () => {
    const { send } = await mountEditor(sampleAgreement({ focusSeasons: [launch] }));
    await press('Remove Launch');
    expect(root.textContent).toContain('No focus seasons.');
    await submit();
    expect(savedAgreement(send).focusSeasons).toEqual([]);
  });
});
