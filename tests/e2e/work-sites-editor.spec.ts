import { test, expect } from '../support/hearth-test';
import { openOptions, readStore, rootFilter, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { OTHER_HOST } from '../support/test-sites';

interface StoredRevision {
  agreement: { workSites: { pattern: string; category: string; label?: string; catalogId?: string }[] };
}

const OWN_PATTERN = `*://${OTHER_HOST}/*`;

test('a catalog site and an own pattern chosen in the editor are saved, and the own site dims during the zone at once', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings' })] }));
  const news = await hearth.context.newPage();
  await news.goto(sites.otherUrl());
  expect(await rootFilter(news)).toBe('none');

  const options = await openOptions(hearth);
  const editor = options.getByRole('form', { name: 'Edit the agreement' });
  await editor.getByRole('checkbox', { name: 'Slack' }).check();
  await editor.getByRole('button', { name: 'Add a pattern' }).click();
  const pattern = editor.getByRole('textbox', { name: 'Match pattern' }).last();
  await expect(pattern).toBeFocused();
  await pattern.fill(OWN_PATTERN);
  await editor.getByRole('combobox', { name: 'Category' }).last().selectOption({ label: 'Docs and files' });
  await editor.getByRole('textbox', { name: 'Name (optional)' }).last().fill('Team news');

  const tester = editor.getByRole('textbox', { name: 'Does this address count as work?' });
  const answer = editor.locator('.url-tester').getByRole('status');
  await tester.fill(sites.otherUrl('/today'));
  await expect(answer).toHaveText(`Yes, it counts as work: Team news (${OWN_PATTERN}) covers it first, as Docs and files.`);

  await editor.getByRole('button', { name: 'Save agreement' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const revisions = await readStore<StoredRevision>(hearth, 'agreementRevisions');
  expect(revisions).toHaveLength(2);
  expect(revisions.at(-1)!.agreement.workSites).toEqual([
    { pattern: '*://work.hearth.test/*', category: 'docs', label: 'Test work' },
    { pattern: '*://app.slack.com/*', category: 'chat', label: 'Slack', catalogId: 'slack' },
    { pattern: OWN_PATTERN, category: 'docs', label: 'Team news' },
  ]);

  // The tab that was open all along dims, and so does a page loaded afresh.
  await expect.poll(() => rootFilter(news), { timeout: 10_000 }).toContain('grayscale');
  const fresh = await hearth.context.newPage();
  await fresh.goto(sites.otherUrl('/later'));
  expect(await rootFilter(fresh)).toContain('grayscale');
});

test('an invalid own pattern shows its error beside the field and saves nothing; the tester explains', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement());
  const options = await openOptions(hearth);
  const editor = options.getByRole('form', { name: 'Edit the agreement' });

  const tester = editor.getByRole('textbox', { name: 'Does this address count as work?' });
  const answer = editor.locator('.url-tester').getByRole('status');
  await tester.fill(sites.workUrl('/board'));
  await expect(answer).toHaveText('Yes, it counts as work: Test work (*://work.hearth.test/*) covers it first, as Docs and files.');
  await tester.fill(sites.otherUrl());
  await expect(answer).toHaveText('No: none of the patterns covers this address.');
  await tester.fill('news.hearth.test');
  await expect(answer).toHaveText('Not a web address: only http:// and https:// pages can be work sites.');

  await editor.getByRole('button', { name: 'Add a pattern' }).click();
  const pattern = editor.getByRole('textbox', { name: 'Match pattern' }).last();
  await pattern.fill('https://example.com:8080/*');
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  await expect(pattern).toHaveAccessibleDescription('"https://example.com:8080/*": match patterns cannot name a port');

  await tester.fill('https://example.com:8080/');
  await expect(answer).toHaveText('No: none of the patterns covers this address. Patterns with problems are left out until they are fixed: 1.');

  await editor.getByRole('button', { name: 'Save agreement' }).click();
  await expect(editor.getByRole('alert')).toContainText('Nothing was saved');
  await expect(editor.getByRole('alert')).toContainText('workSites[1].pattern');
  await expect(pattern).toBeFocused();
  expect(await readStore(hearth, 'agreementRevisions')).toHaveLength(1);
});
