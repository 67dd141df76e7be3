import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreeAsCouple, launchCouple, pairThroughUi } from '../support/link-pair';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { startTestSites, type TestSites } from '../support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { readStore, storedRevisions, rootFilter, sendFromExtensionPage } from '../support/hearth-pages';
import type { Hearth } from '../support/launch-hearth';


let relay: RelayProcess;
let sites: TestSites;
test.beforeEach(async () => {
  [relay, sites] = await Promise.all([startRelay({ engine: 'sqlite' }), startTestSites()]);
});
test.afterEach(async () => {
  await Promise.all([relay.stop(), sites.close()]);
});


function agreementFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hearth-file-')), 'agreement.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

async function importThroughUi(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import agreement' }).click();
  await (await chooser).setFiles(file);
}

async function workPageFilter(hearth: Hearth) {
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  const filter = await rootFilter(page);
  await page.close();
  return filter;
}

test('importing a file while linked proposes it; the partner accepts; both guard by it', async () => {
  const couple = await launchCouple();
  try {
    // Alex (A) and Sam (B) hold an agreement with no zone, then link through the real relay.
    const agreement = testAgreement();
    await agreeAsCouple(couple.a, couple.b, agreement);
    const { inviter: alex, joiner: sam } = await pairThroughUi(couple.a, couple.b, relay.url);

    // A malformed file is refused as ever: nothing is proposed, nothing changes.
    await importThroughUi(alex, agreementFile({ ...agreement, budget: { weeklyAfterHoursMinutes: -5 } }));
    await expect(alex.getByRole('alert')).toContainText('nothing changed');
    await expect(alex.getByRole('alert')).toContainText('budget.weeklyAfterHoursMinutes');

    const now = floorToMinute(Date.now());
    const label = `Dinner ${Math.random().toString(36).slice(2, 8)}`;
    await importThroughUi(alex, agreementFile({ ...agreement, zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { id: 'dinner', label })] }));
    const said = alex.getByRole('status').filter({ hasText: 'Proposed to Sam. It applies once they accept it.' });
    await expect(said).toBeVisible();
    await expect(said.getByRole('link', { name: 'See open proposals' })).toHaveAttribute('href', '#proposals');
    await expect(alex.getByRole('region', { name: 'Yours' })).toContainText(`New zone: ${label}`);

    // Nothing is in force on either browser until Sam accepts.
    expect((await storedRevisions(couple.a)).length).toBe(1);
    expect(await workPageFilter(couple.a)).toBe('none');

    const theirs = sam.getByRole('region', { name: 'From Alex' });
    await expect(theirs).toContainText(`New zone: ${label}`, { timeout: 20_000 });
    await expect(theirs).toContainText('Why: Imported from a file');
    await theirs.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(sam.getByText('No open proposals.')).toBeVisible();

    for (const hearth of [couple.b, couple.a]) {
      await expect.poll(async () => (await storedRevisions(hearth)).at(-1)!.agreement.zones.map((zone) => zone.label), { timeout: 20_000 }).toEqual([label]);
      expect((await storedRevisions(hearth)).at(-1)).toMatchObject({ proposedBy: 'alex', acceptedBy: 'sam', note: 'Imported from a file' });
      await expect.poll(() => workPageFilter(hearth), { timeout: 15_000 }).toContain('grayscale');
    }
    // Whose browser this is stayed on each: the file carried only the agreement.
    for (const [hearth, owner] of [[couple.a, 'alex'], [couple.b, 'sam']] as const) {
      expect((await readStore<{ key: string; value: unknown }>(hearth, 'settings')).find((row) => row.key === 'identity')?.value).toEqual({ partnerId: owner });
    }

    // The example, loaded while linked, is a proposal too.
    expect(await sendFromExtensionPage(couple.a, { type: 'agreement:sample' })).toEqual({ ok: true, outcome: 'proposed' });
    expect((await storedRevisions(couple.a)).length).toBe(2);
  } finally {
    await couple.close();
  }
});
