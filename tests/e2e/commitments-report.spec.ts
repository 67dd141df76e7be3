import { test, expect } from '../support/hearth-test';
import { readStore, setAgreement } from '../support/hearth-pages';
import { addDays, householdDate } from '../support/report-week';
import { testAgreement } from '../support/test-agreement';

test('the weekly report lists open commitments; marking one done and carrying one over each save a revision', async ({ hearth }) => {
  const today = householdDate(Date.now());
  const commitment = (id: string, what: string, by: string, state = 'open') => ({ id, what, who: 'both', by, success: `${what}, really`, reviewOn: by, state });
  await setAgreement(
    hearth,
    testAgreement({
      commitments: [commitment('club', 'Find an after-school club', addDays(today, 3)), commitment('dinner', 'No laptops at dinner', addDays(today, 1)), commitment('gym', 'Gym twice a week', today, 'done')],
    }),
  );
  const report = await hearth.context.newPage();
  await report.goto(`chrome-extension://${hearth.extensionId}/report.html`);
  const section = report.getByRole('region', { name: 'Open commitments' });
  // Open ones only, soonest due first.
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await expect(section.getByRole('listitem').first()).toContainText('No laptops at dinner');
  await expect(section).toContainText('Success: Find an after-school club, really');

  await section.getByRole('button', { name: 'Mark “No laptops at dinner” done' }).click();
  await expect(section.getByRole('status')).toHaveText('Marked done. The agreement is saved.');
  await expect(section.getByRole('listitem')).toHaveCount(1);

  const later = addDays(today, 10);
  await section.getByLabel('New date for “Find an after-school club”').fill(later);
  await section.getByRole('button', { name: 'Carry “Find an after-school club” to the new date' }).click();
  await expect(section.getByRole('status')).toHaveText('Carried to the new date. The agreement is saved.');

  const revisions = await readStore<{ agreement: { commitments: { id: string; state: string; by: string }[] }; note?: string }>(hearth, 'agreementRevisions');
  expect(revisions).toHaveLength(3);
  expect(revisions[1]!.note).toBe('Marked “No laptops at dinner” done at the check-in.');
  expect(revisions[2]!.agreement.commitments.map(({ id, state, by }) => [id, state, by])).toEqual([
    ['club', 'open', later],
    ['dinner', 'done', addDays(today, 1)],
    ['gym', 'done', today],
  ]);
});
