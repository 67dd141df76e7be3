// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { checkIn, trendWeeks, type CheckInWeek } from '@/utils/report/check-in';
import type { CheckInTogether } from '@/utils/report/check-in-together';
import { revisions, SUNDAY_NIGHT, WEEK } from '@/utils/report/week-fixture';
import { ReportApp } from './report-app';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const week: CheckInWeek = checkIn(
  { now: SUNDAY_NIGHT, weekContaining: SUNDAY_NIGHT, revisions, intervals: WEEK, overrides: [], marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en-GB' },
  trendWeeks(revisions, SUNDAY_NIGHT, SUNDAY_NIGHT),
)!;
const { weekStart } = week.report;
const mine = { weekStart, answers: { stretched: 'Thursday', celebrate: 'Walks', adjust: 'Earlier dinners' }, afterHours: { usedMinutes: 215, budgetMinutes: 120 } };
const theirs = { weekStart, answers: { stretched: 'Tuesday', celebrate: '', adjust: 'Phones away at dinner' } };

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function show(together: CheckInTogether, saveReply: { ok: boolean } = { ok: true }) {
  let revision: AgreementRevision = { ...revisions[0]!, agreement: { ...revisions[0]!.agreement, commitments: [] } };
  const save = vi.fn(async (agreement: Agreement) => {
    if (saveReply.ok) revision = { ...revision, id: (revision.id ?? 0) + 1, agreement };
    return saveReply as never;
  });
  const store = { load: async () => ({ answers: null, previous: null }), save: async () => undefined, clock: () => SUNDAY_NIGHT };
  await act(async () =>
    render(
      <ReportApp load={async () => week} clock={() => SUNDAY_NIGHT} locale="en-GB" openOptions={() => {}} checkIn={store} together={async () => together} commitments={{ latest: async () => revision, save }} />,
      root,
    ),
  );
  await settle();
  await settle();
  return { save };
}
const rows = () => [...root.querySelectorAll('section.together tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

describe('the check-in side by side', () => {
  it('stands both answers and the figures each shares side by side, in one table', async () => {
    await show({ kind: 'shared', mine, theirs });
    expect([...root.querySelectorAll('section.together thead th')].map((cell) => cell.textContent)).toEqual(['What', 'You', 'Your partner']);
    expect(rows()).toEqual([
      ['Where did each of us feel stretched?', 'Thursday', 'Tuesday'],
      ['What deserves celebrating?', 'Walks', 'Not answered yet'],
      ['What do we adjust?', 'Earlier dinners', 'Phones away at dinnerMake it a commitment'],
      ['After hours', '3 hrs 35 mins (plan 2 hrs)', 'Not shared'],
      ['Quiet evenings', 'Not shared', 'Not shared'],
      ['Rituals kept this week', 'Not shared', 'Not shared'],
      ['How stretched, day by day', 'Not shared', 'Not shared'],
    ]);
  });

  it("says kindly when check-ins are not shared, and shows nothing of the partner's", async () => {
    await show({ kind: 'not-shared' });
    expect(root.querySelector('section.together')?.textContent).toContain('Your check-ins stay with each of you for now.');
    expect(root.querySelector('section.together table')).toBeNull();
  });

  it('says when the partner has not shared this week yet', async () => {
    await show({ kind: 'shared', mine, theirs: null });
    expect(root.querySelector('section.together [role=status]')?.textContent).toBe("Your partner has not shared this week's check-in yet.");
  });

  it("makes the partner's adjust answer a commitment in one step, through the agreement's save", async () => {
    const { save } = await show({ kind: 'shared', mine, theirs });
    const make = root.querySelector<HTMLButtonElement>('button[aria-label="Make “Phones away at dinner” a commitment"]')!;
    await act(async () => make.click());
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    const [agreement, basedOn, note] = save.mock.calls[0]! as unknown as [Agreement, number, string];
    expect(agreement.commitments).toEqual([expect.objectContaining({ what: 'Phones away at dinner', who: 'both', state: 'open', success: 'We look at it together at our next check-in' })]);
    expect([basedOn, note]).toEqual([1, 'From our weekly check-in']);
    expect(root.querySelector('section.together [role=status]')?.textContent?.trim()).toBe('Added to your commitments.');
    // The open commitments read again and list it.
    await settle();
    expect(root.querySelector('ul.commitments')?.textContent).toContain('Phones away at dinner');
  });

  it('says so when the commitment could not be saved', async () => {
    await show({ kind: 'shared', mine, theirs }, { ok: false });
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="Make “Phones away at dinner” a commitment"]')!.click());
    await settle();
    expect(root.querySelector('section.together [role=alert]')?.textContent).toContain('Hearth could not add this commitment');
  });
});
