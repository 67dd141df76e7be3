// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { SAMPLE_AGREEMENT } from '@/utils/agreement/sample-agreement';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { AgreementEditor } from './agreement-editor';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function start(focusSeasons: Agreement['focusSeasons']) {
  const agreement = { ...(structuredClone(SAMPLE_AGREEMENT) as Agreement), focusSeasons };
  const send = vi.fn(async () => ({ ok: true }));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(send as never);
  const revision = { id: 1, agreement, effectiveFrom: 0 } as unknown as AgreementRevision;
  act(() => render(<AgreementEditor revision={revision} onSaved={async () => undefined} />, root));
  return send;
}

const field = <T extends HTMLElement = HTMLInputElement>(path: string) => root.querySelector<T>(`#field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`)!;
const labelOf = (element: HTMLElement) => root.querySelector(`label[for="${element.id}"]`)?.textContent;
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const change = (element: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') =>
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
const submit = () => act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
const savedSeasons = (send: ReturnType<typeof start>) => (send.mock.calls.at(-1) as unknown as [{ agreement: Agreement }])[0].agreement.focusSeasons;

describe('FocusSeasonsSection', () => {
  it('adds a season from today in the household zone for four weeks, led by a partner chosen by name', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Already 1 December in Berlin, the sample's household zone; still 30 November in UTC.
    vi.setSystemTime(Date.UTC(2026, 10, 30, 23, 30));
    const send = start([]);
    expect(root.textContent).toContain('One of you leans in for a while');
    expect(root.textContent).toContain('No focus seasons.');
    await act(() => button('+ Add a focus season').click());

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
    await change(lead, 'sam', 'change');
    await change(field('focusSeasons[0].weeklyAfterHoursMinutes'), '420');
    await submit();
    expect(savedSeasons(send)).toEqual([
      { id: 'focus-season', label: 'Focus season', lead: 'sam', start: '2026-12-01', end: '2026-12-28', weeklyAfterHoursMinutes: 420, reviewOn: '2026-12-28' },
    ]);
  });

  it('shows a problem beside its field and does not save it', async () => {
    const send = start([{ id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-16', end: '2026-12-11', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' }]);
    const end = field('focusSeasons[0].end');
    await change(end, '2026-11-01');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${end.getAttribute('aria-describedby')}`)?.closest('.field')).toBe(end.closest('.field'));
    await change(field('focusSeasons[0].weeklyAfterHoursMinutes'), 'lots');
    expect(root.querySelector('#field-focusSeasons-0-weeklyAfterHoursMinutes-error')?.textContent).toBe('"lots" is not a number');
    await submit();
    expect(send).not.toHaveBeenCalled();
  });

  it('removes a season by its name', async () => {
    const send = start([{ id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-16', end: '2026-12-11', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' }]);
    await act(() => button('Remove Launch').click());
    expect(root.textContent).toContain('No focus seasons.');
    await submit();
    expect(savedSeasons(send)).toEqual([]);
  });
});
