import { test, expect } from '../support/hearth-test';
import { contentScriptWorld } from '../support/content-script-world';
import { readStore, sendFromExtensionPage, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { SPA_HOST, WORK_HOST, WORK_PATTERN } from '../support/test-sites';

test('a work tab\'s content script may ask for its guard, but cannot import an agreement, read the status or release another site', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(
    hearth,
    testAgreement({
      zones: [zoneBetween(now - 2 * minute, now + 60 * minute)],
      workSites: [
        { pattern: WORK_PATTERN, category: 'docs', label: 'Test work' },
        { pattern: `*://${SPA_HOST}/*`, category: 'chat', label: 'Other work' },
      ],
      overridePolicy: { maxMinutes: 15, perWeek: 3, reasonRequired: true },
    }),
  );

  const work = await hearth.context.newPage();
  const world = await contentScriptWorld(work, hearth.extensionId);
  await work.goto(sites.workUrl());
  await expect.poll(() => world.ready()).toBe(true);

  // Positive control: the same world is answered for what the guard needs.
  const hello = await world.send({ type: 'guard:hello', url: work.url() });
  expect(hello).toMatchObject({ reply: { mode: 'dim' } });

  const imported = await world.send({ type: 'agreement:import', text: JSON.stringify(testAgreement({ zones: [] })) });
  expect(imported.reply).toBeUndefined();
  expect(imported.error).toContain('agreement:import');
  expect(await readStore(hearth, 'agreementRevisions')).toHaveLength(1);

  const status = await world.send({ type: 'popup:status' });
  expect(status.reply).toBeUndefined();
  expect(status.error).toContain('popup:status');
  // The same message from Hearth's own page is answered, with what the work tab must not read.
  expect(await sendFromExtensionPage(hearth, { type: 'popup:status' })).toMatchObject({ me: { kind: 'zone' }, budget: { budgetMinutes: 120 } });

  const malformed = await world.send({ type: 'override:request', minutes: 5, reason: 42 });
  expect(malformed.error).toContain('reason');

  // An override names another work site; what is released is the tab's own site.
  const override = await world.send({ type: 'override:request', minutes: 5, reason: 'checking a deploy', url: sites.spaUrl('/') });
  expect(override).toMatchObject({ reply: { ok: true } });
  expect((await readStore<{ site: string }>(hearth, 'overrides')).map((record) => record.site)).toEqual([WORK_HOST]);
});
