import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { readFileSync } from 'node:fs';

/**
 * Injected through DevTools evaluation rather than `page.addScriptTag`: an extension page's CSP
 * (`script-src 'self'`) refuses the inline <script> that addScriptTag writes.
 */
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

function describeViolations(violations: Result[]): string {
  return violations
    .map((rule) => `[${rule.impact}] ${rule.id}: ${rule.help}\n${rule.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n')}`)
    .join('\n\n');
}

/** Runs axe-core's default rules (WCAG 2 A/AA and best practices) in the page as it is now. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  expect(results.passes.length, 'axe checked nothing').toBeGreaterThan(0);
  expect(results.violations.map((rule) => rule.id), `${what}:\n${describeViolations(results.violations)}`).toEqual([]);
}
