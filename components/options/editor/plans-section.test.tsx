// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { choose, field, fieldLabelled, mountEditor, press, root, sampleAgreement, savedAgreement, submit, tick, type } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

/** A plan's checkbox in one of its lists, by the list's legend and the item's label. */
function choice(index: number, legend: string, label: string): HTMLInputElement {
  const plan = root.querySelectorAll('#editor-plans ~ ul.items > li')[index]!;
  const fieldset = [...plan.querySelectorAll('fieldset')].find((candidate) => candidate.querySelector('legend')?.textContent === legend)!;
  return [...fieldset.querySelectorAll('label')].find((candidate) => candidate.textContent === label)!.querySelector('input')!;
}

describe('PlansSection', () => {
  it('adds a plan that tracks chosen zones, has its own budget, pauses a ritual and says who covers what', async () => {
    const { send } = await mountEditor(sampleAgreement({ contingencyPlans: [] }));
    expect(root.textContent).toContain('No plans yet.');
    await press('+ Add a plan');
    await type('contingencyPlans[0].name', 'Travel week');
    await tick(choice(0, 'Zones that only record while the plan holds', 'Family evenings'), true);
    await tick('contingencyPlans[0].weeklyAfterHoursMinutes.own', true);
    await type('contingencyPlans[0].weeklyAfterHoursMinutes', '300');
    await tick(choice(0, 'Rituals paused while it holds', 'Evening walk'), true);
    await type(fieldLabelled('Who covers what'), 'The one at home does bedtime.');
    await submit();
    expect(savedAgreement(send).contingencyPlans).toEqual([
      { id: 'new-plan', name: 'Travel week', trackZones: ['evenings'], weeklyAfterHoursMinutes: 300, pausedRituals: ['evening-walk'], cover: 'The one at home does bedtime.' },
    ]);
  });

  it('switches every zone with one box, and drops its own budget and cover when cleared', async () => {
    const { send } = await mountEditor(sampleAgreement());
    await tick('contingencyPlans[0].allZones', true);
    expect(root.querySelector('#field-contingencyPlans-0-trackZones')).toBeNull();
    await tick('contingencyPlans[0].weeklyAfterHoursMinutes.own', false);
    await type('contingencyPlans[0].cover', '');
    await submit();
    expect(savedAgreement(send).contingencyPlans[0]).toEqual({ id: 'deadline-crunch', name: 'Deadline crunch', trackZones: 'all', pausedRituals: ['dream-date'] });
  });

  it('shows a problem beside its field and saves nothing', async () => {
    const { send } = await mountEditor(sampleAgreement());
    await type('contingencyPlans[0].name', ' ');
    expect(field('contingencyPlans[0].name').getAttribute('aria-invalid')).toBe('true');
    await type('contingencyPlans[0].weeklyAfterHoursMinutes', 'lots');
    expect(root.querySelector('#field-contingencyPlans-0-weeklyAfterHoursMinutes-error')?.textContent).toBe('"lots" is not a number');
    await submit();
    expect(send).not.toHaveBeenCalled();
  });

  it('removes a plan by its name', async () => {
    const { send } = await mountEditor(sampleAgreement());
    await press('Remove Sick child');
    await submit();
    expect(savedAgreement(send).contingencyPlans.map((plan) => plan.id)).toEqual(['deadline-crunch']);
  });
});

describe('ReviewRhythmSection', () => {
  it('changes how often the couple review the agreement, and when next', async () => {
    const { send } = await mountEditor(sampleAgreement());
    const every = field<HTMLSelectElement>('reviewRhythm.everyMonths');
    expect([...every.options].map((option) => option.text)).toContain('quarterly (every 3 months)');
    await choose(every, '6');
    const next = field('reviewRhythm.from');
    // The date is the next review itself: due from then until it is held.
    expect(root.querySelector(`label[for="${next.id}"]`)?.textContent).toBe('Next review');
    await type('reviewRhythm.from', '2027-01-15');
    await submit();
    expect(savedAgreement(send).reviewRhythm).toEqual({ everyMonths: 6, from: '2027-01-15' });
  });
});
