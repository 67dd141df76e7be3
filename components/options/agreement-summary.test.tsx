// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { household } from '@/utils/status/status-fixture';
import { BREAKFAST } from '@/utils/schedule/agreement-fixture';
import { AgreementSummary } from './agreement-summary';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const revision = (agreement: ReturnType<typeof household>) => ({ id: 3, effectiveAt: Date.parse('2026-11-01T09:00:00Z'), source: 'import' as const, agreement });
/** The text under a heading, up to the next one. */
const under = (heading: string) => {
  const start = [...root.querySelectorAll('h3')].find((h3) => h3.textContent?.startsWith(heading))!;
  const texts: string[] = [];
  for (let node = start.nextElementSibling; node && node.tagName !== 'H3'; node = node.nextElementSibling) if (node.textContent) texts.push(node.textContent);
  return texts;
};

describe('AgreementSummary', () => {
  it('says when each ritual comes round, not only its time', () => {
    const monthly = { ...BREAKFAST, id: 'date', label: 'Date night', recurrence: { kind: 'monthly', week: -1, day: 'fri' }, time: '20:00', durationMinutes: 180 };
    render(<AgreementSummary revision={revision(household({ rituals: [BREAKFAST, { ...BREAKFAST, id: 'walk', label: 'Evening walk', recurrence: { kind: 'daily' } }, monthly] as never }))} />, root);
    expect([...root.querySelectorAll('h3 + p + ul li, h3 + ul li')].map((li) => li.textContent).filter((text) => /breakfast|walk|Date/.test(text ?? ''))).toEqual([
      'Shared breakfast: Mon, Tue, Wed, Thu, and Fri, 7:15 AM, 30 minutes (protected)',
      'Evening walk: every day, 7:15 AM, 30 minutes (protected)',
      'Date night: the last Friday of the month, 8:00 PM, 180 minutes (protected)',
    ]);
  });

  it("says since when the agreement is in force in the household's time, as the history beside it does", () => {
    render(<AgreementSummary revision={revision(household())} />, root);
    // 09:00 UTC is 10:00 in Berlin; the tests run in Pacific/Chatham, where it is already 22:45.
    expect(root.querySelector('p.muted')?.textContent).toBe('In force since Nov 1, 2026, 10:00 AM (revision 3)');
  });

  it('says "none yet" under a part the agreement leaves empty, not a heading over nothing', () => {
    render(<AgreementSummary revision={revision(household({ zones: [], rituals: [], workSites: [] }))} />, root);
    expect(under('No-work zones')).toEqual(['None yet.']);
    expect(under('Rituals')).toEqual(['None yet.']);
    expect(under('Work sites (0)')[0]).toBe('None yet.');
  });
});
