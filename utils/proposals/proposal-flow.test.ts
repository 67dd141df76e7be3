import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { latestAgreement, saveAgreement } from '../agreement/agreement-store';
import { parseAgreement } from '../agreement/parse-agreement';
import type { Agreement } from '../agreement/agreement-schema';
import { catalogTranslator } from '../i18n/translate';
import { parseLinkPayload } from '../link/link-payloads';
import { acceptProposal, adoptAccepted, allProposals, declineProposal, dismissProposal, propose, reapplyProposal, withdrawProposal } from './proposal-store';
import { receiveAnswer, receiveProposal } from './proposal-receipts';
import { proposalView } from './proposal-view';
import { agreementDigest } from '../agreement/agreement-digest';
import { forgetLink } from '../link/link-store';

const en = catalogTranslator(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
const NOW = Date.parse('2026-11-20T10:00:00Z');

function agreement(...changes: ((doc: any) => void)[]): Agreement {
  const doc = structuredClone(EXAMPLE);
  for (const change of changes) change(doc);
  const result = parseAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.agreement;
}
const laterEvenings = (d: any) => (d.zones[0].end = '07:30');
const sundayWalk = (d: any) =>
  d.rituals.push({ id: 'sunday-walk', label: 'Sunday walk', recurrence: { kind: 'weekly', days: ['sun'] }, time: '10:00', durationMinutes: 60, reminderMinutes: 0, protected: false });

let alex: HearthDb;
let sam: HearthDb;
beforeEach(async () => {
  [alex, sam] = [await freshDb('alex'), await freshDb('sam')];
  // The two browsers hold the same agreement under different local revision ids.
  await saveAgreement(alex, EXAMPLE, NOW - 1000, 'sample');
  await saveAgreement(sam, { ...EXAMPLE, budget: { weeklyAfterHoursMinutes: 60 } }, NOW - 3000, 'import');
  await saveAgreement(sam, EXAMPLE, NOW - 2000, 'import');
});

/** What the link does: JSON through an envelope, checked by the payload schema, then applied. */
const travel = (kind: string, payload: unknown) => {
  const parsed = parseLinkPayload(kind, JSON.parse(JSON.stringify(payload)));
  if (!parsed.ok) throw new Error(`${kind} payload refused`);
  return parsed.payload as any;
};

async function alexProposes(...changes: ((doc: any) => void)[]) {
  const latest = (await latestAgreement(alex))!;
  const made = await propose(alex, { candidate: agreement(...changes), basedOn: latest.id!, note: 'Mornings are slow', proposedBy: 'alex', now: NOW });
  if (!made.ok) throw new Error(JSON.stringify(made));
  const event = await receiveProposal(sam, travel('proposal', made.payload));
  expect(event?.type).toBe('arrived');
  return made.record.id;
}

const view = async (db: HearthDb, id: string) => {
  const latest = (await latestAgreement(db))!.agreement;
  return proposalView((await db.proposals.get(id))!, latest, await agreementDigest(latest), 'en-GB', en);
};

describe('proposals between two browsers', () => {
  it('changes nothing in force until accepted, then both hold the same next revision with who and why', async () => {
    const id = await alexProposes(laterEvenings);
    expect((await latestAgreement(alex))!.agreement).toEqual(agreement());
    expect(await view(sam, id)).toMatchObject({ mine: false, from: 'Alex', note: 'Mornings are slow', changes: ['Family evenings: ends 07:00 → 07:30'], outdated: null });

    const accepted = await acceptProposal(sam, id, 'sam', NOW + 60_000, false);
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(await receiveAnswer(alex, travel('proposal-answer', accepted.answer), NOW + 61_000)).toMatchObject({ type: 'accepted', applied: true });

    for (const db of [alex, sam]) {
      const latest = (await latestAgreement(db))!;
      expect(latest.agreement).toEqual(agreement(laterEvenings));
      expect(latest).toMatchObject({ proposedBy: 'alex', acceptedBy: 'sam', note: 'Mornings are slow', source: 'edit' });
      expect(await allProposals(db)).toEqual([]);
    }
  });

  it('declined: nothing changes on either side, and the proposer keeps the word until dismissed', async () => {
    const id = await alexProposes(laterEvenings);
    const declined = await declineProposal(sam, id, 'Let’s talk on Sunday');
    if (!declined.ok) throw new Error('not declined');
    expect(await receiveAnswer(alex, travel('proposal-answer', declined.answer), NOW)).toMatchObject({ type: 'declined' });
    for (const db of [alex, sam]) expect((await latestAgreement(db))!.agreement).toEqual(agreement());
    expect(await view(alex, id)).toMatchObject({ state: 'declined', word: 'Let’s talk on Sunday' });
    expect(await dismissProposal(alex, id)).toEqual({ ok: true });
    expect(await allProposals(alex)).toEqual([]);
  });

  it('withdrawn: gone from both browsers', async () => {
    const id = await alexProposes(laterEvenings);
    const withdrawn = await withdrawProposal(alex, id);
    if (!withdrawn.ok) throw new Error('not withdrawn');
    expect(await receiveProposal(sam, travel('proposal', withdrawn.payload))).toEqual({ type: 'withdrawn', id });
    expect(await allProposals(sam)).toEqual([]);
    expect(await acceptProposal(sam, id, 'sam', NOW, false)).toEqual({ ok: false, key: 'proposalGone' });
  });

  it('competing: accepting one makes the other outdated, re-applied on the current agreement when clean', async () => {
    const first = await alexProposes(laterEvenings);
    const second = await alexProposes(sundayWalk);
    const accepted = await acceptProposal(sam, first, 'sam', NOW, false);
    if (!accepted.ok) throw new Error('not accepted');
    await receiveAnswer(alex, travel('proposal-answer', accepted.answer), NOW);

    expect((await view(sam, second)).outdated).toEqual({ clean: true });
    expect((await view(alex, second)).outdated).toEqual({ clean: true });
    // Accepting it as it was made would replace the evenings change: refused.
    expect(await acceptProposal(sam, second, 'sam', NOW, false)).toEqual({ ok: false, key: 'proposalOutdated' });

    // The proposer re-applies it in one step: the old one is withdrawn, the new one made on the current agreement.
    const again = await reapplyProposal(alex, second, NOW + 1);
    if (!again.ok) throw new Error('not re-applied');
    for (const payload of again.payloads) await receiveProposal(sam, travel('proposal', payload));
    expect((await allProposals(sam)).map((record) => record.id)).toEqual([again.record.id]);
    expect(await view(sam, again.record.id)).toMatchObject({ outdated: null, changes: ['New ritual: Sunday walk, 10:00 (Sun)'] });

    const last = await acceptProposal(sam, again.record.id, 'sam', NOW + 2, false);
    if (!last.ok) throw new Error('not accepted');
    await receiveAnswer(alex, travel('proposal-answer', last.answer), NOW + 2);
    for (const db of [alex, sam]) expect((await latestAgreement(db))!.agreement).toEqual(agreement(laterEvenings, sundayWalk));
  });

  it('competing and outdated: the receiver may accept it re-applied on the current agreement', async () => {
    const first = await alexProposes(laterEvenings);
    const second = await alexProposes(sundayWalk);
    for (const id of [first, second]) {
      const accepted = await acceptProposal(sam, id, 'sam', NOW, id === second);
      if (!accepted.ok) throw new Error(accepted.key);
      expect(await receiveAnswer(alex, travel('proposal-answer', accepted.answer), NOW)).toMatchObject({ applied: true });
    }
    for (const db of [alex, sam]) expect((await latestAgreement(db))!.agreement).toEqual(agreement(laterEvenings, sundayWalk));
  });

  it('competing on the same part: outdated with the conflict named, never merged', async () => {
    const first = await alexProposes(laterEvenings);
    const second = await alexProposes((d) => (d.zones[0].end = '06:30'), sundayWalk);
    const accepted = await acceptProposal(sam, first, 'sam', NOW, false);
    if (!accepted.ok) throw new Error('not accepted');
    const seen = await view(sam, second);
    expect(seen.outdated).toMatchObject({ clean: false, conflicts: ['Zone “Family evenings” changed since this was proposed'] });
    // The draft to re-edit from keeps what was accepted and brings the rest.
    if (seen.outdated && !seen.outdated.clean) expect(seen.outdated.draft).toEqual(agreement(laterEvenings, sundayWalk));
    expect(await acceptProposal(sam, second, 'sam', NOW, true)).toEqual({ ok: false, key: 'proposalOutdated' });
    await receiveAnswer(alex, travel('proposal-answer', accepted.answer), NOW);
    expect(await reapplyProposal(alex, second, NOW)).toEqual({ ok: false, key: 'proposalConflicts' });
  });

  it('both accepting competing proposals at once overwrites neither: the proposer chooses', async () => {
    const fromAlex = await alexProposes(laterEvenings);
    const latestSam = (await latestAgreement(sam))!;
    const fromSam = await propose(sam, { candidate: agreement(sundayWalk), basedOn: latestSam.id!, proposedBy: 'sam', now: NOW });
    if (!fromSam.ok) throw new Error('not proposed');
    await receiveProposal(alex, travel('proposal', fromSam.payload));

    const samAccepts = await acceptProposal(sam, fromAlex, 'sam', NOW, false);
    const alexAccepts = await acceptProposal(alex, fromSam.record.id, 'alex', NOW, false);
    if (!samAccepts.ok || !alexAccepts.ok) throw new Error('not accepted');
    expect(await receiveAnswer(alex, travel('proposal-answer', samAccepts.answer), NOW)).toMatchObject({ applied: false });
    expect(await receiveAnswer(sam, travel('proposal-answer', alexAccepts.answer), NOW)).toMatchObject({ applied: false });
    // Each still guards by what it accepted itself…
    expect((await latestAgreement(alex))!.agreement).toEqual(agreement(sundayWalk));
    // …until the person takes what the partner accepted.
    expect(await adoptAccepted(alex, fromAlex, NOW + 1)).toEqual({ ok: true });
    expect((await latestAgreement(alex))!.agreement).toEqual(agreement(laterEvenings));
  });

  it('does not take an accepted proposal once the agreement here moved on since: that would undo what came after', async () => {
    const fromAlex = await alexProposes(laterEvenings);
    const latestSam = (await latestAgreement(sam))!;
    const fromSam = await propose(sam, { candidate: agreement(sundayWalk), basedOn: latestSam.id!, proposedBy: 'sam', now: NOW });
    if (!fromSam.ok) throw new Error('not proposed');
    await receiveProposal(alex, travel('proposal', fromSam.payload));
    const samAccepts = await acceptProposal(sam, fromAlex, 'sam', NOW, false);
    const alexAccepts = await acceptProposal(alex, fromSam.record.id, 'alex', NOW, false);
    if (!samAccepts.ok || !alexAccepts.ok) throw new Error('not accepted');
    await receiveAnswer(alex, travel('proposal-answer', samAccepts.answer), NOW);
    // The couple settles it otherwise: Sam takes Alex's, then both agree one more change, on both browsers.
    expect(await receiveAnswer(sam, travel('proposal-answer', alexAccepts.answer), NOW)).toMatchObject({ applied: false });
    expect(await adoptAccepted(sam, fromSam.record.id, NOW + 1)).toEqual({ ok: true });
    const later = await propose(sam, { candidate: agreement(sundayWalk, (d) => (d.budget.weeklyAfterHoursMinutes = 90)), basedOn: (await latestAgreement(sam))!.id!, proposedBy: 'sam', now: NOW + 2 });
    if (!later.ok) throw new Error('not proposed');
    await receiveProposal(alex, travel('proposal', later.payload));
    const settled = await acceptProposal(alex, later.record.id, 'alex', NOW + 3, false);
    if (!settled.ok) throw new Error('not accepted');
    // Alex's old answered proposal is still listed; taking it now would undo Sam's walk and the budget.
    expect(await adoptAccepted(alex, fromAlex, NOW + 4)).toEqual({ ok: false, key: 'proposalAdoptMovedOn' });
    expect((await latestAgreement(alex))!.agreement).toEqual(agreement(sundayWalk, (d) => (d.budget.weeklyAfterHoursMinutes = 90)));
  });

  it('refuses an edit that changes nothing, a stale one, and one too large for an envelope', async () => {
    const latest = (await latestAgreement(alex))!;
    expect(await propose(alex, { candidate: agreement(), basedOn: latest.id!, proposedBy: 'alex', now: NOW })).toEqual({ ok: false, key: 'proposalNoChange' });
    expect(await propose(alex, { candidate: agreement(laterEvenings), basedOn: latest.id! - 1, proposedBy: 'alex', now: NOW })).toMatchObject({ ok: false, newer: { id: latest.id } });
    const many = (d: any) => (d.workSites = Array.from({ length: 450 }, (_, i) => ({ pattern: `*://work-${i}.example.com/*`, category: 'docs', label: `A long work site label number ${i}` })));
    expect(await propose(alex, { candidate: agreement(many), basedOn: latest.id!, proposedBy: 'alex', now: NOW })).toEqual({ ok: false, key: 'proposalTooLarge' });
    expect(await allProposals(alex)).toEqual([]);
  });

  it('accepted while being withdrawn: not applied on the proposer’s side, who is told and chooses', async () => {
    const id = await alexProposes(laterEvenings);
    const accepted = await acceptProposal(sam, id, 'sam', NOW, false);
    if (!accepted.ok) throw new Error('not accepted');
    expect((await withdrawProposal(alex, id)).ok).toBe(true);
    expect(await receiveAnswer(alex, travel('proposal-answer', accepted.answer), NOW)).toMatchObject({ type: 'accepted', applied: false });
    expect((await latestAgreement(alex))!.agreement).toEqual(agreement());
    expect(await view(alex, id)).toMatchObject({ state: 'diverged', changes: ['Family evenings: ends 07:00 → 07:30'] });
    expect(await adoptAccepted(alex, id, NOW + 1)).toEqual({ ok: true });
    expect((await latestAgreement(alex))!.agreement).toEqual(agreement(laterEvenings));
  });

  it('unpaired: every proposal goes, the agreement stays as last accepted', async () => {
    await alexProposes(laterEvenings);
    await forgetLink(sam);
    expect(await allProposals(sam)).toEqual([]);
    expect((await latestAgreement(sam))!.agreement).toEqual(agreement());
  });

  it('drops a proposal whose base is not the one it names', async () => {
    const latest = (await latestAgreement(alex))!;
    const made = await propose(alex, { candidate: agreement(laterEvenings), basedOn: latest.id!, proposedBy: 'alex', now: NOW });
    if (!made.ok) throw new Error('not proposed');
    const forged = { ...travel('proposal', made.payload), baseParts: { zones: [] } };
    expect(await receiveProposal(sam, forged)).toBeNull();
    expect(await allProposals(sam)).toEqual([]);
  });
});
