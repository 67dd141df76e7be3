import { readFileSync } from 'node:fs';
import { test, expect } from '../support/hearth-test';
import { openOptions, setAgreement } from '../support/hearth-pages';

const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

test('"On this page" leads to every part of the long options page, and the keyboard goes on from there', async ({ hearth }) => {
  await setAgreement(hearth, EXAMPLE);
  const page = await openOptions(hearth);
  await page.setViewportSize({ width: 1280, height: 800 });
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav.getByRole('link')).toHaveText([
    'The agreement in force',
    'This week',
    'Edit the agreement',
    'Household',
    'Partners',
    'No-work zones',
    'Special days',
    'Rituals',
    'Work sites',
    'Budget and overrides',
    'Focus seasons',
    'Commitments',
    'Plans for hard weeks',
    'Review rhythm',
    'Review the agreement together',
    'History of the agreement',
    'Whose browser is this?',
    'Link with my partner',
    'Recording after-hours work',
    'Winding down',
    'Your weekly check-in',
    'During zones',
  ]);

  // The settings sit below the whole editor; one click brings them into view.
  const comforts = page.getByRole('form', { name: 'During zones' });
  await expect(comforts).not.toBeInViewport();
  await nav.getByRole('link', { name: 'During zones' }).click();
  await expect(comforts).toBeInViewport();
  // The nav stays at hand on a wide window while the page scrolls.
  await expect(nav).toBeInViewport();

  // From the keyboard: follow a link with Enter, and Tab goes on inside that part.
  await nav.getByRole('link', { name: 'Winding down' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('spinbutton', { name: /minutes before a zone starts/ })).toBeFocused();

  // Every link has a target on the page.
  for (const href of await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
});
