import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { openOptions } from '../support/hearth-pages';
import { testAgreement } from '../support/test-agreement';

let hearth: Hearth;
test.beforeEach(async () => {
  hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-e2e-')));
});
test.afterEach(async () => hearth.context.close());

/** The zone as the summary shows it to an en-US reader (Intl puts a narrow space before "PM"). */
const EVENINGS = /Family evenings: Mon 7:00\sPM–7:00\sAM/;

function agreementFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hearth-file-')), 'agreement.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

async function importThroughUi(page: import('@playwright/test').Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import agreement' }).click();
  await (await chooser).setFiles(file);
}

test('an agreement imported through the options page is in force, and a malformed one changes nothing', async () => {
  const page = await openOptions(hearth);
  await expect(page.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();

  await importThroughUi(page, agreementFile(testAgreement({ zones: [{ id: 'evenings', label: 'Family evenings', days: ['mon'], start: '19:00', end: '07:00', mode: 'dim' }] })));
  await expect(page.getByRole('status')).toContainText('Agreement imported');
  await expect(page.getByText(EVENINGS)).toBeVisible();
  await expect(page.getByText('In force since')).toContainText('revision 1');

  const broken = testAgreement({ zones: [{ id: 'evenings', label: 'Family evenings', days: ['mon'], start: '19:00', end: '25:00', mode: 'dim' }] });
  await importThroughUi(page, agreementFile(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('nothing changed');
  await expect(alert).toContainText('zones[0].end: "25:00" is not a time');

  await importThroughUi(page, agreementFile('{ "format": "hearth.agreement", '));
  await expect(page.getByRole('alert')).toContainText('The file is not valid JSON');

  // The stored agreement is exactly the one imported first: no new revision, same content.
  await page.reload();
  await expect(page.getByText(EVENINGS)).toBeVisible();
  await expect(page.getByText('In force since')).toContainText('revision 1');
  const revisions = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('agreementRevisions').objectStore('agreementRevisions').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(revisions).toBe(1);
});

test('the exported agreement is the one in force and imports again', async () => {
  const page = await openOptions(hearth);
  await page.getByRole('button', { name: 'Start from the sample agreement' }).click();
  await expect(page.getByRole('status')).toContainText('Agreement imported');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export agreement' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('hearth.agreement');
  expect(exported.partners.map((p: { name: string }) => p.name)).toEqual(['Alex', 'Sam']);
  await importThroughUi(page, file);
  await expect(page.getByText('In force since')).toContainText('revision 2');
});
