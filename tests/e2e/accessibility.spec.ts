import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/hearth-test';
import { openOptions, setAgreement } from '../support/hearth-pages';
import type { Hearth } from '../support/launch-hearth';
import { seedLastWeek } from '../support/report-week';
import { dailyRitual, floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

/**
 * Injected through DevTools evaluation rather than `page.addScriptTag`: an extension page's CSP
 * (`script-src 'self'`) refuses the inline <script> that addScriptTag writes.
 */
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

async function openPopup(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  return page;
}

/** axe-core's findings, one block per rule and one line per offending element, for the failure message. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((rule) => {
      const nodes = rule.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `[${rule.impact}] ${rule.id}: ${rule.help} (${rule.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

/** Runs axe-core's default rules (WCAG 2 A/AA and best practices) in the page as it is now. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  expect(results.passes.length, 'axe checked nothing').toBeGreaterThan(0);
  expect(results.violations.map((rule) => rule.id), `${what}:\n${describeViolations(results.violations)}`).toEqual([]);
}

function agreementFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hearth-file-')), 'agreement.json');
  writeFileSync(path, content);
  return path;
}

/** A popup with something in every card: a zone now, a ritual under way, one ahead, one just ended. */
function busyAgreement(now: number) {
  return testAgreement({
    zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings' })],
    rituals: [dailyRitual('breakfast', 'Shared breakfast', now - 60 * minute), dailyRitual('tea', 'Tea together', now - 5 * minute), dailyRitual('walk', 'Evening walk', now + 90 * minute)],
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} color scheme`, () => {
    test('the options page has no axe violations: empty, with a refused import, with the example agreement, and with an invalid edit', async ({ hearth }) => {
      const page = await openOptions(hearth);
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();
      await expectNoViolations(page, 'options, empty');

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import agreement' }).click();
      await (await chooser).setFiles(agreementFile(JSON.stringify({ ...EXAMPLE, version: 99 })));
      await expect(page.getByRole('alert')).toContainText('nothing changed');
      await expectNoViolations(page, 'options, import refused');

      await setAgreement(hearth, EXAMPLE);
      await page.reload();
      await expect(page.getByRole('region', { name: 'The agreement in force' }).getByRole('heading', { name: 'Rituals', level: 3 })).toBeVisible();
      // The week view is on the page for every check below: its colours and its text lists are axe-checked too.
      await expect(page.getByRole('region', { name: 'This week' }).getByRole('list')).toHaveCount(7);
      const idle = page.getByRole('spinbutton', { name: /Count me as away/ });
      await idle.fill('');
      await page.getByRole('button', { name: 'Save recording settings' }).click();
      await expect(page.getByRole('alert')).toHaveText('Choose between 1 and 60 minutes.');
      await expectNoViolations(page, 'options, example agreement, settings refused');
      await idle.fill('5');
      await page.getByRole('button', { name: 'Save recording settings' }).click();
      await expect(page.getByRole('status')).toHaveText('Recording settings saved.');
      await expectNoViolations(page, 'options, example agreement');

      // The editor with an invalid field, its error beside it, and the refused save listing it.
      await page.locator('#field-zones-0-end').fill('25:00');
      await expect(page.locator('#field-zones-0-end-error')).toContainText('is not a time');
      await page.getByRole('button', { name: 'Save agreement' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
      await expectNoViolations(page, 'options, editor with an invalid field');
    });

    test('the popup has no axe violations: empty, and with an agreement in every card', async ({ hearth }) => {
      const empty = await openPopup(hearth);
      await empty.emulateMedia({ colorScheme });
      await expect(empty.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();
      await expectNoViolations(empty, 'popup, empty');
      await empty.close();

      await setAgreement(hearth, busyAgreement(floorToMinute(Date.now())));
      const popup = await openPopup(hearth);
      await popup.emulateMedia({ colorScheme });
      await expect(popup.getByRole('region', { name: 'Right now' })).toContainText('Family evenings until');
      await expect(popup.getByRole('region', { name: 'Next ritual' })).toContainText('Tea together: now');
      await popup.getByRole('group', { name: /Shared breakfast ended at/ }).getByRole('button', { name: 'Kept' }).click();
      await expect(popup.getByRole('status').filter({ hasText: 'Kept. Lovely.' })).toBeVisible();
      await popup.getByRole('button', { name: 'Save note' }).click();
      await expect(popup.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
      await expectNoViolations(popup, 'popup, with an agreement');
    });

    test('the report page has no axe violations: without an agreement, and on a week with every section filled', async ({ hearth }) => {
      const page = await hearth.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${hearth.extensionId}/report.html`);
      await expect(page.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();
      await expectNoViolations(page, 'report, no agreement');

      await seedLastWeek(hearth);
      await page.reload();
      await page.getByRole('button', { name: 'Previous week' }).click();
      await expect(page.getByRole('region', { name: 'Overrides' })).toContainText('Server down');
      await expectNoViolations(page, 'report, last week');
      await page.getByRole('button', { name: 'Previous week' }).click();
      await expect(page.getByRole('heading', { name: 'Nothing recorded this week' })).toBeVisible();
      await expectNoViolations(page, 'report, an empty week');
    });

    test('every control in the popup is reached with Tab, shows its focus and has a name', async ({ hearth }) => {
      await setAgreement(hearth, busyAgreement(floorToMinute(Date.now())));
      const popup = await openPopup(hearth);
      await popup.emulateMedia({ colorScheme });
      await expect(popup.getByRole('group', { name: /Shared breakfast ended at/ })).toBeVisible();
      const controls = await popup.locator('button:visible, input:visible, a[href]:visible, select:visible, textarea:visible').count();

      const stops: string[] = [];
      for (let press = 0; press <= controls; press++) {
        await popup.keyboard.press('Tab');
        const stop = await focusStop(popup);
        if (stop === null || stops.includes(stop.key)) break;
        await expect(popup.locator(':focus'), stop.key).toHaveAccessibleName(/\S/);
        // WCAG 2.4.7 and 1.4.11: an outline at least 2px wide, 3:1 against the page around it.
        expect(stop.outlineWidth, `${stop.key} has no focus outline`).toBeGreaterThanOrEqual(2);
        expect(contrast(stop.outlineColor, stop.pageColor), `${stop.key}: focus ring ${stop.outlineColor} on ${stop.pageColor}`).toBeGreaterThanOrEqual(3);
        stops.push(stop.key);
      }
      expect(stops.length, stops.join('\n')).toBe(controls);

      // The keyboard does what the mouse does: Space on "Skipped" marks the ritual.
      const skipped = popup.getByRole('group', { name: /Shared breakfast ended at/ }).getByRole('button', { name: 'Skipped' });
      await skipped.focus();
      await popup.keyboard.press('Space');
      await expect(skipped).toHaveAttribute('aria-pressed', 'true');
    });
  });
}

/** The focused element, its outline and the colour of the page behind the ring. */
const focusStop = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const name = (element.textContent ?? '').trim() || element.getAttribute('aria-label') || '';
    // The ring sits outside the element (outline-offset), so it is seen against the nearest painted ancestor.
    let behind = element.parentElement;
    while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
    return {
      key: `${element.tagName.toLowerCase()}#${element.id}:${name}`,
      outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      pageColor: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)',
    };
  });

/** WCAG contrast ratio of two opaque `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

