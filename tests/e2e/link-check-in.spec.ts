import { test, expect, type Page } from '@playwright/test';
import { agreeAsCouple, launchCouple, pairThroughUi } from '../support/link-pair';
import { putRecords, readStore, sendFromExtensionPage } from '../support/hearth-pages';
import { notifications, watchNotifications } from '../support/notifications';
import { addDays, householdDate, householdInstant } from '../support/report-week';
import type { Hearth } from '../support/launch-hearth';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { testAgreement } from '../support/test-agreement';

let relay: RelayProcess;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
});
test.afterEach(async () => {
  await relay.stop();
});

const CHECK_INS = "Our check-in answers and the week's figures we already share";
const STRETCH = 'How stretched I am today';
const BUDGET = 'My after-hours against the budget';

/** The sharing choices on one side, saved through its options page. */
async function share(page: Page, names: string[], off: string[] = []) {
  for (const name of names) await page.getByRole('checkbox', { name }).check();
  for (const name of off) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('button', { name: 'Save sharing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sharing saved' })).toBeVisible();
}

/** This week's report, with the three answers typed and saved. */
async function answer(hearth: Hearth, answers: { stretched: string; celebrate: string; adjust: string }): Promise<Page> {
  const report = await hearth.context.newPage();
  await report.goto(`chrome-extension://${hearth.extensionId}/report.html`);
  await report.getByRole('textbox', { name: 'Where did each of us feel stretched?' }).fill(answers.stretched);
  await report.getByRole('textbox', { name: 'What deserves celebrating?' }).fill(answers.celebrate);
  await report.getByRole('textbox', { name: 'What do we adjust?' }).fill(answers.adjust);
  await report.getByRole('button', { name: 'Save our answers' }).click();
  await expect(report.getByRole('status').filter({ hasText: 'Saved with this week.' })).toBeVisible();
  return report;
}

/** The side-by-side table's rows as text, read again until `until` holds (the partner's side comes over the relay). */
async function sideBySide(report: Page, until: (rows: string[][]) => boolean): Promise<string[][]> {
  let rows: string[][] = [];
  await expect(async () => {
    await report.reload();
    const table = report.getByRole('region', { name: 'Our check-in, side by side' }).getByRole('table');
    await expect(table).toBeVisible();
    rows = await table.getByRole('row').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
    expect(until(rows)).toBe(true);
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  return rows;
}

/** What a failed delivery is read against: counters, both sides' sharing, what waits to be sent, and what stretch was kept. */
async function linkState(hearth: Hearth) {
  const [link] = await readStore<Record<string, unknown>>(hearth, 'link');
  const settings = await readStore<{ key: string; value: unknown }>(hearth, 'settings');
  const picked = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, link?.[key]]));
  return {
    link: picked(['role', 'sendCounter', 'lastReceived', 'lastStatusCounter', 'lastSeq', 'mySharing', 'theirSharing']),
    outbox: (await readStore(hearth, 'outbox')).length,
    settings: Object.fromEntries(settings.filter((row) => ['partnerStretch', 'stretchLevels', 'stretchNoted'].includes(row.key)).map((row) => [row.key, row.value])),
  };
}

const ALEX = { stretched: "Thursday's release", celebrate: 'Three walks together', adjust: 'Laptop closed at dinner' };
const SAM = { stretched: 'The Monday board call', celebrate: 'Pancake Sunday', adjust: 'Phones away after nine' };

test("linked and both sharing check-ins, each report shows both partners' answers side by side", async () => {
  const couple = await launchCouple();
  try {
    await agreeAsCouple(couple.a, couple.b, testAgreement());
    const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
    // Alex shares after-hours figures too, Sam does not: so neither side shows them.
    await share(inviter, [CHECK_INS, BUDGET]);
    await share(joiner, [CHECK_INS]);

    const reportA = await answer(couple.a, ALEX);
    const reportB = await answer(couple.b, SAM);

    const expected = [
      ['What', 'You', 'Your partner'],
      ['Where did each of us feel stretched?', ALEX.stretched, SAM.stretched],
      ['What deserves celebrating?', ALEX.celebrate, SAM.celebrate],
    ];
    const onA = await sideBySide(reportA, (rows) => rows.some((row) => row.includes(SAM.celebrate)));
    expect(onA.slice(0, 3)).toEqual(expected);
    expect(onA[3]![0]).toBe('What do we adjust?');
    expect(onA[3]![1]).toBe(ALEX.adjust);
    expect(onA[3]![2]).toContain(SAM.adjust);
    expect(onA.find((row) => row[0] === 'After hours')).toEqual(['After hours', 'Not shared', 'Not shared']);
    // The form says where the answers go: to the partner too, not "only this browser".
    await expect(reportA.getByText(/shared with your partner, end-to-end encrypted/)).toBeVisible();
    await expect(reportA.getByText('Your answers stay in this browser')).toHaveCount(0);

    const onB = await sideBySide(reportB, (rows) => rows.some((row) => row.includes(ALEX.celebrate)));
    expect(onB.slice(1, 3)).toEqual([
      ['Where did each of us feel stretched?', SAM.stretched, ALEX.stretched],
      ['What deserves celebrating?', SAM.celebrate, ALEX.celebrate],
    ]);

    // Sam's "what do we adjust" becomes a commitment on Alex's side in one step.
    await reportA.getByRole('button', { name: `Make “${SAM.adjust}” a commitment` }).click();
    await expect(reportA.getByRole('region', { name: 'Our check-in, side by side' }).getByRole('status').filter({ hasText: /commitment|proposal/i })).toBeVisible();

    // Sam stops sharing check-ins: Alex's report says so kindly, and nothing of Sam's is kept.
    await share(joiner, [], [CHECK_INS]);
    await expect(async () => {
      await reportA.reload();
      await expect(reportA.getByRole('region', { name: 'Our check-in, side by side' })).toContainText('Your check-ins stay with each of you for now.');
    }).toPass({ timeout: 30_000, intervals: [1_000] });
    await expect(reportA.getByText(SAM.celebrate)).toHaveCount(0);
    const keys = (await readStore<{ key: string }>(couple.a, 'settings')).map((row) => row.key);
    expect(keys.filter((key) => key.startsWith('partnerCheckIn:'))).toEqual([]);
  } finally {
    await couple.close();
  }
});

test('with check-in sharing off on one side, nothing of theirs shows on either report', async () => {
  const couple = await launchCouple();
  try {
    await agreeAsCouple(couple.a, couple.b, testAgreement());
    const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
    await share(inviter, [CHECK_INS, BUDGET]);
    await share(joiner, [BUDGET]);

    const reportA = await answer(couple.a, ALEX);
    const reportB = await answer(couple.b, SAM);
    // Sam's choices have reached Alex (the options page says Sam does not share check-ins) before looking.
    await expect(async () => {
      await inviter.reload();
      await expect(inviter.locator('p').filter({ hasText: CHECK_INS })).toContainText('(your partner does not share this)');
    }).toPass({ timeout: 30_000, intervals: [1_000] });

    for (const [report, theirs] of [[reportA, SAM], [reportB, ALEX]] as const) {
      await report.reload();
      const together = report.getByRole('region', { name: 'Our check-in, side by side' });
      await expect(together).toContainText('Your check-ins stay with each of you for now.');
      await expect(together.getByRole('table')).toHaveCount(0);
      await expect(report.getByText(theirs.celebrate)).toHaveCount(0);
    }
    for (const hearth of [couple.a, couple.b]) {
      const keys = (await readStore<{ key: string }>(hearth, 'settings')).map((row) => row.key);
      expect(keys.filter((key) => key.startsWith('partnerCheckIn:'))).toEqual([]);
    }
  } finally {
    await couple.close();
  }
});

test('a third stretched day in a row brings a gentle note to both, once, when both share stretch', async () => {
  // The e2e build, whose clock the test can move.
  const couple = await launchCouple({ build: 'e2e' });
  try {
    await agreeAsCouple(couple.a, couple.b, testAgreement());
    const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
    await share(inviter, [STRETCH]);
    await share(joiner, [STRETCH]);
    // Offered while the daily question is off here: the page says nothing flows yet, until it is on.
    const notAsked = joiner.getByText('Nothing of it flows yet: the daily question is off on this browser.');
    await expect(notAsked).toBeVisible();
    await joiner.getByRole('checkbox', { name: /^Ask me once a day in the popup how stretched I feel/ }).check();
    await expect(notAsked).toHaveCount(0);
    // Both sides know both share it: a stretch sealed before the other side knew is dropped there, by design.
    for (const page of [inviter, joiner]) {
      await expect(async () => {
        await page.reload();
        await expect(page.locator('p').filter({ hasText: STRETCH })).toContainText('(your partner shares this too)');
      }).toPass({ timeout: 30_000, intervals: [1_000] });
    }
    await Promise.all([watchNotifications(couple.a), watchNotifications(couple.b)]);

    // Both backgrounds at the next household noon for the rest of the run, so a midnight passing
    // while it runs cannot split "today" between this test and either Hearth (ahead, never back
    // before the agreement took effect).
    const realToday = householdDate(Date.now());
    const noon = [realToday, addDays(realToday, 1)].map((date) => householdInstant(date, '12:00')).find((instant) => instant > Date.now())!;
    const today = householdDate(noon);
    const offsetMs = noon - Date.now();
    for (const hearth of [couple.a, couple.b]) expect(await sendFromExtensionPage(hearth, { type: 'test:clock', offsetMs })).toEqual({ ok: true });
    // Alex felt stretched the two days before; Sam's Hearth received both while stretch was shared.
    const before = [
      { date: addDays(today, -2), level: 4 },
      { date: addDays(today, -1), level: 5 },
    ];
    await putRecords(couple.a, 'settings', [{ key: 'stretchLevels', value: before }]);
    await putRecords(couple.b, 'settings', [{ key: 'partnerStretch', value: before }]);

    expect(await sendFromExtensionPage(couple.a, { type: 'stretch:set', level: 4 })).toEqual({ ok: true });
    const run = addDays(today, -2);
    await expect.poll(() => notifications(couple.a)).toEqual([
      { id: `hearth-stretch:mine:${run}`, title: 'Three stretched days in a row', message: 'That is a lot to carry. Maybe a slower evening tonight, or a word with each other before your check-in?' },
    ]);
    // Up to 75 s: a send the relay did not acknowledge waits in the outbox for the link's next
    // minute alarm, and the note still belongs to the day. On a miss, the link's state on both sides
    // goes into the error, so a failure says where the message stopped.
    await expect
      .poll(() => notifications(couple.b), { timeout: 75_000 })
      .toEqual([
        {
          id: `hearth-stretch:partner:${run}`,
          title: 'Your partner: three stretched days in a row',
          message: 'They have been carrying a lot lately. Maybe ask how they are tonight, or take one thing off their plate.',
        },
      ])
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nlink state: ${JSON.stringify({ a: await linkState(couple.a), b: await linkState(couple.b) })}`);
      });

    // A second answer the same day is the same run: no second note on either side.
    await couple.a.worker.evaluate(() => chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
    await couple.b.worker.evaluate(() => chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
    expect(await sendFromExtensionPage(couple.a, { type: 'stretch:set', level: 5 })).toEqual({ ok: true });
    await expect
      .poll(async () => ((await readStore<{ key: string; value: Array<{ date: string; level: number }> }>(couple.b, 'settings')).find((row) => row.key === 'partnerStretch')?.value ?? []).at(-1), { timeout: 75_000 })
      .toEqual({ date: today, level: 5 });
    expect(await notifications(couple.a)).toEqual([]);
    expect(await notifications(couple.b)).toEqual([]);
  } finally {
    await couple.close();
  }
});
