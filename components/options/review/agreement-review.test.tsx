// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { HearthMessage } from '@/utils/messages';
import { REVIEW_PARTS } from '@/utils/agreement/agreement-review';
import { press, root, sampleAgreement, tick, type } from '../editor/editor-test-kit';
import { AgreementReview } from './agreement-review';
import { SeasonReviews } from './season-reviews';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

// Thursday 1 April 2027, noon in Berlin: the sample's quarterly review (from 1 October 2026) is due.
const NOW = Date.parse('2027-04-01T12:00:00+02:00');

async function mount(agreement = sampleAgreement()) {
  const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
  const onSaved = vi.fn(async () => {});
  await act(async () => render(<AgreementReview revision={{ id: 4, effectiveAt: 0, source: 'edit', agreement }} now={NOW} onSaved={onSaved} onLeave={() => {}} />, root));
  return { send, onSaved };
}

const radio = (part: string, choice: 'keep' | 'change') => root.querySelector<HTMLInputElement>(`input[name="review-${part}"][value="${choice}"]`)!;
const changes = () => [...root.querySelectorAll('.review-changes li')].map((li) => li.textContent);
/** Lets a save the page awaits come back, and its outcome render. */
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 0))));
const finish = async () => {
  await act(async () => void root.querySelector<HTMLFormElement>('.review-finish')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await settle();
};
const sent = (send: { mock: { calls: unknown[][] } }) => send.mock.calls.map(([message]) => message as HearthMessage);

/** Whether closing or reloading the tab would ask first. */
const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  dispatchEvent(event);
  return event.defaultPrevented;
};

describe('AgreementReview', () => {
  it('asks before the tab is closed on a review under way, and not once it is saved', async () => {
    await mount();
    expect(leaving()).toBe(false);
    await tick(radio('budget', 'change'), true);
    await type('budget.weeklyAfterHoursMinutes', '90');
    expect(leaving()).toBe(true);
    for (const { id } of REVIEW_PARTS) if (id !== 'budget') await tick(radio(id, 'keep'), true);
    await finish();
    expect(root.textContent).toContain('The review is saved.');
    expect(leaving()).toBe(false);
  });

  it('walks every part with keep or change, and saves the changes in words with the note in one save', async () => {
    const { send, onSaved } = await mount();
    expect(root.querySelectorAll('.review-part')).toHaveLength(REVIEW_PARTS.length);
    expect(root.textContent).toContain('0 of 11 parts looked at');
    for (const { id } of REVIEW_PARTS) if (id !== 'budget') await tick(radio(id, 'keep'), true);
    await finish();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Still to look at: Budget and overrides.');
    expect(send).not.toHaveBeenCalled();

    await tick(radio('budget', 'change'), true);
    await type('budget.weeklyAfterHoursMinutes', '90');
    expect(changes()).toEqual(['Weekly budget: after hours a week 2 hr → 1 hr 30 min', 'Review rhythm: next review Jan 4, 2027 → Jul 1, 2027']);
    await type(root.querySelector<HTMLInputElement>('#review-note')!, 'Fewer late nights this quarter');
    await finish();

    expect(sent(send)).toHaveLength(1);
    const [message] = sent(send);
    expect(message).toMatchObject({ type: 'agreement:save', basedOn: 4, note: 'Fewer late nights this quarter' });
    const saved = (message as Extract<HearthMessage, { type: 'agreement:save' }>).agreement as ReturnType<typeof sampleAgreement>;
    expect(saved.budget.weeklyAfterHoursMinutes).toBe(90);
    // Done: the next review is a quarter on from today.
    expect(saved.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-07-01' });
    expect(onSaved).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('The review is saved.');
  });

  it('puts a changed part back when the couple keep it after all', async () => {
    await mount();
    await tick(radio('budget', 'change'), true);
    await type('budget.weeklyAfterHoursMinutes', '90');
    await tick(radio('budget', 'keep'), true);
    expect(changes().some((line) => line?.startsWith('Budget'))).toBe(false);
  });
});

describe('SeasonReviews', () => {
  const launch = { id: 'launch', label: 'Launch', lead: 'sam', start: '2027-03-01', end: '2027-04-30', weeklyAfterHoursMinutes: 300, reviewOn: '2027-04-01' };

  it('hands a season due for review to the other partner in one save', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const agreement = sampleAgreement({ focusSeasons: [launch] });
    await act(async () => render(<SeasonReviews revision={{ id: 2, effectiveAt: 0, source: 'edit', agreement }} now={NOW} onSaved={async () => {}} />, root));
    const handOver = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) => input.value === 'handOver')!;
    await tick(handOver, true);
    await type(root.querySelector<HTMLInputElement>('#season-review-launch-budget')!, '240');
    await press('Hand the season over');
    await settle();
    const message = sent(send)[0] as Extract<HearthMessage, { type: 'agreement:save' }>;
    const seasons = (message.agreement as typeof agreement).focusSeasons;
    expect(seasons.map(({ lead, start, end, weeklyAfterHoursMinutes }) => ({ lead, start, end, weeklyAfterHoursMinutes }))).toEqual([
      { lead: 'sam', start: '2027-03-01', end: '2027-03-31', weeklyAfterHoursMinutes: 300 },
      { lead: 'alex', start: '2027-04-01', end: '2027-05-28', weeklyAfterHoursMinutes: 240 },
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });
});
