import { test as base } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth, type Hearth } from './launch-hearth';
import { startTestSites, type TestSites } from './test-sites';

/** Each test gets its own profile with Hearth loaded, and the test sites. */
export const test = base.extend<{ profileDir: string; hearth: Hearth }, { sites: TestSites }>({
  sites: [
    async ({}, use) => {
      const sites = await startTestSites();
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => use(mkdtempSync(join(tmpdir(), 'hearth-profile-'))),
  hearth: async ({ profileDir }, use) => {
    const hearth = await launchHearth(profileDir);
    await use(hearth);
    await hearth.context.close();
  },
});

export { expect } from '@playwright/test';
