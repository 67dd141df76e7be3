import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { readStore, sendFromExtensionPage } from '../support/hearth-pages';
import { agreeAfterLinking, agreeAsCouple, launchCouple, openPopup, pairThroughUi, shareEverything } from '../support/link-pair';
import { startRedis, startRelay } from '../support/relay-process';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

/** Strings no relay may ever hold: each is planted where a person would write it. */
function plants() {
  const tag = () => Math.random().toString(36).slice(2, 10);
  return {
    nameA: `Alexandra${tag()}`,
    nameB: `Samuel${tag()}`,
    note: `Dentist${tag()}`,
    zone: `Pancakes${tag()}`,
    thanks: `Merci${tag()}`,
    proposedSite: `intranet${tag()}.example.org`,
    why: `Because${tag()}`,
  };
}

for (const engine of ['sqlite', 'redis'] as const) {
  test(`plaintext audit (${engine}): names, note, zone label, a thank-you and a proposal reach the partner, and the relay holds none of them`, async () => {
    const redis = engine === 'redis' ? await startRedis() : null;
    const relay = await startRelay(redis ? { engine, redisUrl: redis.url } : { engine });
    const couple = await launchCouple();
    try {
      const planted = plants();
      const base = testAgreement();
      const agreement = { ...base, partners: [{ ...base.partners[0], name: planted.nameA }, { ...base.partners[1], name: planted.nameB }] };
      await agreeAsCouple(couple.a, couple.b, agreement);
      const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
      await shareEverything(inviter);
      await shareEverything(joiner);

      const now = floorToMinute(Date.now());
      await agreeAfterLinking(couple.a, couple.b, { ...agreement, zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label: planted.zone })] });
      const popupA = await openPopup(couple.a);
      await popupA.getByRole('textbox', { name: 'Status note' }).fill(planted.note);
      await popupA.getByRole('button', { name: 'Save note' }).click();
      await popupA.getByRole('textbox', { name: /thank-you/i }).fill(planted.thanks);
      await popupA.getByRole('button', { name: 'Send', exact: true }).click();

      // Everything did travel, so the audit below is not vacuous.
      const popupB = await openPopup(couple.b);
      const partner = popupB.getByRole('region', { name: 'Your partner' });
      await expect(partner).toContainText(planted.zone);
      await expect(partner).toContainText(planted.note);
      await expect.poll(async () => (await readStore<{ text: string }>(couple.b, 'thanks')).map((note) => note.text)).toEqual([planted.thanks]);

      // A proposal carries the whole agreement (work-site patterns too) and the note on why.
      const [latest] = (await readStore<{ id: number }>(couple.a, 'agreementRevisions')).slice(-1);
      const proposed = { ...agreement, workSites: [...agreement.workSites, { pattern: `*://${planted.proposedSite}/*`, category: 'docs' }] };
      const reply = await sendFromExtensionPage<{ ok: boolean; outcome?: string }>(couple.a, { type: 'agreement:save', agreement: proposed, basedOn: latest!.id, note: planted.why });
      expect(reply).toEqual({ ok: true, outcome: 'proposed' });
      await expect.poll(async () => JSON.stringify(await readStore(couple.b, 'proposals'))).toContain(planted.proposedSite);
      expect(JSON.stringify(await readStore(couple.b, 'proposals'))).toContain(planted.why);

      // Pausing shows "paused" and nothing else.
      await inviter.getByRole('button', { name: 'Pause sharing' }).click();
      await expect(partner).toContainText('Sharing is paused.');
      await expect(partner).not.toContainText(planted.zone);
      await expect(partner).not.toContainText(planted.note);

      const stored = redis ? await redis.dump() : ['', '-wal', '-shm'].map((suffix) => relay.dbPath! + suffix).filter(existsSync).map((path) => readFileSync(path).toString('latin1')).join('\n');
      const logs = relay.logs() + readFileSync(relay.logFile, 'utf8');
      // The relay did keep the couple's envelopes: long base64url strings, and nothing readable.
      expect(stored).toMatch(/[A-Za-z0-9_-]{200,}/);
      for (const [what, text] of Object.entries(planted)) {
        expect(stored.includes(text), `${what} in the relay's storage`).toBe(false);
        expect(logs.includes(text), `${what} in the relay's logs`).toBe(false);
        expect(stored.toLowerCase().includes(text.toLowerCase()), `${what} in any case`).toBe(false);
      }
    } finally {
      await couple.close();
      await relay.stop();
      await redis?.stop();
    }
  });
}
