// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { choose, field, mountEditor, press, root, sampleAgreement, savedAgreement, submit, type } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

describe('CommitmentsSection', () => {
  it('adds a commitment for both, asks for what success looks like beside the field, then saves it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 11, 1, 12));
    const { send } = await mountEditor(sampleAgreement({ commitments: [] }));
    expect(root.textContent).toContain('No commitments.');
    await press('+ Add a commitment');
    expect([field('commitments[0].by').value, field('commitments[0].reviewOn').value]).toEqual(['2026-12-15', '2026-12-08']);
    await submit();
    expect(send).not.toHaveBeenCalled();
    expect(field('commitments[0].success').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#field-commitments-0-success-error')?.textContent).toBe('must not be empty');

    await type('commitments[0].what', 'Book the winter holiday');
    await type('commitments[0].success', 'Flights and a flat booked');
    await choose(field<HTMLSelectElement>('commitments[0].who'), 'sam');
    await submit();
    expect(savedAgreement(send).commitments).toEqual([
      { id: 'new-commitment', what: 'Book the winter holiday', who: 'sam', by: '2026-12-15', success: 'Flights and a flat booked', reviewOn: '2026-12-08', state: 'open' },
    ]);
    vi.useRealTimers();
  });

  it('marks a commitment changed with a word, and removes the word again when emptied', async () => {
    const { send } = await mountEditor(sampleAgreement());
    await choose(field<HTMLSelectElement>('commitments[1].state'), 'changed');
    await type('commitments[1].stateNote', 'Laptops allowed on Fridays');
    await type('commitments[0].stateNote', '');
    await submit();
    const [first, second] = savedAgreement(send).commitments;
    expect(second).toMatchObject({ state: 'changed', stateNote: 'Laptops allowed on Fridays' });
    expect(first).not.toHaveProperty('stateNote');
  });
});
